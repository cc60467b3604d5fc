using System;
using System.Globalization;
using System.Linq;
using NewsSchema.Generated;
using NewsSchema.Tests.Family;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The readers catch only what YamlDotNet and our JSON reader throw on bad input, around the calls
/// into them. An exception from our own code or from generated code (here: a read function that
/// throws) is a bug: it must escape, so the fuzz tests fail, and never turn into a data error.
/// </summary>
public class ReaderCatchTests
{
    public static TheoryData<string> Kinds => new() { "InvalidOperation", "Argument", "Format", "IndexOutOfRange", "Overflow", "NullReference", "Json" };

    private static Exception Make(string kind) => kind switch
    {
        "InvalidOperation" => new InvalidOperationException("our bug"),
        "Argument" => new ArgumentException("our bug"),
        "Format" => new FormatException("our bug"),
        "IndexOutOfRange" => new IndexOutOfRangeException("our bug"),
        "Overflow" => new OverflowException("our bug"),
        "Json" => new System.Text.Json.JsonException("our bug"),
        _ => new NullReferenceException("our bug"),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_bug_in_a_yaml_read_function_escapes(string kind)
    {
        var thrown = Make(kind);
        var caught = Record.Exception(() => YamlReader.ParseDocument<object>("a: 1\n", "x.yaml", null, _ => throw thrown));
        Assert.Same(thrown, caught);
        caught = Record.Exception(() => YamlReader.ParseDocument<object>("a: 1\n"u8, "x.yaml", null, _ => throw thrown));
        Assert.Same(thrown, caught);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_bug_in_a_json_read_function_escapes(string kind)
    {
        var thrown = Make(kind);
        var caught = Record.Exception(() => JsonContext.ParseDocument<object>("{\"a\": 1}", "x.json", null, (ref JsonReader r, JsonContext c) => throw thrown));
        Assert.Same(thrown, caught);
        caught = Record.Exception(() => JsonContext.ParseDocument<object>("{\"a\": 1}"u8, "x.json", null, (ref JsonReader r, JsonContext c) => throw thrown));
        Assert.Same(thrown, caught);
    }

    /// <summary>Bad input is still a located <c>syntax</c> error, from the library calls.</summary>
    [Theory]
    [InlineData("{\"id\": \"a\", \"title\": \"T\", }")]
    [InlineData("{\"id\": \"a\", \"title\": \"T\"")]
    [InlineData("{\"id\": \"a\\uD800\", \"title\": \"T\"}")]
    [InlineData("{\"\\uD800id\": \"a\", \"title\": \"T\"}")]
    public void Bad_json_is_a_syntax_error(string json)
    {
        var error = Assert.Single(Sample.ParseJson(json, "s.json").Errors);
        Assert.Equal(DataErrorCodes.Syntax, error.Code);
        Assert.True(error.Line > 0 && error.Column > 0);
    }

    [Fact]
    public void Bad_json_in_a_family_lookahead_is_a_syntax_error()
    {
        var error = Party.ParseJson("{\"\\uD800type\": \"firm\", \"id\": \"a\", \"name\": \"A\"}", "p.json").Errors.Single();
        Assert.Equal(DataErrorCodes.Syntax, error.Code);
    }

    /// <summary>
    /// The JSON depth limit is counted by the reader, not recognised in an exception message, so it
    /// holds in any UI language: in a known field, an unknown one, and a family's look-ahead.
    /// </summary>
    [Theory]
    [InlineData("fr-FR")]
    [InlineData("ja-JP")]
    [InlineData("")]
    public void Json_depth_limit_is_a_limit_error_in_any_culture(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var options = new ParseOptions { MaxDepth = 4 };
            var deep = new string('[', 6) + new string(']', 6);
            foreach (var errors in new[]
            {
                Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\", \"grid\": " + deep + "}", "s.json", options).Errors,
                Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\", \"unknown\": " + deep + "}", "s.json", options).Errors,
                Party.ParseJson("{\"extra\": " + deep + ", \"type\": \"firm\", \"id\": \"a\", \"name\": \"A\"}", "p.json", options).Errors,
            })
            {
                var limit = errors.Last();
                Assert.Equal(DataErrorCodes.Limit, limit.Code);
                Assert.Contains("deeper than 4 levels", limit.Message, StringComparison.Ordinal);
            }

            Assert.True(Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\", \"grid\": [[1]]}", "s.json", options).IsSuccess);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
