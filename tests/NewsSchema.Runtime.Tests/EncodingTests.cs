using System;
using System.Linq;
using System.Text;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>Line endings, byte order marks and encodings give the same values and positions.</summary>
public class EncodingTests
{
    /// <summary>A valid Sample with non-ASCII text (StreamTests reads it too).</summary>
    internal const string GoodYaml = """
        id: a
        title: Grüße 😀
        tags: [x, y]
        count: 3

        """;
    private const string BadYaml = """
        id: a
        title: Grüße 😀
        count: x

        """;
    private const string GoodJson = """
        {
        "id": "a",
        "title": "Grüße 😀",
        "tags": ["x", "y"],
        "count": 3
        }

        """;
    private const string BadJson = """
        {"id": "a",
        "title": "Grüße 😀",
        "count": "x"}

        """;

    private static readonly Sample Expected = Sample.FromYaml(GoodYaml);

    public static TheoryData<string> LineEndings => new() { "\n", "\r\n", "\r" };

    private static string WithEndings(string text, string ending) => text.Replace("\n", ending, StringComparison.Ordinal);

    private static byte[] Utf8Bom(string text) => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(text)).ToArray();

    private static void AssertLine3(ParseResult<Sample> result, int column)
    {
        var error = Single(result);
        Assert.Equal(DataErrorCodes.Type, error.Code);
        Assert.Equal("count", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void Yaml_line_endings_and_bom(string ending)
    {
        var good = WithEndings(GoodYaml, ending);
        var bad = WithEndings(BadYaml, ending);
        Assert.Equal(Expected, Ok(Yaml(good)));
        Assert.Equal(Expected, Ok(Yaml("\uFEFF" + good)));
        Assert.Equal(Expected, Ok(Sample.ParseYaml(Encoding.UTF8.GetBytes(good))));
        Assert.Equal(Expected, Ok(Sample.ParseYaml(Utf8Bom(good))));
        Assert.Equal(Expected, Ok(Sample.ParseYaml(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(good)).ToArray())));
        Assert.Equal(Expected, Ok(Sample.ParseYaml(Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(good)).ToArray())));

        AssertLine3(Yaml(bad), 8);
        AssertLine3(Yaml("\uFEFF" + bad), 8);
        AssertLine3(Sample.ParseYaml(Encoding.UTF8.GetBytes(bad)), 8);
        AssertLine3(Sample.ParseYaml(Utf8Bom(bad)), 8);
    }

    /// <summary>
    /// The array overloads (the generated <c>ParseYaml(byte[])</c> and <c>ParseYamlList(byte[])</c>,
    /// and the runtime's that <c>LoadFiles</c> uses) read the array in place: the same records,
    /// errors, lines and columns as the span overload, in every encoding, and the array unchanged.
    /// </summary>
    [Theory]
    [MemberData(nameof(LineEndings))]
    public void Yaml_from_an_array_in_place_reads_as_from_a_span(string ending)
    {
        var good = WithEndings(GoodYaml, ending);
        var bad = WithEndings(BadYaml, ending);
        var inputs = new[]
        {
            Encoding.UTF8.GetBytes(good),
            Utf8Bom(good),
            Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(good)).ToArray(),
            Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(good)).ToArray(),
            Encoding.UTF8.GetBytes(bad),
            Utf8Bom(bad),
        };
        foreach (var bytes in inputs)
        {
            var before = bytes.ToArray();
            var fromArray = Sample.ParseYaml(bytes, "s.yaml");
            var fromSpan = Sample.ParseYaml(new ReadOnlySpan<byte>(bytes), "s.yaml");
            Assert.Equal(fromSpan.Value, fromArray.Value);
            Assert.Equal(fromSpan.Errors, fromArray.Errors);
            Assert.Equal(before, bytes);

            var listBytes = ListOf(bytes);
            var listFromArray = Sample.ParseYamlList(listBytes, "l.yaml");
            var listFromSpan = Sample.ParseYamlList(new ReadOnlySpan<byte>(listBytes), "l.yaml");
            Assert.Equal(listFromSpan.Value, listFromArray.Value);
            Assert.Equal(listFromSpan.Errors, listFromArray.Errors);
        }

        Assert.Equal(Expected, Ok(Sample.ParseYaml(inputs[0], "s.yaml")));
        AssertLine3(Sample.ParseYaml(inputs[4], "s.yaml"), 8);
        Assert.Equal(Expected, Ok(NewsSchema.Generated.YamlReader.ParseDocument<Sample>(inputs[0], "s.yaml", null, static reader => Sample.ReadYaml(reader))));
        Assert.Equal(new[] { Expected }, Sample.ParseYamlList(ListOf(inputs[0]), "l.yaml").GetValueOrThrow());
    }

    /// <summary>The same bytes as a list of one (a UTF-8 document, its mapping indented under "- ").</summary>
    private static byte[] ListOf(byte[] document)
    {
        if (document.Length >= 2 && (document[0] == 0xFF || document[0] == 0xFE))
        {
            return document; // UTF-16: parsed as a list, it is a type error at the same place either way
        }

        // Every line but an empty last one is indented under the dash, whatever its line break.
        var text = Encoding.UTF8.GetString(document).TrimStart('\uFEFF');
        return Encoding.UTF8.GetBytes("- " + System.Text.RegularExpressions.Regex.Replace(text, "(\r\n|\r(?!\n)|\n)(?=.)", "$1  ", System.Text.RegularExpressions.RegexOptions.Singleline));
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void Json_line_endings_and_bom(string ending)
    {
        var good = WithEndings(GoodJson, ending);
        var bad = WithEndings(BadJson, ending);
        Assert.Equal(Expected, Ok(Json(good)));
        Assert.Equal(Expected, Ok(Json("\uFEFF" + good)));
        Assert.Equal(Expected, Ok(Sample.ParseJson(Encoding.UTF8.GetBytes(good))));
        Assert.Equal(Expected, Ok(Sample.ParseJson(Utf8Bom(good))));
        Assert.Equal(Expected, Ok(Sample.ParseJson(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(good)).ToArray())));

        AssertLine3(Json(bad), 10);
        AssertLine3(Json("\uFEFF" + bad), 10);
        AssertLine3(Sample.ParseJson(Encoding.UTF8.GetBytes(bad)), 10);
        AssertLine3(Sample.ParseJson(Utf8Bom(bad)), 10);
    }

    [Theory]
    [MemberData(nameof(LineEndings))]
    public void Json_syntax_errors_count_lines_and_characters(string ending)
    {
        var bad = WithEndings("""
            {"id": "a",
            "title": "Grüße",
            "tags": ["ä" "ö"]}
            """, ending);
        var error = Single(Json(bad));
        Assert.Equal(DataErrorCodes.Syntax, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(14, error.Column);
        error = Single(Sample.ParseJson(Utf8Bom(bad)));
        Assert.Equal((3, 14), (error.Line, error.Column));
    }

    [Fact]
    public void Invalid_utf8_is_a_syntax_error()
    {
        var bytes = Encoding.UTF8.GetBytes("""
            id: a
            title: ab
            count: 1

            """);
        bytes[15] = 0xFF;
        var error = Single(Sample.ParseYaml(bytes, "bad.yaml"));
        Assert.Equal(DataErrorCodes.Syntax, error.Code);
        Assert.Equal("bad.yaml", error.Source);
        Assert.Equal(2, error.Line);
        Assert.Contains("not valid text", error.Message, StringComparison.Ordinal);

        var json = Encoding.UTF8.GetBytes("""
            {"id": "a",
            "title": "ab"}
            """);
        json[22] = 0xC3;
        var jsonError = Single(Sample.ParseJson(json, "bad.json"));
        Assert.Equal(DataErrorCodes.Syntax, jsonError.Code);
        Assert.Equal(2, jsonError.Line);
    }

    [Fact]
    public void Invalid_utf8_in_keys_and_skipped_values_is_a_syntax_error()
    {
        foreach (var text in new[] { "{\"id\": \"a\", \"title\": \"T\", \"k\u00e9y\": 1}", "{\"id\": \"a\", \"title\": \"T\", \"tags\": [\"\u00e9\"]}", "{\"id\": \"a\", \"title\": \"\u00e9\"}" })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var at = Array.IndexOf(bytes, (byte)0xC3);
            bytes[at + 1] = 0x28; // a lead byte followed by a non-continuation byte
            var result = Sample.ParseJson(bytes);
            Assert.False(result.IsSuccess);
            Assert.Equal(DataErrorCodes.Syntax, result.Errors[^1].Code);
        }
    }

    [Fact]
    public void Truncated_utf16_is_a_syntax_error()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(GoodYaml)).Append((byte)0x41).ToArray();
        Assert.Equal(DataErrorCodes.Syntax, Single(Sample.ParseYaml(bytes)).Code);
        Assert.Equal(DataErrorCodes.Syntax, Single(Sample.ParseJson(bytes)).Code);
    }

    [Fact]
    public void Columns_after_non_ascii_text_count_characters()
    {
        AssertError(Single(Yaml("""
            id: a
            title: T
            tags: [äöü, 😀, x]
            count: [1]

            """)), DataErrorCodes.Type, "count", 4, 8);
        AssertError(Single(Json("{\"id\": \"a\", \"title\": \"äöü\", \"count\": \"x\"}")), DataErrorCodes.Type, "count", 1, 38);
    }
}
