using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator;
using NewsSchema.Testing;

namespace NewsSchema.Benchmarks;

/// <summary>
/// The generator itself, driven in memory by <see cref="CSharpGeneratorDriver"/> (step tracking
/// off, as in a build): a full run over the shipped news schemas, a full run over 500 synthetic
/// types in 50 files, and the incremental re-run after one of the 50 files was edited. And
/// <see cref="SchemaAnalyzer"/> as the IDE runs it on every keystroke: one edited file of the 50
/// analyzed through <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(AdditionalText, CancellationToken)"/>.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GeneratorBenchmarks
{
    public const int SyntheticFiles = 50;
    public const int TypesPerFile = 10;
    public const int EditedFile = 17;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private ImmutableArray<AdditionalText> _news;
    private ImmutableArray<AdditionalText> _synthetic;
    private GeneratorDriver _syntheticDone = null!;
    private AdditionalText _editedOld = null!;
    private AdditionalText _editedNew = null!;
    private AdditionalText _commentOnly = null!;
    private SchemaAnalyzer _analyzer = null!;
    private string[] _keystrokes = null!;
    private int _keystroke;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = CSharpCompilation.Create(
            "GeneratorBench",
            new[] { CSharpSyntaxTree.ParseText("namespace UserCode { public static class Program { public static int Answer => 42; } }", ParseOptions) },
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _news = NewsSchemas().ToImmutableArray();
        _synthetic = SyntheticSchemas().ToImmutableArray();
        _syntheticDone = CreateDriver(_synthetic).RunGenerators(_compilation);
        _editedOld = _synthetic[EditedFile];
        _editedNew = new InMemoryAdditionalText(_editedOld.Path, _editedOld.GetText()!.ToString() + "      edited: { type: string, maxLength: 10 }\n");
        _commentOnly = new InMemoryAdditionalText(_editedOld.Path, _editedOld.GetText()!.ToString() + "# a comment\n");

        // The IDE keeps one analyzer instance; it has seen the 50 files once before the user types.
        _analyzer = new SchemaAnalyzer();
        _keystrokes = new[] { _editedNew.GetText()!.ToString(), _editedNew.GetText()!.ToString().Replace("maxLength: 10", "maxLength: 12", System.StringComparison.Ordinal) };
        Analyze(_analyzer, _synthetic, _editedOld);
    }

    /// <summary>Full run over the shipped news schemas (schema/*.schema.yaml, embedded at build time).</summary>
    [Benchmark, BenchmarkCategory("generator-news")]
    public GeneratorDriver FullNewsSchemas() => CreateDriver(_news).RunGenerators(_compilation);

    /// <summary>Full run over 500 synthetic types in 50 files.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("generator-500")]
    public GeneratorDriver FullSynthetic500() => CreateDriver(_synthetic).RunGenerators(_compilation);

    /// <summary>Re-run of the driver that has seen the 50 files, after one file was edited (a field added).</summary>
    [Benchmark, BenchmarkCategory("generator-500")]
    public GeneratorDriver RerunOneFileEdited() => _syntheticDone.ReplaceAdditionalText(_editedOld, _editedNew).RunGenerators(_compilation);

    /// <summary>Experiment: the same driver run again with nothing changed (the driver's fixed cost).</summary>
    [Benchmark, BenchmarkCategory("generator-500")]
    public GeneratorDriver RerunNothingChanged() => _syntheticDone.RunGenerators(_compilation);

    /// <summary>Experiment: one file edited by a comment only (it is re-parsed, the model does not change).</summary>
    [Benchmark, BenchmarkCategory("generator-500")]
    public GeneratorDriver RerunCommentOnlyEdit() => _syntheticDone.ReplaceAdditionalText(_editedOld, _commentOnly).RunGenerators(_compilation);

    /// <summary>
    /// The analyzer in the IDE's per-file mode after a keystroke in one of the 50 files: the file has
    /// a new text (a new <see cref="SourceText"/>, as the editor makes; two texts in turn, so every
    /// call sees a change), the 49 others are the same texts as before. The analyzer re-parses the
    /// edited file, resolves the 50 files together and reports the edited file's diagnostics.
    /// </summary>
    [Benchmark, BenchmarkCategory("generator-500")]
    public AnalysisResult AnalyzeOneEditedFile()
    {
        var edited = new InMemoryAdditionalText(_editedOld.Path, _keystrokes[_keystroke++ & 1]);
        return Analyze(_analyzer, _synthetic.SetItem(EditedFile, edited), edited);
    }

    /// <summary>Experiment: the same per-file analysis by an analyzer instance that has seen nothing (it parses all 50 files).</summary>
    [Benchmark, BenchmarkCategory("generator-500")]
    public AnalysisResult AnalyzeOneFileFreshAnalyzer() => Analyze(new SchemaAnalyzer(), _synthetic, _editedOld);

    /// <summary>For the smoke checks: one file of the 50 replaced by <paramref name="text"/>, analyzed alone by the warmed-up analyzer.</summary>
    public AnalysisResult AnalyzeEditedFile(string text)
    {
        var edited = new InMemoryAdditionalText(_editedOld.Path, text);
        return Analyze(_analyzer, _synthetic.SetItem(EditedFile, edited), edited);
    }

    /// <summary>For the smoke checks.</summary>
    public AdditionalText EditedOriginal => _editedOld;

    /// <summary>For the smoke checks.</summary>
    public ImmutableArray<AdditionalText> News => _news;

    private AnalysisResult Analyze(SchemaAnalyzer analyzer, ImmutableArray<AdditionalText> texts, AdditionalText file)
        => _compilation
            .WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
                new CompilationWithAnalyzersOptions(new AnalyzerOptions(texts, Options), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalysisResultAsync(file, CancellationToken.None)
            .GetAwaiter()
            .GetResult();

    private static readonly TestAnalyzerConfigOptionsProvider Options = new(new Dictionary<string, string> { ["build_property.RootNamespace"] = "GeneratorBench" });

    private static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts)
        => CSharpGeneratorDriver.Create(
            new[] { new NewsSchemaGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>The shipped schema/*.schema.yaml files, embedded in this assembly when it was built.</summary>
    public static IEnumerable<AdditionalText> NewsSchemas()
    {
        var assembly = typeof(GeneratorBenchmarks).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("news/", System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return new InMemoryAdditionalText("/schema/" + name.Substring(5), reader.ReadToEnd());
        }
    }

    /// <summary>
    /// 50 files of 10 types each: 4 entities, 3 records, 2 enums and a record, with refs and
    /// nested records across files and a constraint of every kind. The last type of each file is a
    /// record whose field list ends the file, so appending a line adds a field to it.
    /// </summary>
    public static IEnumerable<AdditionalText> SyntheticSchemas()
    {
        for (var f = 0; f < SyntheticFiles; f++)
        {
            var next = (f + 1) % SyntheticFiles;
            var b = new StringBuilder();
            b.Append("namespace: Synthetic.Model\ntypes:\n");
            for (var t = 0; t < TypesPerFile; t++)
            {
                var name = Name(f, t);
                switch (t)
                {
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        b.Append(CultureInfo.InvariantCulture, $"  {name}:\n    kind: entity\n    plural: {name.ToLowerInvariant()}s\n    description: Entity {t} of file {f}.\n    fields:\n");
                        b.Append("      name: { type: string, required: true, minLength: 1, maxLength: 200 }\n");
                        b.Append(CultureInfo.InvariantCulture, $"      kind: {Name(f, 7)}\n");
                        b.Append(CultureInfo.InvariantCulture, $"      owner: ref<{Name(next, 0)}>\n");
                        b.Append(CultureInfo.InvariantCulture, $"      related: {{ type: list<ref<{Name(f, (t + 1) % 4)}>>, uniqueItems: true, maxItems: 50 }}\n");
                        b.Append("      tags: { type: list<string>, uniqueItems: true }\n");
                        b.Append(CultureInfo.InvariantCulture, $"      place: {Name(f, 4)}\n");
                        b.Append("      count: { type: int, minimum: 0, maximum: 1000000 }\n");
                        b.Append("      startsOn: { type: date, minimum: \"1990-01-01\" }\n");
                        b.Append("      names: map<string>\n");
                        break;
                    case 4:
                    case 5:
                    case 6:
                        b.Append(CultureInfo.InvariantCulture, $"  {name}:\n    kind: record\n    fields:\n");
                        b.Append("      lat: { type: double, required: true, minimum: -90, maximum: 90 }\n");
                        b.Append("      lon: { type: double, required: true, minimum: -180, maximum: 180 }\n");
                        b.Append("      code: { type: string, pattern: \"^[A-Z]{2}$\" }\n");
                        b.Append("      at: datetime\n");
                        break;
                    case 7:
                    case 8:
                        b.Append(CultureInfo.InvariantCulture, $"  {name}:\n    kind: enum\n    values: [alpha, beta, gamma-delta, press-conference]\n");
                        break;
                    default:
                        b.Append(CultureInfo.InvariantCulture, $"  {name}:\n    kind: record\n    fields:\n");
                        b.Append(CultureInfo.InvariantCulture, $"      mode: {{ type: {Name(f, 8)}, required: true }}\n");
                        b.Append(CultureInfo.InvariantCulture, $"      where: {Name(next, 5)}\n");
                        b.Append("      amount: { type: decimal, exclusiveMinimum: 0 }\n");
                        b.Append("      link: uri\n");
                        b.Append(CultureInfo.InvariantCulture, $"      subject: ref<{Name(f, 2)}>\n");
                        break;
                }
            }

            yield return new InMemoryAdditionalText("/synthetic/file" + f.ToString("00", CultureInfo.InvariantCulture) + ".schema.yaml", b.ToString());
        }
    }

    private static string Name(int file, int type)
        => (type switch { < 4 => "Thing", < 7 => "Spot", < 9 => "Mode", _ => "Link" }) + file.ToString("00", CultureInfo.InvariantCulture) + "x" + type.ToString(CultureInfo.InvariantCulture);
}
