using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NewsSchema.Generated;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace NewsSchema.Tests.Utf8Yaml;

/// <summary>
/// Every case of the official yaml-test-suite (<c>../shared/data/yaml-test-suite/src/*.yaml</c>
/// from the repository root) through <see cref="Utf8YamlReader"/>: a valid case gives exactly the
/// suite's event tree, or is refused with a located error for one of the forms on the documented
/// list (<see cref="Utf8YamlRefusal"/>, docs/yaml-reader.md); every <c>fail: true</c> case is
/// rejected with a located error. Prints the pass, refuse and fail counts.
/// </summary>
public class YamlTestSuiteTests
{
    // The counts of this suite version (commit ccfa74e5): a change in the reader that moves a case
    // from passing to refused (or back) must show here.
    private const int ExpectedCases = 406;
    private const int ExpectedPassed = 285;
    private const int ExpectedRefused = 26;

    private readonly ITestOutputHelper _output;

    public YamlTestSuiteTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Cases the suite marks <c>skip: true</c> ("valid according to the 1.2 productions but not at all
    /// usefully valid ... we'll likely make them invalid later") that the reader rejects: a %YAML
    /// directive with a second version number, which H7TQ ("Extra words on %YAML directive") must
    /// reject. The other skip cases must give their events like any valid case.
    /// </summary>
    private static readonly string[] SuiteSkippedAndRejected = { "ZYU8/02" };

    internal sealed record SuiteCase(string Id, string Name, string Yaml, string? Tree, bool Fail, bool Skip);

    [Fact]
    public void EveryCaseGivesTheSuiteEventsOrIsRefusedOrRejected()
    {
        var cases = LoadCases();
        var passed = 0;
        var refused = new List<string>();
        var rejected = 0;
        var skippedRejected = 0;
        var failures = new List<string>();
        foreach (var test in cases)
        {
            var bytes = Encoding.UTF8.GetBytes(test.Yaml);
            List<string>? events = null;
            Utf8YamlException? error = null;
            try
            {
                events = YamlEventText.Events(bytes);
            }
            catch (Utf8YamlException ex)
            {
                error = ex;
            }
            catch (Exception ex)
            {
                failures.Add($"{test.Id} ({test.Name}): crashed with {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            if (error is not null && (error.Line < 1 || error.Column < 1 || error.Offset < 0 || error.Offset > bytes.Length))
            {
                failures.Add($"{test.Id} ({test.Name}): error without a valid position: {error.Message} ({error.Line},{error.Column})");
                continue;
            }

            if (test.Skip && SuiteSkippedAndRejected.Contains(test.Id))
            {
                if (error is null || error.Refusal != Utf8YamlRefusal.None)
                {
                    failures.Add($"{test.Id} ({test.Name}): a skip case this test expects to be rejected as malformed, but it was not");
                }
                else
                {
                    skippedRejected++;
                }

                continue;
            }

            if (test.Fail)
            {
                if (error is null)
                {
                    failures.Add($"{test.Id} ({test.Name}): must be rejected, but was read as:\n    {string.Join("\n    ", events!)}");
                }
                else
                {
                    rejected++;
                }

                continue;
            }

            if (error is not null)
            {
                if (error.Refusal == Utf8YamlRefusal.None)
                {
                    failures.Add($"{test.Id} ({test.Name}): valid YAML rejected at ({error.Line},{error.Column}): {error.Message}\n    {Visible(test.Yaml)}");
                }
                else
                {
                    refused.Add($"{test.Id}: {error.Refusal}");
                }

                continue;
            }

            var expected = test.Tree!.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimStart(' ')).ToList();
            if (expected.SequenceEqual(events!))
            {
                passed++;
            }
            else
            {
                failures.Add($"{test.Id} ({test.Name}): events differ\n    yaml: {Visible(test.Yaml)}\n    expected: {string.Join(" | ", expected)}\n    actual:   {string.Join(" | ", events!)}");
            }
        }

        var valid = cases.Count(c => !c.Fail);
        _output.WriteLine($"yaml-test-suite: {cases.Count} cases ({valid} valid, {cases.Count - valid} fail: true)");
        _output.WriteLine($"  pass: {passed} (exact events), refuse: {refused.Count} (documented forms), fail: {failures.Count}; fail: true cases rejected: {rejected}; skip: true cases rejected: {skippedRejected} ({string.Join(", ", SuiteSkippedAndRejected)})");
        foreach (var group in refused.GroupBy(r => r.Substring(r.IndexOf(':') + 2)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _output.WriteLine($"  refused for {group.Key}: {group.Count()} ({string.Join(", ", group.Select(r => r.Substring(0, r.IndexOf(':'))))})");
        }

        foreach (var failure in failures)
        {
            _output.WriteLine("FAIL " + failure);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} yaml-test-suite cases fail:\n" + string.Join("\n", failures));
        Assert.Equal(ExpectedCases, cases.Count);
        Assert.Equal(ExpectedPassed, passed);
        Assert.Equal(ExpectedRefused, refused.Count);
    }

    private static string Visible(string yaml) => yaml.Replace("\n", "↵").Replace("\t", "»").Replace("\r", "←");

    /// <summary>The suite's directory: <c>../shared/data/yaml-test-suite</c> from the repository root (or from an ancestor of it, for a git worktree).</summary>
    internal static string SuiteDirectory()
    {
        var root = RepositoryRoot();
        var tried = new List<string>();
        for (var dir = Directory.GetParent(root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "yaml-test-suite", "src");
            tried.Add(candidate);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The yaml-test-suite is missing: expected its src/ directory at ../shared/data/yaml-test-suite/src from the repository root " + root + ". Looked in: " + string.Join(", ", tried));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Toolkit.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// The cases: each file is a list; an entry without <c>yaml</c> or <c>tree</c> takes them from
    /// the entry before it (as the suite's own data generator does); <c>fail</c> is never inherited,
    /// <c>skip</c> holds for the rest of its file.
    /// </summary>
    internal static List<SuiteCase> LoadCases()
    {
        var files = Directory.GetFiles(SuiteDirectory(), "*.yaml").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var cases = new List<SuiteCase>();
        foreach (var file in files)
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file, Encoding.UTF8))
            {
                stream.Load(reader);
            }

            var list = (YamlSequenceNode)stream.Documents[0].RootNode;
            var id = Path.GetFileNameWithoutExtension(file);
            string? name = null, yaml = null, tree = null;
            var skip = false;
            var index = 0;
            foreach (var node in list.Children.Cast<YamlMappingNode>())
            {
                string? Field(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? ((YamlScalarNode)v).Value : null;
                name = Field("name") ?? name;
                yaml = Field("yaml") ?? yaml;
                tree = Field("tree") ?? tree;
                var fail = Field("fail") == "true";
                skip |= Field("skip") == "true";
                var caseId = list.Children.Count > 1 ? $"{id}/{index:00}" : id;
                cases.Add(new SuiteCase(caseId, name ?? id, Decode(yaml!), fail ? null : tree!.Replace("␣", " "), fail, skip));
                index++;
            }
        }

        return cases;
    }

    /// <summary>The suite's visible whitespace (ReadMe.md): ␣ space, —*» tab, ↵ newline shown, ∎ no final newline, ← CR, ⇔ BOM.</summary>
    internal static string Decode(string yaml)
    {
        var text = yaml.Replace("␣", " ");
        text = Regex.Replace(text, "—*»", "\t");
        text = text.Replace("↵", string.Empty).Replace("←", "\r").Replace("⇔", "\uFEFF");
        text = text.Replace("∎\n", string.Empty);
        return text;
    }
}
