using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsSchema.Generated;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsSchema.Tests.Utf8Yaml;

/// <summary>
/// <see cref="Utf8YamlReader"/> against YamlDotNet's <see cref="Parser"/> (the reference the
/// generated parsers use today): the same events, with the same lines and columns, over every
/// YAML file of the repository's test data, samples, schemas and fuzz corpus, and over mutations
/// of them (fixed seed).
/// </summary>
public class YamlDotNetComparisonTests
{
    private readonly ITestOutputHelper _output;

    public YamlDotNetComparisonTests(ITestOutputHelper output) => _output = output;

    /// <summary>Every *.yaml under the repository's test data, fuzz corpus, samples and schemas.</summary>
    internal static List<(string Name, byte[] Bytes)> CorpusFiles()
    {
        var root = YamlTestSuiteTests.RepositoryRoot();
        var folders = new[] { "tests/NewsSchema.Fuzz/corpus", "tests/NewsSchema.Runtime.Tests/Data", "tests/NewsSchema.Runtime.Tests/Schemas", "tests/NewsSchema.Benchmarks/Model", "samples", "schema" };
        return folders
            .SelectMany(f => Directory.GetFiles(Path.Combine(root, f), "*.yaml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .ToList();
    }

    /// <summary>Events with their start positions, or the error; null error means the whole stream was read.</summary>
    /// <summary>The corpus holds limit tests (an alias bomb); the comparison reads them without limits.</summary>
    private static readonly ParseOptions NoLimits = new() { MaxAliasExpansion = int.MaxValue, MaxDepth = 10_000 };

    private static (List<string> Events, string? Error) Ours(byte[] bytes, ParseOptions? options = null)
    {
        var events = new List<string>();
        try
        {
            var reader = new Utf8YamlReader(bytes, options);
            try
            {
                while (reader.Read())
                {
                    events.Add($"{YamlEventText.Line(ref reader)} @{reader.Line}:{reader.Column}");
                }
            }
            finally
            {
                reader.Dispose();
            }

            return (events, null);
        }
        catch (Utf8YamlException ex)
        {
            return (events, $"{ex.Refusal}: {ex.Message} @{ex.Line}:{ex.Column}");
        }
    }

    private static (List<string> Events, string? Error) Theirs(byte[] bytes)
    {
        var events = new List<string>();
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                events.Add($"{Line(e)} @{e.Start.Line}:{e.Start.Column}");
            }

            return (events, null);
        }
        catch (Exception ex) when (ex is YamlException or DecoderFallbackException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return (events, ex.GetType().Name + ": " + ex.Message);
        }
    }

    private static string Line(ParsingEvent e)
    {
        var text = new StringBuilder();
        switch (e)
        {
            case StreamStart:
                return "+STR";
            case StreamEnd:
                return "-STR";
            case DocumentStart d:
                return d.IsImplicit ? "+DOC" : "+DOC ---";
            case DocumentEnd d:
                return d.IsImplicit ? "-DOC" : "-DOC ...";
            case MappingEnd:
                return "-MAP";
            case SequenceEnd:
                return "-SEQ";
            case AnchorAlias a:
                return "=ALI *" + a.Value.Value;
            case MappingStart m:
                text.Append(m.Style == MappingStyle.Flow ? "+MAP {}" : "+MAP");
                break;
            case SequenceStart s:
                text.Append(s.Style == SequenceStyle.Flow ? "+SEQ []" : "+SEQ");
                break;
            case Scalar:
                text.Append("=VAL");
                break;
        }

        var node = (NodeEvent)e;
        if (!node.Anchor.IsEmpty)
        {
            text.Append(" &").Append(node.Anchor.Value);
        }

        if (!node.Tag.IsEmpty)
        {
            text.Append(" <").Append(node.Tag.IsNonSpecific ? "!" : node.Tag.Value).Append('>');
        }

        if (e is Scalar scalar)
        {
            text.Append(' ').Append(scalar.Style switch
            {
                ScalarStyle.Plain or ScalarStyle.Any => ':',
                ScalarStyle.SingleQuoted => '\'',
                ScalarStyle.DoubleQuoted => '"',
                ScalarStyle.Literal => '|',
                _ => '>',
            });
            YamlEventText.Escape(scalar.Value, text);
        }

        return text.ToString();
    }

