using System;
using System.Collections.Generic;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// One rule for lone surrogates (a UTF-16 half without its other half), in both formats: it is not
/// text, so reading one is a <c>syntax</c> error at its position (raw in the string given, or
/// written as an escape), and writing one throws an <see cref="ArgumentException"/> that says
/// where. Data is never changed (no U+FFFD) and never written in a form the reader rejects.
/// </summary>
public class SurrogateTests
{
    // xUnit serializes theory data and would turn a lone surrogate into U+FFFD: pass a name instead.
    private static readonly System.Collections.Generic.Dictionary<string, string> Texts = new()
    {
        ["high"] = "\uD800",
        ["low after text"] = "a\uDC00",
        ["high before text"] = "\uDBFFb",
        ["low then high"] = "\uDC00\uD800",
        ["high inside"] = "x\uD83Dy",
    };

    public static TheoryData<string> Lone => new(Texts.Keys);

    [Theory]
    [MemberData(nameof(Lone))]
    public void Raw_lone_surrogate_in_json_text_is_a_syntax_error_at_it(string name)
    {
        var text = Texts[name];
        var json = $$"""
            {"id": "a",
             "title": "{{text}}"}
            """;
        var error = Assert.Single(Sample.ParseJson(json, "s.json").Errors);
        Assert.Equal(DataErrorCodes.Syntax, error.Code);
        Assert.Equal(2, error.Line);
        Assert.Equal(json.Split('\n')[1].IndexOf(LoneOf(text)) + 1, error.Column);
        Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Lone))]
    public void Raw_lone_surrogate_in_yaml_text_is_a_syntax_error_at_it(string name)
    {
        var text = Texts[name];
        var documents = new[]
        {
            $"""
                id: a
                title: "{text}"

                """,
            $"""
                id: a
                title: {text}z

                """,
            $"""
                id: a
                tags: ["{text}"]

                """,
        };
        foreach (var yaml in documents)
        {
            var error = Assert.Single(Sample.ParseYaml(yaml, "s.yaml").Errors);
            Assert.Equal(DataErrorCodes.Syntax, error.Code);
            Assert.Equal(2, error.Line);
            Assert.Equal(yaml.Split('\n')[1].IndexOf(LoneOf(text)) + 1, error.Column);
            Assert.Contains("lone surrogate", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("a\\uDC00")]
    [InlineData("\\uD83Dy")]
    public void Escaped_lone_surrogate_is_a_syntax_error_in_both_formats(string escape)
    {
        var json = Sample.ParseJson("{\"id\": \"a\", \"title\": \"" + escape + "\"}", "s.json");
        Assert.Equal(DataErrorCodes.Syntax, Assert.Single(json.Errors).Code);
        Assert.Contains("lone surrogate", json.Errors[0].Message, StringComparison.Ordinal);

        // YamlDotNet refuses the escape itself ("invalid Unicode character escape code").
        var yaml = Sample.ParseYaml($"""
            id: a
            title: "{escape}"

            """, "s.yaml");
        var error = Assert.Single(yaml.Errors);
        Assert.Equal(DataErrorCodes.Syntax, error.Code);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_surrogate_pair_is_text_in_both_formats()
    {
        Assert.Equal("😀", Sample.FromJson("{\"id\": \"a\", \"title\": \"\\uD83D\\uDE00\"}", "s.json").Title);
        Assert.Equal("😀", Sample.FromJson("{\"id\": \"a\", \"title\": \"😀\"}", "s.json").Title);
        Assert.Equal("😀", Sample.FromYaml("""
            id: a
            title: "\U0001F600"

            """, "s.yaml").Title);
        Assert.Equal("😀", Sample.FromYaml("""
            id: a
            title: 😀

            """, "s.yaml").Title);
    }

    [Theory]
    [MemberData(nameof(Lone))]
    public void Writing_a_lone_surrogate_throws_in_both_formats_as_value_item_and_key(string name)
    {
        var text = Texts[name];
        var samples = new[]
        {
            new Sample { Id = new SampleId("a"), Title = text },
            new Sample { Id = new SampleId("a"), Title = "t", Tags = [text] },
            new Sample { Id = new SampleId("a"), Title = "t", Scores = new Dictionary<string, int> { [text] = 1 } },
        };
        foreach (var sample in samples)
        {
            Assert.Contains("lone surrogate", Assert.Throws<ArgumentException>(() => sample.ToYaml()).Message, StringComparison.Ordinal);
            Assert.Contains("lone surrogate", Assert.Throws<ArgumentException>(() => sample.ToJson()).Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// JSON text is transcoded into a buffer of one byte a character, and one for the rest when the
    /// text is not ASCII: text of every length from 1 to 300 characters of mixed widths (a pair
    /// falls across the first buffer's end for some) reads back exactly, and a lone surrogate after
    /// the buffer grew is still refused at its column.
    /// </summary>
    [Fact]
    public void Json_text_wider_than_one_byte_a_character_reads_back_and_refuses_a_late_lone_surrogate()
    {
        const string Pieces = "a\u00fc\u20ac\ud83d\ude00";
        var mixed = System.Text.RegularExpressions.Regex.Unescape(Pieces);
        for (var length = 1; length <= 300; length++)
        {
            var title = string.Concat(System.Linq.Enumerable.Repeat(mixed, (length / mixed.Length) + 1)).Substring(0, length);
            if (char.IsHighSurrogate(title[^1]))
            {
                title = title.Substring(0, length - 1);
            }

            var json = "{\"id\": \"a\", \"title\": \"" + title + "\"}";
            var result = Sample.ParseJson(json, "s.json");
            Assert.True(result.IsSuccess, length + ": " + string.Join("\n", result.Errors));
            Assert.Equal(title, result.Value!.Title);

            var lone = "{\"id\": \"a\", \"title\": \"" + title + "\", \"tags\": [\"\uD800\"]}";
            var error = Assert.Single(Sample.ParseJson(lone, "s.json").Errors);
            Assert.Equal(DataErrorCodes.Syntax, error.Code);
            Assert.Equal(lone.IndexOf('\uD800', StringComparison.Ordinal) + 1, error.Column);
        }
    }

    private static char LoneOf(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return text[i];
            }
        }

        throw new InvalidOperationException("no lone surrogate");
    }
}
