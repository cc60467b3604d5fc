using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using NewsSchema.Generated;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>The generated JSON writers' helpers write what the text formatting gives.</summary>
public class JsonWritingTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9, 3, 7)]
    [InlineData(99, 10, 10)]
    [InlineData(999, 12, 31)]
    [InlineData(2024, 2, 29)]
    [InlineData(2026, 1, 24)]
    [InlineData(9999, 12, 31)]
    public void A_date_is_written_as_its_canonical_text(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var text = "\"" + ScalarParsers.Format(date) + "\"";

        // Passed on to a caller's Utf8JsonWriter (here a compact one: its options are kept).
        var buffer = new ArrayBufferWriter<byte>();
        using (var utf8Writer = new Utf8JsonWriter(buffer))
        {
            Write(JsonWriter.Over(utf8Writer), date);
        }

        Assert.Equal("[" + text + ",{\"on\":" + text + "}]", Encoding.UTF8.GetString(buffer.WrittenSpan));

        // Written by the writer itself, indented.
        var own = JsonWriter.Create();
        Write(own, date);
        var nl = Environment.NewLine;
        Assert.Equal("[" + nl + "  " + text + "," + nl + "  {" + nl + "    \"on\": " + text + nl + "  }" + nl + "]", own.ToString());
    }

    private static void Write(JsonWriter writer, DateOnly date)
    {
        writer.WriteStartArray();
        JsonWriting.WriteDate(writer, date);
        writer.WriteStartObject();
        JsonWriting.WriteDate(writer, JsonEncodedText.Encode("on"), date);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    [Fact]
    public void A_written_date_reads_back()
    {
        var sample = new Sample { Id = new SampleId("a"), Title = "T", Day = new DateOnly(7, 8, 9) };
        var json = sample.ToJson();
        Assert.Contains("\"day\": \"0007-08-09\"", json, StringComparison.Ordinal);
        Assert.Equal(sample.Day, Sample.ParseJson(json).GetValueOrThrow().Day);
    }
}