    [Fact]
    public void EveryCorpusFileGivesTheSameEventsAndPositions()
    {
        var files = CorpusFiles();
        Assert.True(files.Count >= 40, $"expected the repository's YAML files, found {files.Count}");
        var events = 0;
        var rejected = 0;
        foreach (var (name, bytes) in files)
        {
            var ours = Ours(bytes, NoLimits);
            var theirs = Theirs(bytes);
            if (theirs.Error is not null)
            {
                // A malformed test file (Data/errors/syntax.yaml): rejected by both, the same events before the error.
                Assert.True(ours.Error is not null, $"{name}: YamlDotNet rejects it ({theirs.Error}), we read it");
                var common = Math.Min(ours.Events.Count, theirs.Events.Count);
                Assert.True(theirs.Events.Take(common).SequenceEqual(ours.Events.Take(common)), $"{name}: the events before the error differ");
                rejected++;
                continue;
            }

            Assert.True(ours.Error is null, $"{name}: {ours.Error}");
            Assert.True(theirs.Events.SequenceEqual(ours.Events), $"{name}: the events differ");
            events += ours.Events.Count;
        }

        _output.WriteLine($"{files.Count} files: {files.Count - rejected} read with identical events and positions ({events} events), {rejected} malformed on purpose and rejected by both");
        Assert.Equal(1, rejected); // Data/errors/syntax.yaml
    }

