using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>Every diagnostic id is documented in docs/diagnostics.md and tracked in the release file.</summary>
public class DocsTests
{
    [Fact]
    public void EveryDescriptorHasADocsSectionAndAReleaseEntry()
    {
        var root = RepoRoot();
        var docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));
        var releases = File.ReadAllText(Path.Combine(root, "generator", "AnalyzerReleases.Unshipped.md"));
        var descriptors = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
        Assert.True(descriptors.Count >= 24);
        foreach (var d in descriptors)
        {
            Assert.Contains("<a id=\"" + d.Id.ToLowerInvariant() + "\"></a>", docs);
            Assert.Contains("## " + d.Id + ": " + d.Title, docs);
            Assert.Contains(d.Id + " | NewsSchema |", releases);
        }
    }

    private static string RepoRoot([CallerFilePath] string file = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
