using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using NewsSchema.Tests.Family;
using NewsSchema.Tests.Model;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Tests;

/// <summary>
/// Issue 9: at least 10,000 mutated documents (fixed seeds) through each data entry point, YAML and
/// JSON, for a single type (<see cref="Sample"/>), a family (<see cref="Party"/>) and the catalog
/// (<see cref="TestCatalog"/>). ParseX returns only DataErrors, Validate() on a successful parse
/// and the writers do not throw, and no input takes longer than <see cref="MaxMillisecondsPerInput"/>.
/// Each test prints its figures (copied into docs/security.md).
/// </summary>
public class HostileFuzzTests
{
    /// <summary>Cases per target.</summary>
    public const int Cases = 10_000;

    /// <summary>The bound on one input (parse, validate, write), generous for a loaded CI machine.</summary>
    public const int MaxMillisecondsPerInput = 1000;

    private static readonly HashSet<string> KnownCodes = typeof(DataErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToHashSet(StringComparer.Ordinal);

    private readonly ITestOutputHelper _output;

    public HostileFuzzTests(ITestOutputHelper output) => _output = output;

    // ---- seeds -------------------------------------------------------------------------------

    private static readonly string[] SampleYamlSeeds =
    {
        SampleDocuments.ValidYaml,
        """
            id: a
            title: &t T
            legacy: *t
            tags: &l [a, b]
            owners: *l

            """,
        """
            # comment
            ---
            id: "quoted"
            title: 'single ''q'''
            tags:
              - |
                block
                text
              - >
                folded
                text
            scores:
              ? complex
              : 2
            ...

            """,
        "{id: a, title: T, grid: [[1, 2], []], points: [{lat: -90, lon: 180}], color: deep-blue}",
        """
            id: a
            title: !!str 12
            count: !!int 4
            flag: !!bool true
            tags: !!seq [a]
            scores: !!map {a: 1}
            ratio: .inf

            """,
    };

    private static readonly string[] PartyYamlSeeds =
    {
        """
            type: human
            id: ann
            name: Ann
            born: 2001-02-03
            employer: acme
            aka: [A, B]

            """,
        """
            id: acme
            name: Acme
            type: firm
            revenue: 10.5
            members: [ann, bob]

            """,
        "{type: club, id: chess, name: Chess, members: [ann, acme], aka: []}",
        """
            name: Nobody
            id: x

            """,
        """
            type: human
            id: ann
            name: Ann
            type: firm

            """,
    };

    private static readonly string[] CatalogYamlSeeds =
    {
        """
            owners:
              - id: o
                name: O
              - id: p
                name: P
            parties:
              - { type: human, id: ann, name: Ann, employer: acme }
              - { type: firm, id: acme, name: Acme, members: [ann] }
            samples:
              - id: a
                title: T
                owner: o
                owners: [o, p]
                point: {lat: 1, lon: 2}

            """,
        """
            samples:
              - id: a
                title: T
              - id: a
                title: Dup
                owner: ghost

            """,
        """
            parties:
              - type: club
                id: chess
                name: Chess
                members: [ann, chess]
              - type: human
                id: ann
                name: Ann
                employer: chess
            owners: []

            """,
        """
            owners: &o
              - id: o
                name: O
            samples: []

            """,
    };

    // Tokens worth inserting: YAML and JSON syntax, anchors, tags, odd characters and numbers.
    private static readonly string[] Tokens =
    {
        "[", "{", "]", "}", "&a ", "*a", "*a ", "&a", "!tag ", "!!python/object:os.system ", "!System.Diagnostics.Process ", "!<tag:yaml.org,2002:js/function> ",
        "!!binary ", "!!timestamp ", "!!float ", "!!null ", "\t", "\"", "'", ":", ": ", "- ", "\n", "\r", "\r\n", "#", "?", "? ", "|", "|-", ">+", "%", "%YAML 1.1\n", "---\n", "...\n",
        "\\", "\\u0000", "\\uD800", "\\x00", "\u00e9", "😀", "\uFEFF", "\0", "\u0085", "\u2028", ",", "null", "~", "true", "NO", "1e999", "-0", "0x1F", "9223372036854775808",
        "79228162514264337593543950336", "2026-02-30", "2026-01-24T25:00:00Z", "NaN", ".nan", "-.inf", "<<: ", "<<: *a", "\"\\u", "'''", "\ud83d", "type", "id", "type: firm\n", "type: human\n",
    };

    // ---- the six targets ---------------------------------------------------------------------

    [Fact]
    public void Sample_yaml_survives_mutation()
        => Run("Sample.ParseYaml", SampleYamlSeeds, 901, yaml: true, Grammar.SampleKeys, Sample.ParseYaml, Sample.ParseYaml, r => r.Value!.Validate(r.Positions), s => Writers(s.ToYaml(), s.ToJson()));

    [Fact]
    public void Sample_json_survives_mutation()
        => Run("Sample.ParseJson", JsonSeeds(SampleYamlSeeds, Sample.ParseYaml, s => s.ToJson()), 902, yaml: false, Grammar.SampleKeys, Sample.ParseJson, Sample.ParseJson, r => r.Value!.Validate(r.Positions), s => Writers(s.ToYaml(), s.ToJson()));

    [Fact]
    public void Party_yaml_survives_mutation()
        => Run("Party.ParseYaml", PartyYamlSeeds, 903, yaml: true, Grammar.PartyKeys, Party.ParseYaml, Party.ParseYaml, r => r.Value!.Validate(r.Positions), p => Writers(p.ToYaml(), p.ToJson()));

    [Fact]
    public void Party_json_survives_mutation()
        => Run("Party.ParseJson", JsonSeeds(PartyYamlSeeds, Party.ParseYaml, p => p.ToJson()), 904, yaml: false, Grammar.PartyKeys, Party.ParseJson, Party.ParseJson, r => r.Value!.Validate(r.Positions), p => Writers(p.ToYaml(), p.ToJson()));

    [Fact]
    public void Catalog_yaml_survives_mutation()
        => Run("TestCatalog.ParseYaml", CatalogYamlSeeds, 905, yaml: true, Grammar.CatalogKeys, TestCatalog.ParseYaml, TestCatalog.ParseYaml, r => r.Value!.Validate(), c => Writers(c.ToYaml(), c.ToJson()));

    [Fact]
    public void Catalog_json_survives_mutation()
        => Run("TestCatalog.ParseJson", JsonSeeds(CatalogYamlSeeds, TestCatalog.ParseYaml, c => c.ToJson()), 906, yaml: false, Grammar.CatalogKeys, TestCatalog.ParseJson, TestCatalog.ParseJson, r => r.Value!.Validate(), c => Writers(c.ToYaml(), c.ToJson()));

    private delegate ParseResult<T> ParseBytes<T>(ReadOnlySpan<byte> utf8, string? source, ParseOptions? options);

    private delegate ParseResult<T> ParseText<T>(string text, string? source, ParseOptions? options);

    private static int Writers(string yaml, string json) => yaml.Length + json.Length;

    private static string[] JsonSeeds<T>(string[] yamlSeeds, ParseText<T> parse, Func<T, string> toJson)
    {
        var seeds = yamlSeeds.Select(y => parse(y, null, null)).Where(r => r.IsSuccess).Select(r => toJson(r.Value!)).ToList();
        Assert.True(seeds.Count >= 2, "too few seeds parse");
        return seeds.ToArray();
    }

    private void Run<T>(
        string name,
        string[] seeds,
        int seed,
        bool yaml,
        string[] keys,
        ParseBytes<T> parseBytes,
        ParseText<T> parseText,
        Func<ParseResult<T>, ValidationResult> validate,
        Func<T, int> write)
    {
        var random = new Random(seed);
        var grammar = new Grammar(random, keys);
        var seedBytes = seeds.Select(Encoding.UTF8.GetBytes).ToArray();
        var stats = new Stats();

        // Warm up (JIT) on the seeds, so the per-input maximum measures inputs, not compilation.
        foreach (var bytes in seedBytes)
        {
            var warm = parseBytes(bytes, "fuzz", null);
            _ = parseText(Encoding.UTF8.GetString(bytes), "fuzz", null);
            if (warm.IsSuccess)
            {
                validate(warm);
                write(warm.Value!);
            }
        }

        var total = Stopwatch.StartNew();
        for (var n = 0; n < Cases; n++)
        {
            // Four in five inputs mutate a seed; the rest are built from a small grammar (then maybe mutated).
            byte[] input;
            if (n % 5 == 4)
            {
                var text = yaml ? grammar.Yaml() : grammar.Json();
                input = Encoding.UTF8.GetBytes(text);
                if (random.Next(2) == 0)
                {
                    input = Mutator.Mutate(random, input, seedBytes);
                }
            }
            else
            {
                input = Mutator.Mutate(random, seedBytes[random.Next(seedBytes.Length)], seedBytes);
            }

            var start = Stopwatch.GetTimestamp();
            try
            {
                // Alternate the entry points: UTF-8 bytes, and text (decoded as a caller would).
                var result = n % 2 == 0 ? parseBytes(input, "fuzz", null) : parseText(Encoding.UTF8.GetString(input), "fuzz", null);
                Check(result);
                if (result.IsSuccess)
                {
                    stats.Succeeded++;
                    var validation = validate(result);
                    stats.Invalid += validation.IsValid ? 0 : 1;
                    foreach (var error in validation.Errors)
                    {
                        Assert.Contains(error.Code, KnownCodes);
                    }

                    write(result.Value!);
                }
                else
                {
                    stats.Failed++;
                }
            }
            catch (Exception ex)
            {
                Assert.Fail($"{name} case {n} threw {ex.GetType().Name}: {ex.Message}\ninput (base64): {Convert.ToBase64String(input)}\n{ex}");
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > stats.Max)
            {
                stats.Max = elapsed;
                stats.Slowest = input;
            }
        }

        total.Stop();
        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}: {Cases} cases ({stats.Succeeded} parsed, {stats.Invalid} of them invalid; {stats.Failed} DataError results), 0 exceptions, max {stats.Max.TotalMilliseconds:0.0} ms per input, total {total.Elapsed.TotalSeconds:0.0} s"));
        Assert.True(
            stats.Max.TotalMilliseconds < MaxMillisecondsPerInput,
            $"{name}: the slowest input took {stats.Max.TotalMilliseconds:0} ms (base64): {Convert.ToBase64String(stats.Slowest ?? Array.Empty<byte>())}");
        Assert.True(stats.Succeeded > Cases / 100, $"{name}: only {stats.Succeeded} inputs parsed; the fuzzer is not reaching the readers");
    }