    [Fact]
    public void MutatedCorpusFilesAgreeWithYamlDotNet()
    {
        var seeds = CorpusFiles().Select(f => f.Bytes).ToArray();
        var random = new Random(14);
        string[] inserts = { "[", "{", "]", "}", "&a ", "*a", "*a ", "&a", "!tag ", "!!str ", "\t", "\"", "'", ":", ": ", "- ", "\n", "\r", "\r\n", "#", " #", "|", ">", "|-", ">+", "%", "---\n", "...\n", "\\", "\u00e9", "😀", ",", "  ", "\n  ", "? " };
        var agreed = 0;
        var bothRejected = 0;
        var differences = new List<string>();
        var explained = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < 3000; n++)
        {
            var bytes = seeds[random.Next(seeds.Length)].ToList();
            var edits = 1 + random.Next(3);
            for (var e = 0; e < edits && bytes.Count > 0; e++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(10)));
                        break;
                    case 1:
                        bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40))));
                        break;
                    default:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(inserts[random.Next(inserts.Length)]));
                        break;
                }
            }

            var input = bytes.ToArray();
            var ours = Ours(input);
            var theirs = Theirs(input);
            if (ours.Error is null && theirs.Error is null && ours.Events.SequenceEqual(theirs.Events))
            {
                agreed++;
            }
            else if (ours.Error is not null && theirs.Error is not null)
            {
                bothRejected++;
            }
            else if (ours.Error is not null && theirs.Error is null && Explained(ours.Error, AliasAt(theirs.Events, ours.Events.Count), input) is { } why)
            {
                explained[why] = explained.GetValueOrDefault(why) + 1;
            }
            else if (ours.Error is null && theirs.Error is null && OnlyPairPositionsDiffer(ours.Events, theirs.Events))
            {
                const string pairWhy = "a one-pair mapping inside a flow sequence ([a: b]): YamlDotNet places its start at 1:1";
                explained[pairWhy] = explained.GetValueOrDefault(pairWhy) + 1;
            }
            else if (ours.Error is null && theirs.Error is not null && TheirsWrong(theirs.Error, input) is { } known)
            {
                explained[known] = explained.GetValueOrDefault(known) + 1;
            }
            else
            {
                var first = Enumerable.Range(0, Math.Min(ours.Events.Count, theirs.Events.Count)).FirstOrDefault(i => ours.Events[i] != theirs.Events[i], Math.Min(ours.Events.Count, theirs.Events.Count));
                differences.Add($"input: {Visible(input)}\n  ours:   {ours.Error ?? "ok"} / {(first < ours.Events.Count ? ours.Events[first] : "(end)")}\n  theirs: {theirs.Error ?? "ok"} / {(first < theirs.Events.Count ? theirs.Events[first] : "(end)")}");
            }
        }

        _output.WriteLine($"3000 mutations: {agreed} read identically, {bothRejected} rejected by both, {explained.Values.Sum()} rejected by us only for a documented reason, {differences.Count} differ otherwise");
        foreach (var (why, count) in explained)
        {
            _output.WriteLine($"  {count}: {why}");
        }

        foreach (var d in differences)
        {
            _output.WriteLine(d);
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join("\n", differences.Take(10)));
    }

    /// <summary>
    /// The documented reasons (docs/yaml-reader.md, "Differences from YamlDotNet's Parser") for which
    /// the reader rejects text YamlDotNet's Parser reads; null for anything else (a bug).
    /// </summary>
    private static string? Explained(string error, string? theirAlias, byte[] input)
    {
        if (theirAlias is not null && error.Contains("expected ':' after this key", StringComparison.Ordinal)
            && Encoding.UTF8.GetString(input).Contains("*" + theirAlias + ":", StringComparison.Ordinal))
        {
            return "an alias whose name ends with ':' (YAML 1.2 allows ':' in anchor names; YamlDotNet ends the name there)";
        }

        if (theirAlias is not null && error.Contains("expected a key ('key: value') here", StringComparison.Ordinal))
        {
            return "a second node after an alias value, on the next line (YamlDotNet reads both)";
        }

        if (!error.StartsWith("None:", StringComparison.Ordinal))
        {
            return "a refused form (" + error.Substring(0, error.IndexOf(':', StringComparison.Ordinal)) + ")";
        }

        var reasons = new (string Stem, string Why)[]
        {
            ("ParseOptions.MaxAliasExpansion", "a limit: alias expansion (YamlDotNet's Parser does not expand)"),
            ("names no anchor defined before it", "an alias without an anchor (YamlDotNet's Parser leaves it to its deserializer)"),
            ("a tag must be followed by a space", "a tag with characters YAML 1.2 does not allow in tags ('[', '!', ...)"),
            ("a tag needs a name after its handle", "a tag with characters YAML 1.2 does not allow in tags ('[', '!', ...)"),
            ("cannot start a value here", "a plain scalar that starts with an indicator ('|', '>', ...) in a flow collection"),
            ("must be indented more than the block around it", "flow content or a quoted line not indented more than its block"),
            ("a comment needs a space before '#'", "a '#' glued to the end of a flow collection or quoted scalar (YAML 1.2 needs a space before a comment; YamlDotNet reads a comment)"),
        };
        foreach (var (stem, why) in reasons)
        {
            if (error.Contains(stem, StringComparison.Ordinal))
            {
                return why;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the two event streams differ only in the position of flow mappings that YamlDotNet
    /// puts at 1:1 (the implicit one-pair mappings of a flow sequence).
    /// </summary>
    private static bool OnlyPairPositionsDiffer(List<string> ours, List<string> theirs)
    {
        if (ours.Count != theirs.Count)
        {
            return false;
        }

        var any = false;
        for (var i = 0; i < ours.Count; i++)
        {
            if (ours[i] == theirs[i])
            {
                continue;
            }

            if (!theirs[i].StartsWith("+MAP {}", StringComparison.Ordinal) || !theirs[i].EndsWith(" @1:1", StringComparison.Ordinal)
                || !ours[i].StartsWith("+MAP {}", StringComparison.Ordinal)
                || ours[i].Substring(0, ours[i].LastIndexOf(" @", StringComparison.Ordinal)) != theirs[i].Substring(0, theirs[i].LastIndexOf(" @", StringComparison.Ordinal)))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    /// <summary>
    /// The documented cases (docs/yaml-reader.md) where YamlDotNet's Parser rejects valid YAML that the
    /// reader reads as the yaml-test-suite expects; null for anything else (a bug).
    /// </summary>
    private static string? TheirsWrong(string error, byte[] input)
    {
        if (error.Contains("did not find expected ',' or '}'", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.IsMatch(Encoding.UTF8.GetString(input), @"\{[^{}\[\]]*\n[ ]*:"))
        {
            return "a flow-mapping key with its ':' on the next line (valid YAML, yaml-test-suite 4MUZ; YamlDotNet rejects it)";
        }

        return null;
    }

    /// <summary>The alias name of YamlDotNet's event where our events stopped, if that event is an alias.</summary>
    private static string? AliasAt(List<string> theirs, int index)
    {
        if (index >= theirs.Count || !theirs[index].StartsWith("=ALI *", StringComparison.Ordinal))
        {
            return null;
        }

        var text = theirs[index].Substring(6);
        return text.Substring(0, text.LastIndexOf(" @", StringComparison.Ordinal));
    }

    private static string Visible(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input).Replace("\n", "↵").Replace("\t", "»").Replace("\r", "←");
        return text.Length > 300 ? text.Substring(0, 300) + "…" : text;
    }
}
