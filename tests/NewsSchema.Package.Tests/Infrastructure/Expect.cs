using System;
using Xunit;

namespace NewsSchema.Package.Tests.Infrastructure;

/// <summary>Assertions on what a command printed; a failure shows the whole output.</summary>
public static class Expect
{
    /// <summary>The 1-based line and column of the first <paramref name="word"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Position(string text, string word)
    {
        var index = text.IndexOf(word, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{word}' is not in the text.");
        var before = text[..index];
        var line = before.Split('\n').Length;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return (line, column);
    }

    /// <summary>Each of <paramref name="lines"/> is a whole line of the output.</summary>
    public static void AssertLines(ProcessResult result, params string[] lines)
    {
        var actual = result.Output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        foreach (var line in lines)
        {
            Assert.True(Array.IndexOf(actual, line) >= 0, $"Expected the line `{line}` in the output. {result.Describe()}");
        }
    }

    /// <summary><paramref name="text"/> is somewhere in the output.</summary>
    public static void AssertContains(ProcessResult result, string text) =>
        Assert.True(result.Output.Contains(text, StringComparison.Ordinal), $"Expected `{text}` in the output. {result.Describe()}");
}
