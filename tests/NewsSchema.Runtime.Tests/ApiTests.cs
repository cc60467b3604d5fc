using System;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>DataError, DataException and ParseResult behave as spec section 4 and 5 say.</summary>
public class ApiTests
{
    [Fact]
    public void DataError_ToString_is_the_msbuild_format()
    {
        Assert.Equal("meetings.yaml(3,8): error type at meetings[2].participants[0]: expected text", new DataError("type", "meetings[2].participants[0]", "expected text", "meetings.yaml", 3, 8).ToString());
        Assert.Equal("<input>(1,1): error limit: too big", new DataError("limit", "", "too big", null, 1, 1).ToString());
        Assert.Equal("a.json: error required at title: missing", new DataError("required", "title", "missing", "a.json").ToString());
    }

    [Fact]
    public void Parsed_errors_print_with_file_line_and_column()
    {
        var error = Single(Sample.ParseYaml("""
            id: a
            title: T
            count: x

            """, "data/sample.yaml"));
        Assert.Equal("data/sample.yaml(3,8): error type at count: expected an integer, found 'x'", error.ToString());
    }

    [Fact]
    public void FromYaml_throws_DataException_listing_every_error()
    {
        var ex = Assert.Throws<DataException>(() => Sample.FromYaml("""
            id: a
            count: x
            flag: no

            """, "s.yaml"));
        Assert.Equal(3, ex.Errors.Count);
        Assert.StartsWith("The data has 3 errors:", ex.Message, StringComparison.Ordinal);
        foreach (var error in ex.Errors)
        {
            Assert.Contains(error.ToString(), ex.Message, StringComparison.Ordinal);
        }

        var one = Assert.Throws<DataException>(() => Sample.FromJson("{\"id\": \"a\"}", "s.json"));
        Assert.Single(one.Errors);
        Assert.StartsWith("The data has 1 error:", one.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataException_message_stays_short_for_many_errors()
    {
        var yaml = """
            id: a
            title: T

            """ + string.Concat(Enumerable.Range(0, 50).Select(i => $"bad{i}: 1\n"));
        var ex = Assert.Throws<DataException>(() => Sample.FromYaml(yaml));
        Assert.Equal(50, ex.Errors.Count);
        Assert.Contains("... and 30 more", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseResult_success_and_failure()
    {
        var ok = Sample.ParseYaml("""
            id: a
            title: T

            """);
        Assert.True(ok.IsSuccess);
        Assert.NotNull(ok.Value);
        Assert.Empty(ok.Errors);
        Assert.Same(ok.Value, ok.GetValueOrThrow());

        var bad = Sample.ParseJson("{\"id\": \"a\"}");
        Assert.False(bad.IsSuccess);
        Assert.Null(bad.Value);
        Assert.NotEmpty(bad.Errors);
        Assert.Equal(bad.Errors, Assert.Throws<DataException>(() => bad.GetValueOrThrow()).Errors);

        var built = ParseResult<string>.Failure(new[] { new DataError("custom", "", "x") });
        Assert.False(built.IsSuccess);
        Assert.True(ParseResult<string>.Success("v").IsSuccess);
    }

    [Fact]
    public void Empty_documents_fail_without_throwing()
    {
        foreach (var text in new[] { "", "   ", "# only a comment\n", "---\n", "null", "~" })
        {
            var result = Sample.ParseYaml(text);
            Assert.False(result.IsSuccess);
            Assert.NotEmpty(result.Errors);
        }

        foreach (var text in new[] { "", "   ", "null", "[]", "\"x\"" })
        {
            Assert.False(Sample.ParseJson(text).IsSuccess);
        }
    }

    [Fact]
    public void Two_yaml_documents_are_a_syntax_error()
    {
        var error = Single(Sample.ParseYaml("""
            id: a
            title: T
            ---
            id: b
            title: U

            """));
        AssertError(error, DataErrorCodes.Syntax, "", 3, 1, "second one");
    }

    [Fact]
    public void Trailing_json_is_a_syntax_error()
        => Assert.Equal(DataErrorCodes.Syntax, Single(Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\"} {}")).Code);

    [Fact]
    public void Json_comments_and_trailing_commas_are_syntax_errors()
    {
        Assert.Equal(DataErrorCodes.Syntax, Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\" /* c */}").Errors[^1].Code);
        Assert.Equal(DataErrorCodes.Syntax, Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\",}").Errors[^1].Code);
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        Assert.Throws<ArgumentNullException>(() => Sample.ParseYaml((string)null!));
        Assert.Throws<ArgumentNullException>(() => Sample.ParseJson((string)null!));
    }

    [Fact]
    public void An_unknown_anchor_is_a_syntax_error_not_a_crash()
    {
        var result = Sample.ParseYaml("""
            id: a
            title: *nope

            """);
        Assert.False(result.IsSuccess);
        Assert.Equal(DataErrorCodes.Syntax, result.Errors[^1].Code);
    }
}
