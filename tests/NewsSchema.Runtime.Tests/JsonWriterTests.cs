using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using NewsSchema.Generated;
using NewsSchema.Tests.Family;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The generated writers' own <see cref="JsonWriter"/> (behind <c>ToJson</c>) writes exactly what
/// <see cref="Utf8JsonWriter"/> with <see cref="JsonWriting.Options"/> writes, byte for byte: the
/// public <c>WriteJson(Utf8JsonWriter)</c> passes every call to such a writer, so each record is
/// written both ways and compared. Strings come from the round-trip generator (quotes,
/// backslashes, controls, characters outside the BMP, private use, U+2028...), so both the copied
/// and the escaped paths are compared; numbers include the extremes.
/// </summary>
public class JsonWriterTests
{
    private static string ThroughUtf8JsonWriter(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonWriting.Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void Every_sample_is_written_as_Utf8JsonWriter_writes_it()
        => RoundTripTests.ASample.Sample(sample =>
            Assert.Equal(ThroughUtf8JsonWriter(sample.WriteJson), sample.ToJson()), iter: 3_000);

    [Fact]
    public void A_list_is_written_as_Utf8JsonWriter_writes_it()
        => RoundTripTests.ASample.Array[0, 4].Sample(samples =>
        {
            var expected = ThroughUtf8JsonWriter(writer =>
            {
                writer.WriteStartArray();
                foreach (var sample in samples)
                {
                    sample.WriteJson(writer);
                }

                writer.WriteEndArray();
            });
            Assert.Equal(expected, Sample.ToJsonList(samples));
        }, iter: 300);

    [Fact]
    public void Families_and_catalogs_are_written_as_Utf8JsonWriter_writes_them()
    {
        var parties = new Party[]
        {
            new Human { Id = new PartyId("ann"), Name = "Ann \"the\" first\n", Born = new DateOnly(1990, 5, 1) },
            new Company { Id = new PartyId("acme"), Name = "Acme 😀", Revenue = 12.5m, Members = [new PartyId("ann")] },
        };
        foreach (var party in parties)
        {
            Assert.Equal(ThroughUtf8JsonWriter(party.WriteJson), party.ToJson());
        }

        Assert.Equal(ThroughUtf8JsonWriter(writer =>
        {
            writer.WriteStartArray();
            foreach (var party in parties)
            {
                party.WriteJson(writer);
            }

            writer.WriteEndArray();
        }), Party.ToJsonList(parties));

        var catalog = new TestCatalog(samples: new[] { new Sample { Id = new SampleId("s"), Title = "T" } }, parties: parties);
        Assert.Equal(ThroughUtf8JsonWriter(catalog.WriteJson), catalog.ToJson());
        Assert.Equal(ThroughUtf8JsonWriter(new TestCatalog().WriteJson), new TestCatalog().ToJson());
    }

    [Fact]
    public void An_empty_list_or_map_is_written_on_one_line()
    {
        var writer = JsonWriter.Create();
        writer.WriteStartObject();
        writer.WriteStartArray(JsonEncodedText.Encode("a"));
        writer.WriteEndArray();
        writer.WriteStartObject(JsonEncodedText.Encode("b"));
        writer.WriteEndObject();
        writer.WriteEndObject();
        var nl = Environment.NewLine;
        Assert.Equal("{" + nl + "  \"a\": []," + nl + "  \"b\": {}" + nl + "}", writer.ToString());
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_double_that_JSON_cannot_hold_is_refused_as_Utf8JsonWriter_refuses_it(double value)
    {
        var sample = new Sample { Id = new SampleId("s"), Title = "T", Ratio = value };
        var expected = Assert.Throws<ArgumentException>(() => ThroughUtf8JsonWriter(sample.WriteJson));
        Assert.Equal(expected.Message, Assert.Throws<ArgumentException>(() => sample.ToJson()).Message);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_with_the_usual_message()
    {
        var sample = new Sample { Id = new SampleId("s"), Title = "a\uD800b" };
        var error = Assert.Throws<ArgumentException>(() => sample.ToJson());
        Assert.Contains("lone surrogate", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<ArgumentException>(() => new Sample { Id = new SampleId("s"), Title = "T", Scores = new Dictionary<string, int> { ["k\uDC00"] = 1 } }.ToJson());
    }

    [Fact]
    public void Deep_nesting_closes_every_level()
    {
        var writer = JsonWriter.Create();
        for (var i = 0; i < 100; i++)
        {
            writer.WriteStartArray();
        }

        writer.WriteNumberValue(1);
        for (var i = 0; i < 100; i++)
        {
            writer.WriteEndArray();
        }

        var expected = ThroughUtf8JsonWriter(w =>
        {
            for (var i = 0; i < 100; i++)
            {
                w.WriteStartArray();
            }

            w.WriteNumberValue(1);
            for (var i = 0; i < 100; i++)
            {
                w.WriteEndArray();
            }
        });
        Assert.Equal(expected, writer.ToString());
    }
}
