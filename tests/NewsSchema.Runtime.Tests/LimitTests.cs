using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>Hostile input fails fast with a <c>limit</c> error, and every limit is adjustable.</summary>
public class LimitTests
{
    private static string BillionLaughs()
    {
        var builder = new StringBuilder("""
            id: a
            title: T
            tags: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]

            """);
        for (var i = 1; i <= 9; i++)
        {
            builder.Append($"x{i}: &a{i} [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void Billion_laughs_fails_fast_with_limit()
    {
        var watch = Stopwatch.StartNew();
        var result = Yaml(BillionLaughs());
        watch.Stop();
        Assert.False(result.IsSuccess);
        Assert.Equal(DataErrorCodes.Limit, result.Errors[^1].Code);
        Assert.Contains("ParseOptions.MaxAliasExpansion", result.Errors[^1].Message, StringComparison.Ordinal);
        Assert.True(watch.ElapsedMilliseconds < 5000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Alias_expansion_limit_is_adjustable()
    {
        var yaml = """
            id: a
            title: T
            tags: &t [a, b, c]
            owners: *t

            """;
        Assert.Equal(new[] { "a", "b", "c" }, Ok(Yaml(yaml)).Owners.Select(o => o.Value));
        var scalars = """
            id: a
            title: &t T
            legacy: *t
            renamed: *t

            """;
        Assert.True(Yaml(scalars, new ParseOptions { MaxAliasExpansion = 2 }).IsSuccess);
        AssertError(Single(Yaml(scalars, new ParseOptions { MaxAliasExpansion = 1 })), DataErrorCodes.Limit, "renamed", 4, 10, "more than 1");
        AssertError(Single(Yaml(yaml, new ParseOptions { MaxAliasExpansion = 4 })), DataErrorCodes.Limit, "tags[2]", 3, 18, "the anchor '&t' holds more than 4");
    }

    [Theory]
    [InlineData("[", "")]
    [InlineData("{a: ", "")]
    [InlineData("- ", "")]
    public void Deep_yaml_nesting_gives_limit_without_stack_overflow(string open, string unused)
    {
        _ = unused;
        var yaml = string.Concat(Enumerable.Repeat(open, 100_000));
        var result = Yaml(yaml);
        Assert.Equal(DataErrorCodes.Limit, result.Errors[^1].Code);
        Assert.Contains("deeper than 64", result.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{\"a\": ")]
    public void Deep_json_nesting_gives_limit_without_stack_overflow(string open)
    {
        var json = string.Concat(Enumerable.Repeat(open, 100_000));
        var result = Json(json);
        Assert.Equal(DataErrorCodes.Limit, result.Errors[^1].Code);
        Assert.Contains("deeper than 64", result.Errors[^1].Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Errors[^1].Line);
    }

    [Fact]
    public void Deep_nesting_inside_a_field_gives_limit()
    {
        var nested = new string('[', 100) + new string(']', 100);
        var yaml = Yaml($"""
            id: a
            title: T
            grid: {nested}

            """);
        AssertError(yaml.Errors[^1], DataErrorCodes.Limit, "grid[0][0]", 3, 70, "nested deeper than 64");
        var json = Json($$"""
            {"id": "a", "title": "T",
            "grid": {{nested}}}
            """);
        AssertError(json.Errors[^1], DataErrorCodes.Limit, "grid[0][0]", 2, 72, "nested deeper than 64");
    }

    [Fact]
    public void Depth_limit_is_adjustable()
    {
        var yaml = """
            id: a
            title: T
            points: [{lat: 1, lon: 2}]

            """;
        var json = "{\"id\": \"a\", \"title\": \"T\", \"points\": [{\"lat\": 1, \"lon\": 2}]}";
        Assert.True(Yaml(yaml, new ParseOptions { MaxDepth = 3 }).IsSuccess);
        Assert.True(Json(json, new ParseOptions { MaxDepth = 3 }).IsSuccess);
        Assert.Equal(DataErrorCodes.Limit, Single(Yaml(yaml, new ParseOptions { MaxDepth = 2 })).Code);
        Assert.Equal(DataErrorCodes.Limit, Single(Json(json, new ParseOptions { MaxDepth = 2 })).Code);

        var deep = new string('[', 200) + new string(']', 200);
        Assert.DoesNotContain(Yaml($"""
            id: a
            title: T
            x: {deep}

            """, new ParseOptions { MaxDepth = 500 }).Errors, e => e.Code == DataErrorCodes.Limit);
        Assert.DoesNotContain(Json("{\"id\": \"a\", \"title\": \"T\", \"x\": " + deep + "}", new ParseOptions { MaxDepth = 500 }).Errors, e => e.Code == DataErrorCodes.Limit);
    }

    [Fact]
    public void Nonsense_depth_options_do_not_throw()
    {
        Assert.False(Json("{\"id\": \"a\", \"title\": \"T\", \"tags\": []}", new ParseOptions { MaxDepth = -1 }).IsSuccess);
        Assert.False(Yaml("id: a\ntitle: T\n", new ParseOptions { MaxDepth = 0 }).IsSuccess);
    }

    [Fact]
    public void A_syntax_error_near_the_depth_limit_is_still_syntax()
    {
        var json = new string('[', 63) + "}";
        Assert.Equal(DataErrorCodes.Syntax, Json(json).Errors[^1].Code);
    }

    [Fact]
    public void Oversized_scalar_gives_limit()
    {
        var big = new string('x', ParseOptions.Default.MaxScalarLength + 1);
        AssertError(Yaml($"""
            id: a
            title: {big}

            """).Errors[^1], DataErrorCodes.Limit, "title", 2, 8, "ParseOptions.MaxScalarLength");
        AssertError(Json($$"""
            {"id": "a",
            "title": "{{big}}"}
            """).Errors[^1], DataErrorCodes.Limit, "title", 2, 10, "ParseOptions.MaxScalarLength");
        Assert.True(Yaml("id: a\ntitle: " + big + "\n", new ParseOptions { MaxScalarLength = big.Length }).IsSuccess);
        Assert.True(Json("{\"id\": \"a\",\n\"title\": \"" + big + "\"}", new ParseOptions { MaxScalarLength = big.Length }).IsSuccess);
    }

    [Fact]
    public void Scalar_limit_is_adjustable()
    {
        var options = new ParseOptions { MaxScalarLength = 5 };
        Assert.True(Yaml("id: a\ntitle: abcde\n", options).IsSuccess);
        Assert.Equal(DataErrorCodes.Limit, Single(Yaml("""
            id: a
            title: abcdef

            """, options)).Code);
        Assert.True(Json("{\"id\": \"a\", \"title\": \"abcde\"}", options).IsSuccess);
        Assert.Equal(DataErrorCodes.Limit, Single(Json("{\"id\": \"a\", \"title\": \"abcdef\"}", options)).Code);
    }

    [Fact]
    public void Oversized_document_gives_limit_and_is_adjustable()
    {
        var yaml = """
            id: a
            title: T

            """;
        var json = "{\"id\": \"a\", \"title\": \"T\"}";
        var small = new ParseOptions { MaxDocumentLength = 10 };
        AssertError(Single(Yaml(yaml, small)), DataErrorCodes.Limit, "", 1, 1, "ParseOptions.MaxDocumentLength");
        AssertError(Single(Json(json, small)), DataErrorCodes.Limit, "", 1, 1, "ParseOptions.MaxDocumentLength");
        Assert.Equal(DataErrorCodes.Limit, Single(Sample.ParseYaml(Encoding.UTF8.GetBytes(yaml), null, small)).Code);
        Assert.Equal(DataErrorCodes.Limit, Single(Sample.ParseJson(Encoding.UTF8.GetBytes(json), null, small)).Code);
        var exact = new ParseOptions { MaxDocumentLength = yaml.Length };
        Assert.True(Yaml(yaml, exact).IsSuccess);
        Assert.True(Json(json, new ParseOptions { MaxDocumentLength = json.Length }).IsSuccess);
    }

    [Fact]
    public void Max_errors_stops_with_limit_and_is_adjustable()
    {
        var yaml = """
            id: a
            title: T

            """ + string.Concat(Enumerable.Range(0, 300).Select(i => $"bad{i}: 1\n"));
        var result = Yaml(yaml);
        Assert.Equal(101, result.Errors.Count);
        Assert.Equal(DataErrorCodes.Limit, result.Errors[^1].Code);
        Assert.Contains("ParseOptions.MaxErrors", result.Errors[^1].Message, StringComparison.Ordinal);

        var few = Yaml(yaml, new ParseOptions { MaxErrors = 5 });
        Assert.Equal(6, few.Errors.Count);
        Assert.Equal(DataErrorCodes.Limit, few.Errors[^1].Code);

        var json = "{\"id\": \"a\", \"title\": \"T\"" + string.Concat(Enumerable.Range(0, 300).Select(i => $"""
            ,
            "bad{i}": 1
            """)) + "}";
        var jsonResult = Json(json, new ParseOptions { MaxErrors = 5 });
        Assert.Equal(6, jsonResult.Errors.Count);
        Assert.Equal(DataErrorCodes.Limit, jsonResult.Errors[^1].Code);
        Assert.True(jsonResult.Errors[^1].Line > 0, "the limit error has a position");
    }
}
