using System;
using System.Collections.Generic;
using System.Globalization;
using NewsSchema.Generated;
#pragma warning disable CS0618 // Legacy is deprecated on purpose: the tests read it
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>Scalars are read as the field's schema says (spec section 3).</summary>
public class ScalarTests
{
    private const string Head = """
        id: a
        title: T

        """;

    private static Sample YamlOk(string body) => Ok(Yaml(Head + body));

    private static DataError YamlFails(string body, string code = DataErrorCodes.Type) 
    {
        var error = Single(Yaml(Head + body));
        Assert.Equal(code, error.Code);
        Assert.Equal(3, error.Line);
        return error;
    }

    private static DataError JsonFails(string body, string code = DataErrorCodes.Type)
    {
        var error = Single(Json($$"""
            {"id": "a", "title": "T",
            {{body}}}
            """));
        Assert.Equal(code, error.Code);
        Assert.Equal(2, error.Line);
        return error;
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("1984")]
    [InlineData("true")]
    [InlineData("yes")]
    [InlineData("0x10")]
    [InlineData("1.5")]
    [InlineData("2026-01-24")]
    [InlineData(".inf")]
    public void Plain_scalars_in_a_string_field_stay_text(string text)
    {
        Assert.Equal(text, YamlOk("legacy: " + text + "\n").Legacy);
        Assert.Equal(text, YamlOk("tags: [" + text + "]\n").Tags[0]);
        Assert.Equal(text, Ok(Yaml($"""
            id: {text}
            title: {text}

            """)).Title);
    }

