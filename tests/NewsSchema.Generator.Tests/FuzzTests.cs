using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsSchema.Generator.Model;
using NewsSchema.Testing;
using NewsSchema.Generator.Parsing;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// Issue 9: at least 10,000 mutated schema texts (fixed seed) through <see cref="SchemaParser"/> and
/// <see cref="SchemaResolver"/>, and a deterministic sample of them through the whole generator
/// driver (emitters included; nothing is compiled). Never an exception (nor the NSG0025 a caught
/// one becomes), never CS8785 or AD0001, and every rejected input carries an NSG diagnostic at a
/// real place in the file. The tests print their figures (copied into docs/security.md).
/// </summary>
public class FuzzTests
{
    public const int Cases = 10_000;
    public const int DriverSample = 500;
    public const int MaxMillisecondsPerInput = 1000;

    private const string SchemaPath = "/fuzz/input.schema.yaml";
    private static readonly GeneratorOptions Options = new("TestProject", "FuzzCatalog");

    private readonly ITestOutputHelper _output;

    public FuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Parser_and_resolver_survive_mutated_schemas()
    {
        var inputs = Inputs().ToList();
        Assert.True(inputs.Count >= Cases);

        // Warm up (JIT) on the seeds so the maximum measures inputs.
        foreach (var seed in Seeds())
        {
            ParseAndResolve(seed);
        }

        var rejected = 0;
        var types = 0;
        var max = TimeSpan.Zero;
        var slowest = string.Empty;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < inputs.Count; i++)
        {
            var text = inputs[i];
            var start = Stopwatch.GetTimestamp();
            ResolvedSchema schema;
            ImmutableArray<DiagnosticInfo> diagnostics;
            try
            {
                (schema, diagnostics) = ParseAndResolve(text);
            }
            catch (Exception ex)
            {
                Assert.Fail($"input #{i} threw {ex.GetType().Name}: {ex.Message}\n{Show(text)}\n{ex}");
                return;
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > max)
            {
                (max, slowest) = (elapsed, text);
            }

            var ids = diagnostics.Select(d => d.Descriptor.Id).ToList();
            Assert.False(ids.Contains("NSG0025"), $"input #{i}: an internal error (a caught exception): {string.Join("; ", diagnostics.Select(d => string.Join(", ", d.MessageArgs)))}\n{Show(text)}");
            var lines = 1 + text.Count(c => c == '\n');
            foreach (var diagnostic in diagnostics)
            {
                AssertRealLocation(i, text, lines, diagnostic.Descriptor.Id, diagnostic.Location);
            }

            var isRejected = schema.Types.Count == 0 || diagnostics.Any(d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
            if (isRejected)
            {
                rejected++;
                Assert.True(diagnostics.Any(d => d.Descriptor.Id.StartsWith("NSG", StringComparison.Ordinal) && d.Location is not null), $"input #{i} was rejected without a located NSG diagnostic\n{Show(text)}");
            }

            types += schema.Types.Count;
        }

        total.Stop();
        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"SchemaParser+SchemaResolver: {inputs.Count} cases ({inputs.Count - rejected} accepted, {rejected} rejected with a located NSG diagnostic; {types} types modelled), 0 exceptions, max {max.TotalMilliseconds:0.0} ms per input, total {total.Elapsed.TotalSeconds:0.0} s"));
        Assert.True(max.TotalMilliseconds < MaxMillisecondsPerInput, $"the slowest input took {max.TotalMilliseconds:0} ms\n{Show(slowest)}");
        Assert.True(rejected < inputs.Count && rejected > 0, "the fuzzer should reach both outcomes");
    }

    [Fact]
    public void Whole_generator_survives_a_sample_of_mutated_schemas()
    {
        var inputs = Inputs().ToList();
        var random = new Random(77);
        var sample = Enumerable.Range(0, DriverSample).Select(_ => inputs[random.Next(inputs.Count)]).ToList();
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode);
        var properties = new TestAnalyzerConfigOptionsProvider(GeneratorHarness.DefaultProperties);

        RunDriver(compilation, properties, TestSchemas.Meeting); // warm-up
        var max = TimeSpan.Zero;
        var slowest = string.Empty;
        var sources = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < sample.Count; i++)
        {
            var text = sample[i];
            var start = Stopwatch.GetTimestamp();
            var (result, diagnostics) = RunDriver(compilation, properties, text);
            var elapsed = Stopwatch.GetElapsedTime(start);
            if (elapsed > max)
            {
                (max, slowest) = (elapsed, text);
            }

            Assert.True(result.Exception is null, $"sample #{i} threw {result.Exception}\n{Show(text)}");
            var bad = diagnostics.Where(d => d.Id is "CS8785" or "AD0001" or "NSG0025").ToList();
            Assert.True(bad.Count == 0, $"sample #{i}: {string.Join("\n", bad)}\n{Show(text)}");
            foreach (var d in diagnostics.Where(d => d.Id.StartsWith("NSG", StringComparison.Ordinal)))
            {
                Assert.True(d.Location.Kind == LocationKind.ExternalFile && d.Location.GetLineSpan().Path == SchemaPath, $"sample #{i}: {d} has no file location\n{Show(text)}");
                Assert.True(d.Location.SourceSpan.End <= text.Length, $"sample #{i}: {d} points past the end\n{Show(text)}");
            }

            var rejected = result.GeneratedSources.Length == 0 || diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (rejected)
            {
                Assert.Contains(diagnostics, d => d.Id.StartsWith("NSG", StringComparison.Ordinal) && d.Location.Kind == LocationKind.ExternalFile);
            }

            sources += result.GeneratedSources.Length;
        }

        total.Stop();
        _output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"CSharpGeneratorDriver (parse, resolve, emit): {sample.Count} cases ({sources} sources generated), 0 exceptions, no CS8785/AD0001/NSG0025, max {max.TotalMilliseconds:0.0} ms per input, total {total.Elapsed.TotalSeconds:0.0} s"));
        Assert.True(max.TotalMilliseconds < MaxMillisecondsPerInput * 2, $"the slowest input took {max.TotalMilliseconds:0} ms\n{Show(slowest)}");
    }

    public const int CompiledSample = 300;

    /// <summary>
    /// A schema the generator accepts must compile: schemas from the grammar (drawing also the names
    /// the generator writes itself: members, id and extension types, the catalog) go through the whole
    /// generator, and each one it accepts with no NSG error is compiled with its generated code, at
    /// least <see cref="CompiledSample"/> per run, with zero C# errors.
    /// </summary>
    [Fact]
    public void Accepted_schemas_compile_with_zero_errors()
    {
        var random = new Random(20261201);
        var grammar = new ValidGrammar(random);
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode);
        var properties = new TestAnalyzerConfigOptionsProvider(GeneratorHarness.DefaultProperties);
        var accepted = new List<(string Path, string Text)>();
        var tried = 0;
        var collisions = 0;
        while (accepted.Count < CompiledSample && tried < 40 * CompiledSample)
        {
            // Each schema's type names carry its number, so accepted ones can be compiled together.
            tried++;
            var text = grammar.Schema("N" + tried.ToString(CultureInfo.InvariantCulture));
            var path = "/fuzz/s" + tried.ToString(CultureInfo.InvariantCulture) + ".schema.yaml";
            var (result, diagnostics, _) = Drive(compilation, properties, (path, text));
            Assert.True(result.Exception is null, $"schema #{tried} threw {result.Exception}\n{Show(text)}");
            if (diagnostics.Any(d => d.Id is "NSG0011" or "NSG0022"))
            {
                collisions++;
            }

            if (result.GeneratedSources.Length > 0 && !diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                accepted.Add((path, text));
            }
        }

        // Compiled ten at a time (one compilation each, zero C# errors); a batch the generator rejects
        // as a whole (two schemas took one catalog name) is compiled one schema at a time.
        var compiled = 0;
        foreach (var batch in accepted.Chunk(10))
        {
            var (result, diagnostics, output) = Drive(compilation, properties, batch);
            var parts = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? batch.Select(b => new[] { b }).ToArray() : new[] { batch };
            foreach (var part in parts)
            {
                if (parts.Length > 1)
                {
                    (result, _, output) = Drive(compilation, properties, part);
                }

                var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"accepted schemas do not compile:\n{string.Join("\n", errors.Take(10))}\n{string.Join("\n", part.Select(p => Show(p.Text)))}");
                compiled += part.Length;
            }
        }

        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{tried} grammar schemas: {compiled} accepted and compiled with zero C# errors, {collisions} rejected for a name collision"));
        Assert.True(compiled >= CompiledSample, $"only {compiled} of {tried} schemas were accepted");
        Assert.True(collisions > 0, "the grammar never drew a colliding name");
    }

    private static (GeneratorRunResult Result, ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Drive(Compilation compilation, TestAnalyzerConfigOptionsProvider properties, params (string Path, string Text)[] schemas)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NewsSchemaGenerator().AsSourceGenerator() },
            schemas.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToArray(),
            GeneratorHarness.ParseOptions,
            properties);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        return (result, driverDiagnostics.AddRange(result.Diagnostics), output);
    }

    [Fact]
    public void Inputs_are_deterministic()
    {
        Assert.Equal(Inputs().Take(300), Inputs().Take(300));
    }

    private static (GeneratorRunResult Result, ImmutableArray<Diagnostic> Diagnostics) RunDriver(Compilation compilation, TestAnalyzerConfigOptionsProvider properties, string text)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NewsSchemaGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText(SchemaPath, text) },
            GeneratorHarness.ParseOptions,
            properties);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        return (result, driverDiagnostics.AddRange(result.Diagnostics));
    }

    private static (ResolvedSchema Schema, ImmutableArray<DiagnosticInfo> Diagnostics) ParseAndResolve(string text)
    {
        var file = SchemaParser.Parse(SchemaPath, text, CancellationToken.None);
        var schema = SchemaResolver.Resolve(ImmutableArray.Create(file), Options, CancellationToken.None);
        return (schema, file.Diagnostics.Concat(schema.Diagnostics).ToImmutableArray());
    }

    private static void AssertRealLocation(int index, string text, int lines, string id, LocationInfo? location)
    {
        Assert.True(location is not null, $"input #{index}: {id} has no location\n{Show(text)}");
        Assert.Equal(SchemaPath, location!.FilePath);
        Assert.True(location.Span.Start >= 0 && location.Span.End <= text.Length, $"input #{index}: {id} at {location.Span} is outside the text ({text.Length} characters)\n{Show(text)}");
        Assert.True(location.LineSpan.Start.Line >= 0 && location.LineSpan.Start.Line <= lines && location.LineSpan.Start.Character >= 0, $"input #{index}: {id} at line {location.LineSpan.Start.Line} of {lines}\n{Show(text)}");
    }

    private static string Show(string text)
        => "input (base64 of UTF-8): " + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) + "\n" + (text.Length > 2000 ? text.Substring(0, 2000) + "…" : text);

    // ---- inputs ------------------------------------------------------------------------------

    private const string Family = """
        namespace: Fuzz.Family
        types:
          Party:
            kind: entity
            abstract: true
            plural: parties
            discriminator: type
            idPattern: "^[a-z]+$"
            fields:
              name: { type: string, required: true, minLength: 1, pattern: "^(?=.)[A-Z].*$" }
              aka: { type: list<string>, maxItems: 5, uniqueItems: true }
          Human:
            kind: entity
            extends: Party
            fields:
              born: { type: date, minimum: 1900-01-01 }
              employer: ref<Company>
              scores: map<list<int>>
          Company:
            kind: entity
            extends: Party
            tag: firm
            fields:
              revenue: { type: decimal, minimum: 0, exclusiveMaximum: 1e12 }
              members: { type: "list<ref<Human>>", minItems: 1 }
              since: { type: datetime, default: "2020-01-01T00:00:00Z", deprecated: "gone" }
              site: { type: uri, aliases: [web, url] }
              big: { type: long, default: 5 }
              ok: { type: bool, default: true }
          Shape:
            kind: record
            abstract: true
            fields:
              label: { type: string, description: "A label." }
          Circle:
            kind: record
            extends: Shape
            fields:
              radius: { type: double, required: true, exclusiveMinimum: 0 }
          Mood:
            kind: enum
            values: [happy, { name: sad, description: Not happy. }, "yes"]
        """;

    internal static IEnumerable<string> Seeds()
    {
        yield return TestSchemas.Meeting.Replace("\r\n", "\n", StringComparison.Ordinal);
        yield return Family.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static readonly string[] Tokens =
    {
        ":", ": ", "-", "- ", "\t", "[", "]", "{", "}", "\"", "'", "*", "&", "&a ", "*a", "!", "!!str ", "!!python/object:os.system ", "#", "|", ">", " ", "\n", "\r", "\r\n",
        "%", "@", "`", ",", "?", "? ", "<", ">", "<<: ", "---\n", "...\n", "\0", "\uFEFF", "é", "😀", "\ud800", "~", "null", "1e400", "-1", "99999999999999999999",
        "list<", "map<", "ref<", ">>", "list<ref<", "string", "int", "kind", "entity", "record", "enum", "fields", "values", "extends", "abstract", "discriminator", "tag",
        "type", "required", "pattern", "minimum", "maximum", "minItems", "uniqueItems", "default", "aliases", "(", "(?<n>", "\\k<m>", "class", "object", "System",
    };

    /// <summary>The seeds' lines, mutated at the byte, character and line level, plus schemas from a small grammar.</summary>
    internal static IEnumerable<string> Inputs()
    {
        var random = new Random(20260901);
        var seeds = Seeds().ToArray();
        var grammar = new SchemaGrammar(random);
        for (var n = 0; n < Cases; n++)
        {
            string text;
            if (n % 4 == 3)
            {
                text = grammar.Schema();
                if (random.Next(3) == 0)
                {
                    text = Mutate(random, text, seeds);
                }
            }
            else
            {
                text = Mutate(random, seeds[random.Next(seeds.Length)], seeds);
            }

            yield return text;
        }
    }

    private static string Mutate(Random random, string text, string[] seeds)
    {
        var edits = random.Next(3) == 0 ? 2 + random.Next(4) : 1;
        for (var e = 0; e < edits; e++)
        {
            var at = text.Length == 0 ? 0 : random.Next(text.Length);
            var lines = text.Split('\n').ToList();
            var line = random.Next(lines.Count);
            switch (random.Next(12))
            {
                case 0:
                    text = text.Substring(0, at); // truncation
                    break;
                case 1:
                    // A byte flip in the UTF-8 encoding (invalid sequences decode to U+FFFD, as the compiler would read them).
                    var bytes = Encoding.UTF8.GetBytes(text);
                    if (bytes.Length > 0)
                    {
                        bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    text = Encoding.UTF8.GetString(bytes);
                    break;
                case 2:
                    text = text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(15)));
                    break;
                case 3:
                case 4:
                    text = text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 5:
                    lines.Insert(random.Next(lines.Count), lines[line]); // duplicated line
                    text = string.Join("\n", lines);
                    break;
                case 6:
                    lines.RemoveAt(line);
                    text = string.Join("\n", lines);
                    break;
                case 7:
                    lines[line] = random.Next(2) == 0 ? new string(' ', 1 + random.Next(6)) + lines[line] : lines[line].TrimStart();
                    text = string.Join("\n", lines);
                    break;
                case 8:
                    var other = seeds[random.Next(seeds.Length)].Split('\n');
                    lines.Insert(line, other[random.Next(other.Length)]); // a line from another seed
                    text = string.Join("\n", lines);
                    break;
                case 9:
                    // Swap a key or type word for another from the language.
                    var word = SchemaGrammar.Words[random.Next(SchemaGrammar.Words.Length)];
                    var target = SchemaGrammar.Words[random.Next(SchemaGrammar.Words.Length)];
                    var index = text.IndexOf(target, StringComparison.Ordinal);
                    if (index >= 0)
                    {
                        text = text.Remove(index, target.Length).Insert(index, word);
                    }

                    break;
                case 10:
                    text = text.Insert(at, text.Substring(at, Math.Min(text.Length - at, 1 + random.Next(40))));
                    break;
                default:
                    text = text.Length == 0 ? text : text.Remove(at, 1).Insert(at, ((char)random.Next(0, 0x3000)).ToString());
                    break;
            }
        }

        return text;
    }

    /// <summary>Random schemas from the schema language's own keys, kinds and type expressions (often wrong on purpose).</summary>
    /// <summary>
    /// Mostly valid schemas (so most are accepted and compiled): entities, records, enums and
    /// families with fields of every type and fitting constraints, and now and then a name the
    /// generator writes itself (a member camelCased as a field or plural, AlphaId, AlphaExtensions,
    /// the catalog), which must be an NSG error, never a C# one.
    /// </summary>
    private sealed class ValidGrammar
    {
        private static readonly string[] Plain = { "title", "count", "items", "note", "size", "label", "when", "link", "score", "tags", "owner", "color" };
        private static readonly string[] Reserved = NewsSchema.Generator.Emit.EmittedMembers.OnType(entity: true)
            .Concat(NewsSchema.Generator.Emit.EmittedMembers.OnCatalog)
            .Concat(SchemaResolver.ReservedMemberNames)
            .Where(n => n.Length > 0 && char.IsLetter(n[0]))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => char.ToLowerInvariant(n[0]) + n.Substring(1))
            .ToArray();

        private static readonly string[] Primitives = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri" };

        private readonly Random _random;

        public ValidGrammar(Random random) => _random = random;

        private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

        public string Schema(string suffix)
        {
            var names = new[] { "Alpha", "Beta", "Gamma", "Delta", "Epsilon" }.Take(1 + _random.Next(5)).Select(n => n + suffix).ToList();
            var kinds = names.ToDictionary(n => n, _ => Pick(new[] { "entity", "record", "enum", "record", "entity" }));
            var builder = new StringBuilder("""
                namespace: Fuzz.Valid
                types:

                """);
            var family = names.Count >= 3 && _random.Next(3) == 0;
            if (family)
            {
                kinds[names[0]] = kinds[names[1]] = kinds[names[2]] = _random.Next(2) == 0 ? "entity" : "record";
            }

            foreach (var name in names)
            {
                var kind = kinds[name];
                builder.Append("  ").Append(name).Append(":\n    kind: ").Append(kind).Append('\n');
                if (family && name == names[0])
                {
                    builder.Append("    abstract: true\n    discriminator: ").Append(_random.Next(4) == 0 ? Pick(Reserved) : "type").Append('\n');
                }
                else if (family && (name == names[1] || name == names[2]))
                {
                    builder.Append("    extends: ").Append(names[0]).Append('\n');
                }

                if (kind == "entity" && !(family && name != names[0]) && _random.Next(3) == 0)
                {
                    builder.Append("    plural: ").Append(_random.Next(3) == 0 ? Pick(Reserved) : name.ToLowerInvariant() + "List").Append('\n');
                }

                if (kind == "enum")
                {
                    builder.Append("    values: [red, deep-blue, x").Append(_random.Next(8) == 0 ? ", " + Pick(Reserved) : string.Empty).Append("]\n");
                    continue;
                }

                builder.Append("    fields:\n");
                var used = new HashSet<string>(StringComparer.Ordinal);
                var count = _random.Next(5);
                for (var f = 0; f < count; f++)
                {
                    var field = _random.Next(6) == 0 ? Pick(Reserved) : Pick(Plain) + (family ? name : string.Empty);
                    if (!used.Add(field))
                    {
                        continue;
                    }

                    builder.Append("      ").Append(field).Append(": ").Append(Field(names, kinds)).Append('\n');
                }
            }

            if (_random.Next(6) == 0)
            {
                builder.Append("  ").Append(Pick(new[] { "Alpha" + suffix + "Id", "Alpha" + suffix + "Extensions", "Beta" + suffix + "Extensions", "FuzzCatalog", "TestProjectCatalog" })).Append("""
                    :
                        kind: record

                    """);
            }

            return builder.ToString();
        }

        private string Field(List<string> names, Dictionary<string, string> kinds)
        {
            var entities = names.Where(n => kinds[n] == "entity").ToList();
            var others = names.Where(n => kinds[n] != "entity").ToList();
            var primitive = Pick(Primitives);
            switch (_random.Next(8))
            {
                case 0 when entities.Count > 0:
                    return "ref<" + Pick(entities) + ">";
                case 1 when others.Count > 0:
                    return Pick(others);
                case 2:
                    return "{ type: list<" + primitive + ">, minItems: 1, uniqueItems: true }";
                case 3:
                    return "map<" + primitive + ">";
                case 4:
                    return primitive switch
                    {
                        "string" => "{ type: string, required: true, minLength: 1, maxLength: 9, pattern: '^[a-z]+$' }",
                        "int" or "long" or "double" or "decimal" => "{ type: " + primitive + ", minimum: 0, maximum: 9, default: 3 }",
                        "bool" => "{ type: bool, default: true }",
                        "date" => "{ type: date, minimum: 2020-01-01 }",
                        _ => "{ type: " + primitive + ", required: true }",
                    };
                case 5 when entities.Count > 0:
                    return "list<ref<" + Pick(entities) + ">>";
                default:
                    return primitive;
            }
        }
    }

    private sealed class SchemaGrammar
    {
        public static readonly string[] Words =
        {
            "namespace", "types", "kind", "description", "plural", "idPattern", "fields", "values", "extends", "abstract", "discriminator", "tag",
            "type", "required", "default", "deprecated", "aliases", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "name", "entity", "record", "enum", "string", "int", "long", "double", "decimal",
            "bool", "date", "datetime", "uri", "ref", "list", "map",
        };

        private static readonly string[] TypeNames = { "Alpha", "Beta", "Gamma", "Delta", "class", "String", "Id", "Equals", "Alpha", "_x", "1st", "Über", "A-b" };
        private static readonly string[] FieldNames = { "title", "count", "id", "type", "items", "class", "Equals", "toString", "a-b", "x_y", "Über", "validate", "positions", "title" };
        private static readonly string[] Primitives = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri" };
        private static readonly string[] Values =
        {
            "0", "1", "-1", "3", "1.5", "1e400", "-1e400", "99999999999999999999", "79228162514264337593543950336", "true", "false", "yes", "~", "null", "''",
            "\"^[a-z]+$\"", "\"(\"", "\"^(a+)+$\"", "\"(?<n>a)\\\\k<m>\"", "2026-01-24", "2026-02-30", "2026-01-24T10:00:00Z", "[a, b]", "{a: b}", "x", "\"a\\u0000b\"",
        };

        private readonly Random _random;

        public SchemaGrammar(Random random) => _random = random;

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

        private string TypeExpression(int depth)
        {
            var r = _random.Next(depth > 3 ? 3 : 10);
            return r switch
            {
                0 or 1 => Pick(Primitives),
                2 => Pick(TypeNames),
                3 => "list<" + TypeExpression(depth + 1) + ">",
                4 => "map<" + TypeExpression(depth + 1) + ">",
                5 => "ref<" + (_random.Next(3) == 0 ? TypeExpression(depth + 1) : Pick(TypeNames)) + ">",
                6 => "list<" + TypeExpression(depth + 1),
                7 => "map<string, " + TypeExpression(depth + 1) + ">",
                8 => Pick(Words),
                _ => "list<" + TypeExpression(depth + 1) + ">>",
            };
        }

        public string Schema()
        {
            var builder = new StringBuilder();
            if (_random.Next(3) != 0)
            {
                builder.Append("namespace: ").Append(_random.Next(8) == 0 ? "class.Model" : "Fuzz.Grammar").Append('\n');
            }

            builder.Append("types:\n");
            var count = 1 + _random.Next(5);
            for (var t = 0; t < count; t++)
            {
                builder.Append("  ").Append(Pick(TypeNames)).Append(":\n");
                var kind = _random.Next(10) == 0 ? Pick(Words) : Pick(new[] { "entity", "record", "enum" });
                builder.Append("    kind: ").Append(kind).Append('\n');
                if (_random.Next(4) == 0)
                {
                    builder.Append("    extends: ").Append(Pick(TypeNames)).Append('\n');
                }

                if (_random.Next(6) == 0)
                {
                    builder.Append("    abstract: ").Append(Pick(new[] { "true", "false", "maybe" })).Append('\n');
                }

                if (_random.Next(6) == 0)
                {
                    builder.Append("    discriminator: ").Append(Pick(FieldNames)).Append('\n');
                }

                if (_random.Next(8) == 0)
                {
                    builder.Append("    tag: ").Append(Pick(new[] { "firm", "x", "''", "[a]", "Type" })).Append('\n');
                }

                if (_random.Next(8) == 0)
                {
                    builder.Append("    ").Append(Pick(new[] { "plural", "idPattern", "description" })).Append(": ").Append(Pick(Values)).Append('\n');
                }


                if (kind == "enum" || _random.Next(10) == 0)
                {
                    builder.Append("    values: [").Append(string.Join(", ", Enumerable.Range(0, _random.Next(5)).Select(_ => Pick(new[] { "a", "b", "a", "red", "deep-blue", "''", "~", "1st", "{ name: x }", "{ nme: y }", "[z]", "class" })))).Append("]\n");
                }

                if (kind != "enum" || _random.Next(10) == 0)
                {
                    builder.Append("    fields:\n");
                    var fields = _random.Next(5);
                    for (var f = 0; f < fields; f++)
                    {
                        builder.Append("      ").Append(Pick(FieldNames)).Append(": ");
                        if (_random.Next(2) == 0)
                        {
                            builder.Append(TypeExpression(0)).Append('\n');
                        }
                        else
                        {
                            var keys = new List<string> { "type: " + TypeExpression(0) };
                            var extra = _random.Next(4);
                            for (var k = 0; k < extra; k++)
                            {
                                keys.Add(Pick(Words) + ": " + Pick(Values));
                            }

                            builder.Append("{ ").Append(string.Join(", ", keys.OrderBy(_ => _random.Next()))).Append(" }\n");
                        }
                    }
                }
            }

            return builder.ToString();
        }
    }
}