    private static void Check<T>(ParseResult<T> result)
    {
        Assert.Equal(result.IsSuccess, result.Errors.Count == 0);
        Assert.Equal(result.IsSuccess, result.Value is not null);
        foreach (var error in result.Errors)
        {
            Assert.Contains(error.Code, KnownCodes);
            Assert.NotNull(error.Path);
            Assert.False(string.IsNullOrEmpty(error.Message));
            Assert.Equal("fuzz", error.Source);
            Assert.True(error.Line >= 0 && error.Column >= 0);
        }

        Assert.True(result.Errors.Count <= ParseOptions.Default.MaxErrors + 1, "more errors than MaxErrors + the limit error");
    }

    private sealed class Stats
    {
        public int Succeeded;
        public int Invalid;
        public int Failed;
        public TimeSpan Max;
        public byte[]? Slowest;
    }

    /// <summary>Byte-level mutations of a document: flips, replacements, insertions, deletions, truncations, duplicated and swapped lines, splices.</summary>
    internal static class Mutator
    {
        public static byte[] Mutate(Random random, byte[] original, byte[][] others)
        {
            var bytes = original.ToList();
            var edits = random.Next(3) == 0 ? 2 + random.Next(4) : 1;
            for (var e = 0; e < edits; e++)
            {
                var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
                switch (random.Next(11))
                {
                    case 0:
                        bytes.RemoveRange(at, bytes.Count - at); // truncation
                        break;
                    case 1 when bytes.Count > 0:
                        bytes[at] ^= (byte)(1 << random.Next(8)); // bit flip
                        break;
                    case 2 when bytes.Count > 0:
                        bytes[at] = (byte)random.Next(256);
                        break;
                    case 3:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(12)));
                        break;
                    case 4:
                        bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + random.Next(40))));
                        break;
                    case 5:
                    case 6:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                        break;
                    case 7:
                        DuplicateLine(random, bytes);
                        break;
                    case 8:
                        IndentLine(random, bytes);
                        break;
                    case 9:
                        var other = others[random.Next(others.Length)];
                        var from = random.Next(other.Length);
                        bytes.InsertRange(at, other.Skip(from).Take(1 + random.Next(60)));
                        break;
                    default:
                        // Repeat a short run many times: long scalars, deep brackets, many keys.
                        var run = bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + random.Next(4)));
                        var times = 1 + random.Next(200);
                        var repeated = new List<byte>(run.Count * times);
                        for (var t = 0; t < times; t++)
                        {
                            repeated.AddRange(run);
                        }

                        bytes.InsertRange(at, repeated);
                        break;
                }
            }

            return bytes.ToArray();
        }

        private static List<(int Start, int Length)> Lines(List<byte> bytes)
        {
            var lines = new List<(int, int)>();
            var start = 0;
            for (var i = 0; i < bytes.Count; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    lines.Add((start, i + 1 - start));
                    start = i + 1;
                }
            }

            if (start < bytes.Count)
            {
                lines.Add((start, bytes.Count - start));
            }

            return lines;
        }

        private static void DuplicateLine(Random random, List<byte> bytes)
        {
            var lines = Lines(bytes);
            if (lines.Count == 0)
            {
                return;
            }

            var (start, length) = lines[random.Next(lines.Count)];
            var (target, _) = lines[random.Next(lines.Count)];
            bytes.InsertRange(target, bytes.GetRange(start, length));
        }

        private static void IndentLine(Random random, List<byte> bytes)
        {
            var lines = Lines(bytes);
            if (lines.Count == 0)
            {
                return;
            }

            var (start, length) = lines[random.Next(lines.Count)];
            if (random.Next(2) == 0 || length == 0 || bytes[start] != (byte)' ')
            {
                bytes.InsertRange(start, Enumerable.Repeat((byte)' ', 1 + random.Next(4)));
            }
            else
            {
                bytes.RemoveAt(start);
            }
        }
    }

    /// <summary>Random, mostly well-formed YAML and JSON over the type's own keys, so the readers get past the syntax.</summary>
    internal sealed class Grammar
    {
        public static readonly string[] SampleKeys =
        {
            "id", "title", "count", "big", "ratio", "amount", "flag", "day", "moment", "link", "color", "point", "owner", "tags", "scores",
            "points", "grid", "owners", "level", "mood", "renamed", "oldName", "legacy-name", "legacy", "lat", "lon",
        };

        public static readonly string[] PartyKeys = { "type", "id", "name", "aka", "born", "employer", "members", "revenue" };

        public static readonly string[] CatalogKeys = { "owners", "parties", "samples", "id", "name", "type", "title", "owner", "members", "employer", "point", "lat", "lon" };

        private static readonly string[] Scalars =
        {
            "a", "ann", "acme", "o", "T", "", "0", "1", "-1", "3", "2147483648", "-9223372036854775809", "1.5", "1e308", "1e-400", "-0.0", "0.1",
            "true", "false", "yes", "NO", "null", "~", "2026-01-24", "2026-13-01", "2026-01-24T10:00:00Z", "2026-01-24T10:00:00+14:01", "https://example.org/",
            "not a uri", "red", "deep-blue", "human", "firm", "club", "Human", "Party", "Shape", ".inf", "-.Inf", ".NaN", "0o17", "0x1f", "+12", "1_000",
            "79228162514264337593543950335.5", "é", "😀", "\u0085", "a b",
        };

        private readonly Random _random;
        private readonly string[] _keys;

        public Grammar(Random random, string[] keys)
        {
            _random = random;
            _keys = keys;
        }

        private string Key() => _random.Next(12) == 0 ? Scalars[_random.Next(Scalars.Length)] : _keys[_random.Next(_keys.Length)];

        private string Scalar()
        {
            var s = Scalars[_random.Next(Scalars.Length)];
            return _random.Next(6) switch
            {
                0 => "\"" + s + "\"",
                1 => "'" + s + "'",
                _ => s.Length == 0 || s.Contains(' ', StringComparison.Ordinal) ? "\"" + s + "\"" : s,
            };
        }

        public string Yaml()
        {
            var builder = new StringBuilder();
            if (_random.Next(10) == 0)
            {
                builder.Append("---\n");
            }

            BlockMapping(builder, 0, 0);
            return builder.ToString();
        }

        private void BlockMapping(StringBuilder builder, int indent, int depth)
        {
            var count = 1 + _random.Next(6);
            for (var i = 0; i < count; i++)
            {
                builder.Append(' ', indent).Append(Key()).Append(':');
                BlockValue(builder, indent, depth);
            }
        }

        private void BlockValue(StringBuilder builder, int indent, int depth)
        {
            switch (depth > 4 ? 0 : _random.Next(7))
            {
                case 0:
                case 1:
                    builder.Append(' ').Append(Prefix()).Append(Scalar()).Append('\n');
                    break;
                case 2:
                    builder.Append(' ').Append(Prefix()).Append(Flow(depth + 1)).Append('\n');
                    break;
                case 3:
                    builder.Append('\n');
                    BlockMapping(builder, indent + 2, depth + 1);
                    break;
                case 4:
                    builder.Append('\n');
                    var items = _random.Next(4);
                    for (var i = 0; i < items; i++)
                    {
                        builder.Append(' ', indent + 2).Append("- ");
                        if (_random.Next(2) == 0)
                        {
                            builder.Append(Scalar()).Append('\n');
                        }
                        else
                        {
                            builder.Append(Key()).Append(": ").Append(Scalar()).Append('\n');
                            builder.Append(' ', indent + 4).Append(Key()).Append(':');
                            BlockValue(builder, indent + 4, depth + 2);
                        }
                    }

                    break;
                case 5:
                    builder.Append(" *a\n");
                    break;
                default:
                    builder.Append(" |\n").Append(' ', indent + 2).Append(Scalars[_random.Next(Scalars.Length)]).Append('\n');
                    break;
            }
        }

        private string Prefix() => _random.Next(8) switch
        {
            0 => "&a ",
            1 => new[] { "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!foo ", "!!python/object:os.system " }[_random.Next(7)],
            _ => string.Empty,
        };

        private string Flow(int depth)
        {
            if (depth > 5 || _random.Next(3) == 0)
            {
                return Scalar();
            }

            var count = _random.Next(4);
            if (_random.Next(2) == 0)
            {
                return "[" + string.Join(", ", Enumerable.Range(0, count).Select(_ => Flow(depth + 1))) + "]";
            }

            return "{" + string.Join(", ", Enumerable.Range(0, count).Select(_ => Key() + ": " + Flow(depth + 1))) + "}";
        }

        public string Json() => JsonObject(0);

        private string JsonObject(int depth)
            => "{" + string.Join(", ", Enumerable.Range(0, 1 + _random.Next(6)).Select(_ => Quote(Key()) + ": " + JsonValue(depth + 1))) + "}";

        private string JsonValue(int depth)
        {
            switch (depth > 5 ? _random.Next(2) : _random.Next(6))
            {
                case 0:
                    return Quote(Scalars[_random.Next(Scalars.Length)]);
                case 1:
                    return new[] { "0", "1", "-1", "1.5", "1e400", "-0", "2147483648", "9223372036854775808", "true", "false", "null", "0.1e-5" }[_random.Next(12)];
                case 2:
                case 3:
                    return "[" + string.Join(", ", Enumerable.Range(0, _random.Next(4)).Select(_ => JsonValue(depth + 1))) + "]";
                default:
                    return JsonObject(depth);
            }
        }

        private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
