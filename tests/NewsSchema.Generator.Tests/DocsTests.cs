using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
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

    /// <summary>Ids whose docs section is marked "(retired)": they are no longer reported.</summary>
    private static List<string> RetiredIds(string docs)
        => Regex.Matches(docs, @"^## (NSG\d{4}): [^\n]*\(retired\)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The docs of each diagnostic: its id and the text from its anchor to the next one.</summary>
    private static List<(string Id, string Text)> Sections(string docs)
    {
        var anchors = Regex.Matches(docs, @"<a id=""(nsg\d{4})""></a>");
        return anchors.Select((m, i) => (
                m.Groups[1].Value.ToUpperInvariant(),
                docs[m.Index..(i + 1 < anchors.Count ? anchors[i + 1].Index : docs.Length)]))
            .ToList();
    }

    [Fact]
    public void No_live_diagnostic_or_guide_names_a_retired_id_or_an_unsupported_feature()
    {
        var root = RepoRoot();
        var docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md")).ReplaceLineEndings("\n");
        var retired = RetiredIds(docs);
        Assert.Contains("NSG0016", retired);

        // Words that say a feature of the language is missing. Everything the language has is
        // implemented; a diagnostic that says otherwise is out of date (NSG0010 once said
        // "extends itself is not supported yet, see NSG0016").
        string[] unsupported = ["not supported yet", "not yet supported", "not implemented", "not yet implemented", "is planned", "coming soon"];
        var texts = Sections(docs).Where(s => !retired.Contains(s.Id)).Select(s => ("docs/diagnostics.md " + s.Id, s.Text)).ToList();
        texts.Add(("docs/schema-language.md", File.ReadAllText(Path.Combine(root, "docs", "schema-language.md"))));
        texts.Add(("README.md", File.ReadAllText(Path.Combine(root, "README.md"))));
        Assert.True(texts.Count > 20);
        foreach (var (where, text) in texts)
        {
            foreach (var id in retired)
            {
                Assert.False(text.Contains(id, StringComparison.Ordinal), $"{where} names the retired diagnostic {id}");
            }

            foreach (var phrase in unsupported)
            {
                Assert.False(text.Contains(phrase, StringComparison.OrdinalIgnoreCase), $"{where} says a feature is '{phrase}'");
            }
        }
    }

    [Fact]
    public void The_retired_ids_are_the_descriptors_no_code_reports()
    {
        var root = RepoRoot();
        var docs = File.ReadAllText(Path.Combine(root, "docs", "diagnostics.md"));
        var source = string.Concat(Directory.GetFiles(Path.Combine(root, "generator"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && !f.EndsWith("DiagnosticDescriptors.cs", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        // The NSD descriptors of data errors are reached through DiagnosticDescriptors.DataByCode,
        // keyed by the data error code: they count as reported when the code looks them up there.
        var reachedThroughDataTable = source.Contains("DiagnosticDescriptors.DataByCode.TryGetValue(", StringComparison.Ordinal);
        var unreported = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor) && !source.Contains("DiagnosticDescriptors." + f.Name, StringComparison.Ordinal)
                        && !(reachedThroughDataTable && DiagnosticDescriptors.DataByCode.Values.Contains((DiagnosticDescriptor)f.GetValue(null)!)))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(RetiredIds(docs).OrderBy(id => id, StringComparer.Ordinal), unreported);
    }

    [Fact]
    public void Every_message_quoted_in_the_docs_fits_its_descriptor()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "diagnostics.md")).ReplaceLineEndings("\n");
        var descriptors = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Id);
        var quoted = Regex.Matches(docs, @"`[^`\n]*?(?:error|warning) (NSG\d{4}): ([^`\n]*)`");
        Assert.True(quoted.Count >= 25);
        // NSG0080 and NSG0081 come from MSBuild and the export tool, not the compiler (docs/export.md).
        var targets = File.ReadAllText(Path.Combine(RepoRoot(), "generator", "build", "NewsSchema.targets"));
        var tool = string.Concat(Directory.GetFiles(Path.Combine(RepoRoot(), "generator", "tool"), "*.cs").Select(File.ReadAllText));
        foreach (Match m in quoted)
        {
            if (!descriptors.ContainsKey(m.Groups[1].Value))
            {
                Assert.True(targets.Contains("Code=\"" + m.Groups[1].Value + "\"", StringComparison.Ordinal) || tool.Contains("error " + m.Groups[1].Value + ": ", StringComparison.Ordinal),
                    $"docs/diagnostics.md quotes {m.Groups[1].Value}, which neither a descriptor, NewsSchema.targets nor the export tool reports");
                continue;
            }

            var format = descriptors[m.Groups[1].Value].MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var pattern = "^" + string.Join("(.*)", Regex.Split(format, @"\{\d\}").Select(Regex.Escape)) + "$";
            Assert.True(Regex.IsMatch(m.Groups[2].Value, pattern, RegexOptions.Singleline), $"docs/diagnostics.md quotes a message that {m.Groups[1].Value} cannot give:\n{m.Groups[2].Value}\nformat: {format}");
        }
    }

    [Fact]
    public void The_guide_has_a_table_row_for_every_type_key_and_field_key()
    {
        var guide = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "schema-language.md")).ReplaceLineEndings("\n");
        var rows = guide.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('|')[1]).ToList();
        foreach (var key in NewsSchema.Generator.Parsing.SchemaParser.TypeKeys.Concat(NewsSchema.Generator.Parsing.SchemaParser.FieldKeys))
        {
            Assert.True(rows.Any(r => Regex.IsMatch(r, "`" + Regex.Escape(key) + "`")), $"docs/schema-language.md has no table row for the key '{key}'");
        }

        foreach (var key in NewsSchema.Generator.Parsing.SchemaParser.TopKeys)
        {
            Assert.Contains("`" + key + ":`", guide, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_guide_says_in_the_family_section_that_the_discriminator_defaults_to_kind_and_how_to_change_it()
    {
        var guide = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "schema-language.md")).ReplaceLineEndings("\n");
        var families = guide.IndexOf("\n## Families", StringComparison.Ordinal);
        var next = guide.IndexOf("\n## ", families + 1, StringComparison.Ordinal);
        Assert.True(families >= 0 && next > families, "the guide has no section '## Families'");
        var section = guide[families..next];
        Assert.Contains("### The discriminator: `kind` by default", section, StringComparison.Ordinal);
        Assert.Contains("discriminator: type", section, StringComparison.Ordinal);
        Assert.Contains("tag: ", section, StringComparison.Ordinal);

        // The example that changes the discriminator is a sound schema.
        var example = Regex.Matches(section, """
            ```yaml
            (.*?)```
            """, RegexOptions.Singleline).Select(m => m.Groups[1].Value).First(t => t.Contains("discriminator: type", StringComparison.Ordinal));
        var (schema, diagnostics) = TestSchemas.Resolve(example);
        Assert.Empty(diagnostics);
        Assert.Contains(schema.Types, t => t.Name == "Candidate" && t.Tag == "person" && t.Discriminator == "type");
    }

    private static string RepoRoot([CallerFilePath] string file = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
