using System;
using System.Text;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>A JSON enum value is matched on its UTF-8 bytes; escapes, errors and bad text read as they did through a string.</summary>
public class JsonEnumTests
{
    [Theory]
    [InlineData("red", Color.Red)]
    [InlineData("deep-blue", Color.DeepBlue)]
    [InlineData("yes", Color.Yes)]
    [InlineData("\\u0072ed", Color.Red)]
    [InlineData("deep\\u002Dblue", Color.DeepBlue)]
    [InlineData("deep-blu\\u0065", Color.DeepBlue)]
    [InlineData("\\u0079\\u0065\\u0073", Color.Yes)]
    [InlineData("ye\\/s", null)]
    public void An_enum_value_with_or_without_escapes_matches_its_wire_name(string written, Color? expected)
    {
        var result = Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\", \"color\": \"" + written + "\"}", "e.json");
        if (expected is { } color)
        {
            Assert.True(result.IsSuccess);
            Assert.Equal(color, result.Value!.Color);
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(("enum", "color", 1, 36, "'ye/s' is not a Color; expected one of: red, deep-blue, yes; did you mean 'yes'?"), (error.Code, error.Path, error.Line, error.Column, error.Message));
        }
    }

    [Theory]
    [InlineData("deep-blu", "'deep-blu' is not a Color; expected one of: red, deep-blue, yes; did you mean 'deep-blue'?")]
    [InlineData("deep-bl\\u0075", "'deep-blu' is not a Color; expected one of: red, deep-blue, yes; did you mean 'deep-blue'?")]
    [InlineData("Red", "'Red' is not a Color; expected one of: red, deep-blue, yes; did you mean 'red'?")]
    [InlineData("", "'' is not a Color; expected one of: red, deep-blue, yes")]
    [InlineData("r\u00e9d", "'r\u00e9d' is not a Color; expected one of: red, deep-blue, yes; did you mean 'red'?")]
    public void An_unknown_enum_value_is_an_enum_error_naming_its_text(string written, string message)
    {
        var error = Assert.Single(Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\", \"color\": \"" + written + "\"}", "e.json").Errors);
        Assert.Equal(("enum", "color", "e.json", 1, 36), (error.Code, error.Path, error.Source, error.Line, error.Column));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Bad_text_in_an_enum_value_is_the_error_it_is_in_any_string()
    {
        // Invalid UTF-8 (never a wire name's bytes) and an escaped lone surrogate: the same syntax error, at
        // the same place, as in a string field.
        foreach (var (inner, patch) in new[] { ("r\u00e9d", true), ("r\\uD800d", false) })
        {
            var asEnum = Parse("color", inner, patch);
            var asString = Parse("renamed", inner, patch);
            Assert.False(asEnum.IsSuccess);
            var (e, s) = (asEnum.Errors[^1], asString.Errors[^1]);
            Assert.Equal(("syntax", s.Line, s.Column, s.Message.Replace("renamed", "color", StringComparison.Ordinal)), (e.Code, e.Line, e.Column, e.Message.Replace("renamed", "color", StringComparison.Ordinal)));
            Assert.Equal(s.Path.Replace("renamed", "color", StringComparison.Ordinal), e.Path);
        }

        static ParseResult<Sample> Parse(string field, string inner, bool patch)
        {
            // Both field names are 5 or 7 bytes: pad the shorter so the value starts at the same column.
            var key = field.PadRight(7);
            var bytes = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"title\": \"T\", \"" + field + "\":" + new string(' ', key.Length - field.Length + 1) + "\"" + inner + "\"}");
            if (patch)
            {
                var at = Array.IndexOf(bytes, (byte)0xC3);
                bytes[at + 1] = 0x28; // a lead byte followed by a non-continuation byte
            }

            return Sample.ParseJson(bytes, "e.json");
        }
    }

    [Fact]
    public void The_utf8_wire_name_match_agrees_with_the_text_match()
    {
        foreach (var text in new[] { "red", "deep-blue", "yes", "Red", "re", "redd", string.Empty, "deep-blu", "deep-bluf", "YES", "no", "r\u00e9d" })
        {
            var byText = ColorExtensions.TryParseWireName(text, out var fromText);
            var byBytes = ColorExtensions.TryParseWireName(Encoding.UTF8.GetBytes(text).AsSpan(), out var fromBytes);
            Assert.Equal((byText, fromText), (byBytes, fromBytes));
        }

        Assert.False(ColorExtensions.TryParseWireName((string?)null, out _));
    }
}
