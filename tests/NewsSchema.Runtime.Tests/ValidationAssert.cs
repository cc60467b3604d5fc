using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>Assertions shared by the validation, suite and catalog tests.</summary>
internal static class ValidationAssert
{
    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "validation", name);

    public static string ReadData(string name) => File.ReadAllText(DataPath(name));

    public static string Describe(System.Collections.Generic.IEnumerable<DataError> errors)
        => string.Join(Environment.NewLine, errors.Select(e => "  " + e));

    /// <summary>The value of a parse that must succeed.</summary>
    public static T Parsed<T>(ParseResult<T> result)
    {
        Assert.True(result.IsSuccess, "expected the parse to succeed, got:" + Environment.NewLine + Describe(result.Errors));
        return result.Value!;
    }

    public static void Valid(ValidationResult result)
        => Assert.True(result.IsValid, "expected valid, got:" + Environment.NewLine + Describe(result.Errors));

    /// <summary>Asserts every error, in order: code, path, source, line, column and words of the message.</summary>
    public static void Errors(ValidationResult result, params Expected[] expected)
    {
        var text = Describe(result.Errors);
        Assert.True(result.Errors.Count == expected.Length, $"expected {expected.Length} errors, got {result.Errors.Count}:" + Environment.NewLine + text);
        for (var i = 0; i < expected.Length; i++)
        {
            expected[i].Check(result.Errors[i], text);
        }
    }

    public static Expected Error(string code, string path, string? source, int line, int column, params string[] messageParts)
        => new(code, path, source, line, column, messageParts);

    internal sealed record Expected(string Code, string Path, string? Source, int Line, int Column, string[] MessageParts)
    {
        public void Check(DataError error, string all)
        {
            Assert.True(
                error.Code == Code && error.Path == Path && error.Source == Source && error.Line == Line && error.Column == Column,
                $"expected {Source}({Line},{Column}): {Code} at {Path}, got {error}" + Environment.NewLine + "all errors:" + Environment.NewLine + all);
            foreach (var part in MessageParts)
            {
                Assert.True(error.Message.Contains(part, StringComparison.Ordinal), $"expected the message of {error} to contain '{part}'");
            }
        }
    }
}
