using System;
using System.IO;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>Helpers shared by the parser and writer tests.</summary>
internal static class TestData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    public static string Read(string name) => File.ReadAllText(PathOf(name));

    /// <summary>The only error of a failed result (fails the test when there are none or several).</summary>
    public static DataError Single<T>(ParseResult<T> result)
    {
        Assert.False(result.IsSuccess, "expected the parse to fail");
        Assert.True(result.Errors.Count == 1, "expected one error, got:\n" + string.Join("\n", result.Errors));
        return result.Errors[0];
    }

    /// <summary>The value of a successful result (fails the test with every error otherwise).</summary>
    public static T Ok<T>(ParseResult<T> result)
    {
        Assert.True(result.IsSuccess, "expected success, got:\n" + string.Join("\n", result.Errors));
        return result.Value!;
    }

    public static void AssertError(DataError error, string code, string path, int line, int column, params string[] messageParts)
    {
        Assert.True(
            error.Code == code && error.Path == path && error.Line == line && error.Column == column,
            $"expected {code} at {path} ({line},{column}), got {error}");
        foreach (var part in messageParts)
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }
    }

    public static ParseResult<Sample> Yaml(string yaml, ParseOptions? options = null) => Sample.ParseYaml(yaml, "test.yaml", options);

    public static ParseResult<Sample> Json(string json, ParseOptions? options = null) => Sample.ParseJson(json, "test.json", options);

    public static string Codes<T>(ParseResult<T> result) => string.Join(",", result.Errors.Select(e => e.Code));
}