    [Fact]
    public void Quoted_null_is_the_text_null()
    {
        Assert.Equal("null", YamlOk("legacy: \"null\"\n").Legacy);
        Assert.Equal("~", YamlOk("legacy: '~'\n").Legacy);
        Assert.Equal("null", Ok(Json("{\"id\": \"a\", \"title\": \"null\"}")).Title);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Bool_takes_true_and_false(string text, bool expected)
    {
        Assert.Equal(expected, YamlOk("flag: " + text + "\n").Flag);
        Assert.Equal(expected, Ok(Json("{\"id\": \"a\", \"title\": \"T\", \"flag\": " + text + "}")).Flag);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("on")]
    [InlineData("True")]
    [InlineData("1")]
    [InlineData("\"true\"")]
    public void Bool_rejects_anything_else(string text)
    {
        var error = YamlFails("flag: " + text + "\n");
        Assert.Equal("flag", error.Path);
        Assert.Equal(7, error.Column);
        Assert.Contains("true or false", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bool_in_json_rejects_strings_and_numbers()
    {
        JsonFails("\"flag\": \"true\"");
        JsonFails("\"flag\": 1");
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-17", -17)]
    [InlineData("+5", 5)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Int_takes_decimal_integers_in_range(string text, int expected)
        => Assert.Equal(expected, YamlOk("count: " + text + "\n").Count);

    /// <summary>
    /// The YAML reader parses plain integers and dates from their UTF-8 bytes without a string; for
    /// every form, in range or not, the result must be the one the text rules give (value or error).
    /// </summary>
    [Fact]
    public void Integers_and_dates_read_from_bytes_agree_with_the_text_rules()
    {
        var integers = new[] { "0", "-0", "+0", "007", "-17", "+5", "123456789", "999999999", "1000000000", "2147483647", "2147483648", "-2147483648", "-2147483649", "999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-x", "+", "1-2", "١٢" };
        foreach (var text in integers)
        {
            var int32 = Yaml(Head + "count: " + text + "\n");
            var expected32 = ScalarParsers.ParseInt32(text, out var value32);
            Assert.True(expected32 is null ? int32.IsSuccess && int32.Value!.Count == value32 : !int32.IsSuccess && int32.Errors[0].Message.Contains(expected32, StringComparison.Ordinal), "int " + text);
            var int64 = Yaml(Head + "big: " + text + "\n");
            var expected64 = ScalarParsers.ParseInt64(text, out var value64);
            Assert.True(expected64 is null ? int64.IsSuccess && int64.Value!.Big == value64 : !int64.IsSuccess && int64.Errors[0].Message.Contains(expected64, StringComparison.Ordinal), "long " + text);
        }

        var dates = new[] { "2026-01-24", "0001-01-01", "9999-12-31", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-01-32", "0000-01-01", "2026-1-24", "2026/01/24", "20260124xx", "2026-01-2a" };
        foreach (var text in dates)
        {
            var result = Yaml(Head + "day: " + text + "\n");
            var expected = ScalarParsers.ParseDate(text, out var day);
            Assert.True(expected is null ? result.IsSuccess && result.Value!.Day == day : !result.IsSuccess && result.Errors[0].Message.Contains(expected, StringComparison.Ordinal), "date " + text);
        }
    }

    /// <summary>
    /// Short decimals are read from their bytes by a fast path (at most 15 digits, no exponent); for
    /// every form, taken by it or not, the value or error must be the one the text rules give, bit for bit.
    /// </summary>
    [Fact]
    public void Doubles_read_from_bytes_agree_with_the_text_rules()
    {
        var texts = new List<string> { "0", "-0", "0.0", "-0.0", "1.5", "-12.3456", "007.25", "1.", ".5", "+1.5", "1.2.3", "1e5", "-x", "123456789012345", "1234567890123456", "0.123456789012345", "0.1234567890123456", "9007199254740993", "1.7976931348623157", "0.30000000000000004" };
        var random = new Random(3);
        for (var i = 0; i < 3000; i++)
        {
            texts.Add((random.Next(2) == 0 ? "-" : string.Empty) + random.Next(0, 100000).ToString(CultureInfo.InvariantCulture) + "." + random.NextInt64(0, 10_000_000_000).ToString(CultureInfo.InvariantCulture));
        }

        foreach (var text in texts)
        {
            var result = Yaml(Head + "ratio: " + text + "\n");
            var expected = ScalarParsers.ParseDouble(text, out var value);
            Assert.True(expected is null ? result.IsSuccess && BitConverter.DoubleToInt64Bits(result.Value!.Ratio!.Value) == BitConverter.DoubleToInt64Bits(value) : !result.IsSuccess && result.Errors[0].Message.Contains(expected, StringComparison.Ordinal), "double " + text);
        }
    }

    [Theory]
    [InlineData("2147483648", "from -2147483648 to 2147483647")]
    [InlineData("-2147483649", "from -2147483648 to 2147483647")]
    [InlineData("0x10", "expected an integer")]
    [InlineData("0o17", "expected an integer")]
    [InlineData("1.5", "expected an integer")]
    [InlineData("1e3", "expected an integer")]
    [InlineData("1_000", "expected an integer")]
    [InlineData("\"12\"", "expected an integer")]
    public void Int_rejects_other_text(string text, string expected)
    {
        var error = YamlFails("count: " + text + "\n");
        Assert.Equal("count", error.Path);
        Assert.Equal(8, error.Column);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("\"12\"")]
    public void Int_in_json_rejects_out_of_range_fractions_and_strings(string text)
    {
        var error = JsonFails("\"count\": " + text);
        Assert.Equal("count", error.Path);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public void Long_takes_the_long_range()
    {
        Assert.Equal(long.MaxValue, YamlOk("big: 9223372036854775807\n").Big);
        Assert.Contains("9223372036854775807", YamlFails("big: 9223372036854775808\n").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("-0.25", -0.25)]
    [InlineData("1e300", 1e300)]
    [InlineData("2.5E-300", 2.5e-300)]
    [InlineData(".5", 0.5)]
    [InlineData("7", 7.0)]
    public void Double_is_invariant(string text, double expected)
    {
        Assert.Equal(expected, YamlOk("ratio: " + text + "\n").Ratio);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData(".inf")]
    [InlineData("-.inf")]
    [InlineData(".nan")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1e999")]
    [InlineData("0x1p3")]
    public void Double_rejects_other_text(string text)
    {
        var error = YamlFails("ratio: " + text + "\n");
        Assert.Equal("ratio", error.Path);
        Assert.Contains("expected a number", error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Double_is_invariant_whatever_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var sample = YamlOk("""
                ratio: 1.5
                amount: 2.25

                """);
            Assert.Equal(1.5, sample.Ratio);
            Assert.Equal(2.25m, sample.Amount);
            Assert.Contains("ratio: 1.5", sample.ToYaml(), StringComparison.Ordinal);
            Assert.Contains("\"ratio\": 1.5", sample.ToJson(), StringComparison.Ordinal);
            YamlFails("ratio: 1,5\n");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Decimal_keeps_its_scale_and_range()
    {
        var amount = YamlOk("amount: 12.50\n").Amount!.Value;
        Assert.Equal(12.50m, amount);
        Assert.Equal("12.50", amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        YamlFails("amount: 1e40\n");
        YamlFails("amount: 1,5\n");
    }

    [Fact]
    public void Date_is_yyyy_MM_dd()
    {
        Assert.Equal(new DateOnly(2026, 1, 24), YamlOk("day: 2026-01-24\n").Day);
        Assert.Equal(new DateOnly(2026, 1, 24), YamlOk("day: \"2026-01-24\"\n").Day);
        Assert.Equal(new DateOnly(2026, 1, 24), Ok(Json("{\"id\": \"a\", \"title\": \"T\", \"day\": \"2026-01-24\"}")).Day);
    }

    [Theory]
    [InlineData("2026-1-24")]
    [InlineData("24.01.2026")]
    [InlineData("2026-02-30")]
    [InlineData("2026-01-24T10:00:00Z")]
    [InlineData("20260124")]
    public void Date_rejects_other_text(string text)
    {
        var error = YamlFails("day: " + text + "\n");
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        JsonFails("\"day\": \"" + text + "\"");
    }

    [Theory]
    [InlineData("2026-01-24T10:00:00Z", 0)]
    [InlineData("2026-01-24T10:00:00+02:00", 2)]
    [InlineData("2026-01-24T10:00:00.125-05:30", -5.5)]
    public void Datetime_needs_an_offset(string text, double offsetHours)
    {
        var moment = YamlOk("moment: " + text + "\n").Moment!.Value;
        Assert.Equal(TimeSpan.FromHours(offsetHours), moment.Offset);
        Assert.Equal(new DateTime(2026, 1, 24, 10, 0, 0), new DateTime(moment.Year, moment.Month, moment.Day, moment.Hour, moment.Minute, moment.Second));
        Assert.Equal(moment, Ok(Json("{\"id\": \"a\", \"title\": \"T\", \"moment\": \"" + text + "\"}")).Moment);
    }

    [Theory]
    [InlineData("2026-01-24T10:00:00")]
    [InlineData("2026-01-24 10:00:00Z")]
    [InlineData("2026-01-24")]
    [InlineData("24.01.2026 10:00 +02:00")]
    public void Datetime_rejects_text_without_an_offset(string text)
    {
        var error = YamlFails("moment: " + text + "\n");
        Assert.Contains("with an offset", error.Message, StringComparison.Ordinal);
        JsonFails("\"moment\": \"" + text + "\"");
    }

    [Fact]
    public void Uri_must_be_absolute()
    {
        Assert.Equal(new Uri("https://example.org/a?b=c#d"), YamlOk("link: https://example.org/a?b=c#d\n").Link);
        Assert.Equal(new Uri("urn:isbn:0451450523"), YamlOk("link: urn:isbn:0451450523\n").Link);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("example.org")]
    [InlineData("../a")]
    [InlineData("\"\"")]
    public void Uri_rejects_relative_references(string text)
    {
        var error = YamlFails("link: " + text + "\n");
        Assert.Contains("absolute URI", error.Message, StringComparison.Ordinal);
        JsonFails("\"link\": \"" + text.Trim('"') + "\"");
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    [InlineData("NULL")]
    public void Null_in_an_optional_field_means_absent(string text)
    {
        var sample = YamlOk($"""
            count: {text}
            legacy: {text}
            color: {text}
            point: {text}
            tags: {text}
            scores: {text}
            level: {text}
            mood: {text}

            """);
        Assert.Null(sample.Count);
        Assert.Null(sample.Legacy);
        Assert.Null(sample.Color);
        Assert.Null(sample.Point);
        Assert.Empty(sample.Tags);
        Assert.Empty(sample.Scores);
        Assert.Equal(3, sample.Level);
        Assert.Equal(Color.DeepBlue, sample.Mood);
    }

    [Fact]
    public void Null_in_an_optional_json_field_means_absent()
    {
        var sample = Ok(Json("{\"id\": \"a\", \"title\": \"T\", \"count\": null, \"tags\": null, \"scores\": null, \"point\": null, \"level\": null}"));
        Assert.Null(sample.Count);
        Assert.Empty(sample.Tags);
        Assert.Empty(sample.Scores);
        Assert.Equal(3, sample.Level);
    }

    [Fact]
    public void Absent_lists_and_maps_are_empty_never_null()
    {
        foreach (var sample in new[] { Ok(Yaml("""
            id: a
            title: T

            """)), Ok(Json("{\"id\": \"a\", \"title\": \"T\"}")) })
        {
            Assert.NotNull(sample.Tags);
            Assert.NotNull(sample.Scores);
            Assert.NotNull(sample.Points);
            Assert.NotNull(sample.Grid);
            Assert.NotNull(sample.Owners);
            Assert.Empty(sample.Tags);
            Assert.Empty(sample.Scores);
        }

        var built = new Sample { Id = new SampleId("a"), Title = "T" };
        Assert.NotNull(built.Tags);
        Assert.NotNull(built.Scores);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("")]
    public void Null_in_a_required_field_is_required(string text)
    {
        var error = Single(Yaml($"""
            id: a
            title: {text}

            """));
        AssertError(error, DataErrorCodes.Required, "title", 2, text.Length == 0 ? 7 : 8, "'title' is required", "cannot be null");
    }

    [Fact]
    public void Null_in_a_required_json_field_is_required()
        => AssertError(Single(Json("""
            {"id": "a",
            "title": null}
            """)), DataErrorCodes.Required, "title", 2, 10, "cannot be null");

    [Fact]
    public void Null_items_are_type_errors()
    {
        var error = Single(Yaml(Head + "tags: [a, null]\n"));
        AssertError(error, DataErrorCodes.Type, "tags[1]", 3, 11, "items cannot be null");
    }

    [Fact]
    public void Defaults_apply_when_absent_and_not_when_given()
    {
        var absent = Ok(Yaml("""
            id: a
            title: T

            """));
        Assert.Equal(3, absent.Level);
        Assert.Equal(Color.DeepBlue, absent.Mood);
        var json = Ok(Json("{\"id\": \"a\", \"title\": \"T\"}"));
        Assert.Equal(3, json.Level);
        Assert.Equal(Color.DeepBlue, json.Mood);
        Assert.Equal(3, new Sample { Id = new SampleId("a"), Title = "T" }.Level);

        var given = YamlOk("""
            level: 7
            mood: red

            """);
        Assert.Equal(7, given.Level);
        Assert.Equal(Color.Red, given.Mood);
    }

    [Fact]
    public void Enum_wire_names_are_case_sensitive_and_yes_is_a_name()
    {
        Assert.Equal(Color.Yes, YamlOk("color: yes\n").Color);
        Assert.Equal(Color.DeepBlue, YamlOk("color: deep-blue\n").Color);
        var error = YamlFails("color: Red\n", DataErrorCodes.Enum);
        Assert.Contains("did you mean 'red'?", error.Message, StringComparison.Ordinal);
        JsonFails("\"color\": \"DeepBlue\"", DataErrorCodes.Enum);
        JsonFails("\"color\": 1");
    }

    [Theory]
    [InlineData("oldName")]
    [InlineData("legacy-name")]
    [InlineData("renamed")]
    public void Aliases_fill_the_field(string key)
    {
        Assert.Equal("x", YamlOk(key + ": x\n").Renamed);
        Assert.Equal("x", Ok(Json("{\"id\": \"a\", \"title\": \"T\", \"" + key + "\": \"x\"}")).Renamed);
    }

    [Fact]
    public void Field_and_alias_both_given_is_a_duplicate_key()
    {
        const string Keys = "the keys 'renamed', 'oldName', 'legacy-name' all set that one field, give only one of them";
        AssertError(Single(Yaml(Head + """
            renamed: x
            oldName: y

            """)), DataErrorCodes.DuplicateKey, "oldName", 4, 1, "the key 'oldName' sets the field 'renamed' a second time", Keys);
        AssertError(Single(Yaml(Head + """
            legacy-name: x
            renamed: y

            """)), DataErrorCodes.DuplicateKey, "renamed", 4, 1, "the key 'renamed' sets the field 'renamed' a second time", Keys);
        AssertError(Single(Json("""
            {"id": "a", "title": "T",
            "oldName": "x", "legacy-name": "y"}
            """)), DataErrorCodes.DuplicateKey, "legacy-name", 2, 17, "the key 'legacy-name' sets the field 'renamed' a second time", Keys);
    }

    [Fact]
    public void Duplicate_map_keys_are_errors()
    {
        AssertError(Single(Yaml(Head + """
            scores:
              a: 1
              a: 2

            """)), DataErrorCodes.DuplicateKey, "scores.a", 5, 3);
        AssertError(Single(Json("""
            {"id": "a", "title": "T",
            "scores": {"a": 1, "a": 2}}
            """)), DataErrorCodes.DuplicateKey, "scores.a", 2, 20);
    }

    [Fact]
    public void Core_tags_are_accepted_where_they_fit()
    {
        var sample = YamlOk("""
            count: !!int 5
            legacy: !!str 12
            ratio: !!float 1.5
            flag: !!bool true
            tags: !!seq [a]
            point: !!map {lat: 1, lon: 2}
            big: !!null

            """);
        Assert.Equal(5, sample.Count);
        Assert.Equal("12", sample.Legacy);
        Assert.Null(sample.Big);
        Assert.Equal(DataErrorCodes.Type, YamlFails("count: !!str 5\n").Code);
    }
}
