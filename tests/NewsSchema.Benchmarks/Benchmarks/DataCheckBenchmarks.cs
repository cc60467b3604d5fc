using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsSchema.Generator;
using NewsSchema.Generator.DataCheck;
using NewsSchema.Testing;

namespace NewsSchema.Benchmarks;

/// <summary>
/// The build-time data check (issue 17): the NewsDesk data files (samples/NewsDesk/data,
/// embedded at build time) against the news schemas, checked in full, and as an incremental
/// build sees it (the generator driver with analyzers off, re-run after one data file was
/// edited); and one catalog file of 10,000 meetings.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DataCheckBenchmarks
{
    public const int BigFileEntities = 10_000;

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private DataCheckSchema _schema = null!;
    private DataFileInput[] _newsData = null!;
    private DataFileInput[] _bigFile = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driverDone = null!;
    private AdditionalText _editedOld = null!;
    private AdditionalText _editedNew = null!;
    private GeneratorDriver _driverWithoutData = null!;

    [GlobalSetup]
    public void Setup()
    {
        var schemas = GeneratorBenchmarks.NewsSchemas().ToList();
        _schema = DataChecker.Load(schemas.Select(s => (s.Path, s.GetText()!.ToString())));
        _newsData = EmbeddedNewsData().ToArray();
        _bigFile = _newsData.Append(new DataFileInput("/data/big.yaml", BigCatalog(BigFileEntities))).ToArray();

        _compilation = CSharpCompilation.Create(
            "DataCheckBench",
            new[] { CSharpSyntaxTree.ParseText("namespace UserCode { public static class Program { public static int Answer => 42; } }", ParseOptions) },
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var data = _newsData.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        _driverDone = CreateDriver(schemas.Concat(data).ToImmutableArray()).RunGenerators(_compilation);
        _editedOld = data.Single(f => f.Path.EndsWith("events.yaml", System.StringComparison.Ordinal));
        _editedNew = new InMemoryAdditionalText(_editedOld.Path, _editedOld.GetText()!.ToString().Replace("topics: [U.S. security guarantees for Ukraine]", "topics: [U.S. security guarantees for Ukraine, prisoner exchange]", System.StringComparison.Ordinal));
        _driverWithoutData = CreateDriver(schemas.ToImmutableArray()).RunGenerators(_compilation);
    }

    /// <summary>The five NewsDesk data files checked from scratch (schema resolved beforehand).</summary>
    [Benchmark, BenchmarkCategory("data-newsdesk")]
    public IReadOnlyList<DataCheckError> NewsDeskDataFull() => _schema.Check(_newsData);

    /// <summary>An incremental build: the driver that has checked the NewsDesk data, re-run after one data file was edited.</summary>
    [Benchmark, BenchmarkCategory("data-newsdesk")]
    public GeneratorDriver NewsDeskDataOneFileEdited() => _driverDone.ReplaceAdditionalText(_editedOld, _editedNew).RunGenerators(_compilation);

    /// <summary>Baseline: the same driver without data files, re-run with nothing changed (what an incremental build costs the generator anyway).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("data-newsdesk")]
    public GeneratorDriver NoDataRerun() => _driverWithoutData.RunGenerators(_compilation);

    /// <summary>One catalog file of 10,000 meetings, with the NewsDesk files it refers to (actors, places).</summary>
    [Benchmark, BenchmarkCategory("data-10000")]
    public IReadOnlyList<DataCheckError> TenThousandEntityFile() => _schema.Check(_bigFile);

    /// <summary>For the smoke checks.</summary>
    public IReadOnlyList<DataFileInput> NewsData => _newsData;

    /// <summary>For the smoke checks.</summary>
    public IReadOnlyList<DataFileInput> BigFile => _bigFile;

    private static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts)
        => CSharpGeneratorDriver.Create(
            new[] { new NewsSchemaGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new DataOptions(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>samples/NewsDesk/data/*.yaml, embedded in this assembly when it was built.</summary>
    public static IEnumerable<DataFileInput> EmbeddedNewsData()
    {
        var assembly = typeof(DataCheckBenchmarks).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("newsdata/", System.StringComparison.Ordinal)).OrderBy(n => n, System.StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            yield return new DataFileInput("/data/" + name.Substring(9), reader.ReadToEnd());
        }
    }

    /// <summary>A catalog file of <paramref name="count"/> valid meetings between the NewsDesk actors, in the NewsDesk places.</summary>
    public static string BigCatalog(int count)
    {
        var formats = new[] { "bilateral", "trilateral", "multilateral", "press-conference" };
        var b = new StringBuilder("meetings:\n");
        for (var i = 0; i < count; i++)
        {
            b.Append(CultureInfo.InvariantCulture, $"  - id: meeting-{i}\n");
            b.Append(CultureInfo.InvariantCulture, $"    title: Talks number {i}\n");
            b.Append(CultureInfo.InvariantCulture, $"    format: {formats[i % formats.Length]}\n");
            b.Append("    status: held\n");
            b.Append("    participants: [ukraine, united-states, russia]\n");
            b.Append("    venue: vilnius\n");
            b.Append(CultureInfo.InvariantCulture, $"    startsOn: 2026-01-{1 + (i % 28):00}\n");
            b.Append(CultureInfo.InvariantCulture, $"    topics: [topic {i % 7}, security]\n");
        }

        return b.ToString();
    }

    /// <summary>Analyzers off (the generator checks the data), and NewsSchemaData=true on every file that is not a schema.</summary>
    private sealed class DataOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions None = new(new Dictionary<string, string>());
        private static readonly DictionaryOptions Data = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NewsSchemaData"] = "true" });

        public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "DataCheckBench",
            ["build_property.RunAnalyzers"] = "false",
        });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path.EndsWith(".schema.yaml", System.StringComparison.OrdinalIgnoreCase) ? None : Data;
    }
}
