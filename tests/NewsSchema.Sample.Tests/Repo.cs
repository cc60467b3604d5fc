using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

[assembly: Xunit.CollectionBehavior(DisableTestParallelization = true)]

namespace NewsSchema.Sample.Tests;

/// <summary>Paths in the repository and the fenced blocks of README.md.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Readme => File.ReadAllText(PathOf("README.md")).ReplaceLineEndings("\n");

    /// <summary>The folder of broken catalog files, as copied beside the tests.</summary>
    public static string BrokenFolder => Path.Combine(AppContext.BaseDirectory, "broken");

    /// <summary>Every fenced block of <paramref name="markdown"/>: its language and its text (no trailing newline).</summary>
    public static IReadOnlyList<(string Language, string Text, int Offset)> FencedBlocks(string markdown)
    {
        var blocks = new List<(string, string, int)>();
        foreach (Match m in Regex.Matches(markdown, @"^```(?<lang>[a-z]*)\n(?<body>.*?)\n```$", RegexOptions.Multiline | RegexOptions.Singleline))
        {
            blocks.Add((m.Groups["lang"].Value, m.Groups["body"].Value, m.Index));
        }

        return blocks;
    }

    /// <summary>
    /// The snippets of a C# file of compiled examples, by the name of the method holding each: the
    /// lines between <c>// begin-snippet</c> and <c>// end-snippet</c>, dedented.
    /// </summary>
    public static Dictionary<string, string> Snippets(string file)
    {
        var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
        var snippets = new Dictionary<string, string>();
        string? method = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("public static void ", StringComparison.Ordinal))
            {
                method = line["public static void ".Length..line.IndexOf('(', StringComparison.Ordinal)];
            }
            else if (line == "// begin-snippet")
            {
                var end = Array.FindIndex(lines, i, l => l.Trim() == "// end-snippet");
                snippets.Add(method!, Dedent(lines[(i + 1)..end]));
                i = end;
            }
        }

        return snippets;
    }

    /// <summary>Removes the indentation common to every non-blank line.</summary>
    public static string Dedent(IEnumerable<string> lines)
    {
        var list = lines.ToList();
        var indent = list.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", list.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Toolkit.sln not found above " + AppContext.BaseDirectory);
    }
}
