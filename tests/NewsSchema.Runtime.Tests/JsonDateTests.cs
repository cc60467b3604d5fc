using System;
using System.Globalization;
using NewsSchema.Generated;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>A JSON date read straight from its bytes agrees with the text path on every date and every error.</summary>
public class JsonDateTests
{
    [Theory]
    [InlineData("2026-01-24")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-02-29")]
    [InlineData("2025-02-29")]
    [InlineData("0000-01-01")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-01-32")]
    [InlineData("2026-01-00")]
    [InlineData("2026-1-24")]
    [InlineData("2026/01/24")]
    [InlineData("20260-1-24")]
    [InlineData("2026-01-2x")]
    [InlineData("\\u0032026-01-24")]
    [InlineData("２０２６-01-24")]
    public void A_json_date_is_read_as_the_text_path_reads_it(string written)
    {
        var text = written.Replace("\\u0032", "2", StringComparison.Ordinal);
        var expected = ScalarParsers.ParseDate(text, out var date);
        var parsed = Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\", \"day\": \"" + written + "\"}");
        if (expected is null)
        {
            Assert.True(parsed.IsSuccess);
            Assert.Equal(date, parsed.Value!.Day);
            Assert.Equal(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture), parsed.Value.Day);
        }
        else
        {
            var error = Assert.Single(parsed.Errors);
            Assert.Equal(("type", "day", $"{expected}, found \"{text}\""), (error.Code, error.Path, error.Message));
        }
    }
}
