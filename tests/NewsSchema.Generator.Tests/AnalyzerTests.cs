using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// <see cref="SchemaAnalyzer"/> tested the way the IDE calls it: one schema file at a time through
/// <c>CompilationWithAnalyzers.GetAnalysisResultAsync(AdditionalText, …)</c>, with no generator run;
/// and the generator's side of "each mistake once" (<see cref="GeneratorReporting"/>).
/// </summary>
public class AnalyzerTests
{
    private const string Dir = "/repo/model/";

    private static readonly Dictionary<string, string> AnalyzersOn = new()
    {
        ["build_property.RootNamespace"] = "TestProject",
        [GeneratorReporting.RunAnalyzersKey] = string.Empty,
        [GeneratorReporting.RunAnalyzersDuringBuildKey] = string.Empty,
    };

    private static readonly Dictionary<string, string> AnalyzersOff = new()
    {
        ["build_property.RootNamespace"] = "TestProject",
        [GeneratorReporting.RunAnalyzersKey] = "false",
        [GeneratorReporting.RunAnalyzersDuringBuildKey] = string.Empty,
    };

    /// <summary>Where each mistake of <see cref="SchemaMistakes"/> is: file, id, line, column (1-based).</summary>
    private static readonly (string File, string Id, int Line, int Column)[] Expected =
    {
        ("nsg0001", "NSG0001", 2, 21),
        ("nsg0002", "NSG0002", 4, 5),
        ("nsg0003", "NSG0003", 5, 10),
        ("nsg0004b", "NSG0004", 2, 3),
        ("nsg0005", "NSG0005", 6, 7),
        ("nsg0006", "NSG0006", 5, 23),
        ("nsg0007", "NSG0007", 5, 35),
        ("nsg0008", "NSG0008", 5, 23),
        ("nsg0009", "NSG0009", 5, 14),
        ("nsg0010", "NSG0010", 4, 14),
        ("nsg0010", "NSG0010", 7, 14),
        ("nsg0011", "NSG0011", 5, 7),
        ("nsg0012", "NSG0012", 2, 3),
        ("nsg0013", "NSG0013", 5, 36),
        ("nsg0014", "NSG0014", 2, 3),
        ("nsg0015", "NSG0015", 5, 10),
        ("nsg0017", "NSG0017", 5, 32),
        ("nsg0018", "NSG0018", 4, 17),
        ("nsg0019", "NSG0019", 1, 12),
        ("nsg0020", "NSG0020", 7, 13),
        ("nsg0021", "NSG0021", 4, 5),
        ("nsg0022", "NSG0022", 5, 7),
        ("nsg0023", "NSG0023", 4, 5),
        ("nsg0024", "NSG0024", 1, 1),
        ("nsg0026", "NSG0026", 6, 14),
        ("nsg0027", "NSG0027", 7, 14),
        ("nsg0028", "NSG0028", 11, 7),
        ("nsg0029", "NSG0029", 12, 10),
        ("nsg0040", "NSG0040", 5, 51),
    };

    private static string PathOf(string name) => Dir + name + ".schema.yaml";

    private static IEnumerable<(string Path, string Text)> MistakeFiles()
        => SchemaMistakes.Files.Select(f => (PathOf(f.Name), f.Text));

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1}) {d.Severity} {d.Id}: {d.GetMessage()}";
    }

    public static IEnumerable<object[]> MistakeNames() => SchemaMistakes.Files.Select(f => new object[] { f.Name });

    [Theory]
    [MemberData(nameof(MistakeNames))]
    public void Each_file_alone_reports_its_mistakes_at_their_line_and_column(string name)
    {
        var harness = new AnalyzerHarness(MistakeFiles(), AnalyzersOn);

        var actual = harness.AnalyzeFile(PathOf(name))
            .Select(d => (d.Location.GetLineSpan().Path, d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1));

        Assert.Equal(Expected.Where(e => e.File == name).Select(e => (PathOf(e.File), e.Id, e.Line, e.Column)), actual);
    }

    [Fact]
    public void Every_id_is_covered_and_reported_exactly_once_over_the_files()
    {
        var harness = new AnalyzerHarness(MistakeFiles(), AnalyzersOn);

        var all = harness.AnalyzeEachFile();

        Assert.Equal(Expected.Length, all.Length);
        Assert.Equal(
            Enumerable.Range(1, 29).Where(i => i is not 16 and not 25).Append(40).Select(i => $"NSG{i:0000}"),
            all.Select(d => d.Id).Distinct().OrderBy(i => i, StringComparer.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, all.Single(d => d.Id == "NSG0024").Severity);
        Assert.All(all.Where(d => d.Id != "NSG0024"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void The_analyzer_reports_exactly_what_the_generator_reports_with_analyzers_off()
    {
        var harness = new AnalyzerHarness(MistakeFiles(), AnalyzersOn);
        var generator = GeneratorHarness.Run(MistakeFiles(), AnalyzersOff);

        var fromAnalyzer = harness.AnalyzeEachFile().Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray();
        var fromGenerator = generator.Diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToArray();

        Assert.Equal(Expected.Length, fromGenerator.Length);
        Assert.Equal(fromGenerator, fromAnalyzer);
    }

    [Fact]
    public void With_analyzers_on_the_generator_reports_nothing_and_still_generates_the_sound_types()
    {
        var on = GeneratorHarness.Run(MistakeFiles(), AnalyzersOn);
        var off = GeneratorHarness.Run(MistakeFiles(), AnalyzersOff);

        Assert.Null(on.Result.Exception);
        Assert.Empty(on.Diagnostics);
        Assert.Equal(Expected.Length, off.Diagnostics.Length);
        // The same code either way: what cannot be generated is skipped, the sound types are there.
        var onSources = on.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToArray();
        var offSources = off.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToArray();
        Assert.Equal(offSources.Select(s => s.HintName), onSources.Select(s => s.HintName));
        Assert.Equal(offSources.Select(s => s.Text), onSources.Select(s => s.Text));
        Assert.Contains(on.GeneratedSources, s => s.HintName.StartsWith("D.", StringComparison.Ordinal));
        Assert.DoesNotContain(on.GeneratedSources, s => s.HintName.StartsWith("J1.", StringComparison.Ordinal));
        Assert.Empty(on.CompilationErrors());
    }

    [Theory]
    [InlineData(null, null, true)] // NewsSchema.props not imported: the generator cannot know, so it reports
    [InlineData("", "", false)]
    [InlineData("true", "", false)]
    [InlineData("false", "", true)]
    [InlineData("False", "", true)]
    [InlineData("", "false", true)]
    [InlineData("", "FALSE", true)]
    [InlineData("", "true", false)]
    [InlineData("true", "false", false)] // RunAnalyzers wins over RunAnalyzersDuringBuild, as in the SDK
    [InlineData("false", "true", true)]
    [InlineData(null, "false", true)]
    [InlineData("false", null, true)]
    public void The_generator_reports_when_analyzers_are_off(string? runAnalyzers, string? runAnalyzersDuringBuild, bool generatorReports)
    {
        var properties = new Dictionary<string, string> { ["build_property.RootNamespace"] = "TestProject" };
        if (runAnalyzers is not null)
        {
            properties[GeneratorReporting.RunAnalyzersKey] = runAnalyzers;
        }

        if (runAnalyzersDuringBuild is not null)
        {
            properties[GeneratorReporting.RunAnalyzersDuringBuildKey] = runAnalyzersDuringBuild;
        }

        Assert.Equal(generatorReports, GeneratorReporting.ShouldReport(new NewsSchema.Testing.TestAnalyzerConfigOptionsProvider(properties).GlobalOptions));

        var run = GeneratorHarness.Run(new[] { (PathOf("nsg0003"), SchemaMistakes.Files.Single(f => f.Name == "nsg0003").Text) }, properties);
        Assert.Equal(generatorReports ? new[] { "NSG0003" } : Array.Empty<string>(), run.Diagnostics.Select(d => d.Id));
    }

    public static IEnumerable<object[]> Fixes() => new[]
    {
        new object[] { "nsg0001", """
            types:
              A: { kind: record }

            """ },
        new object[] { "nsg0002", """
            types:
              B:
                kind: record
                fields: {}

            """ },
        new object[] { "nsg0003", """
            types:
              C:
                kind: record
                fields:
                  v: string

            """ },
        new object[] { "nsg0004b", """
            types:
              D2:
                kind: record

            """ },
        new object[] { "nsg0010", """
            types:
              J1:
                kind: record
              J2:
                kind: record

            """ },
        new object[] { "nsg0017", """
            types:
              P:
                kind: record
                fields:
                  n: { type: int, default: 42 }

            """ },
        new object[] { "nsg0020", """
            types:
              S1:
                kind: entity
                plural: things
              S2:
                kind: entity
                plural: others

            """ },
        new object[] { "nsg0024", """
            types:
              Filled:
                kind: record

            """ },
        new object[] { "nsg0029", """
            types:
              Z0:
                kind: record
                abstract: true
              Z1:
                kind: record
                extends: Z0
                tag: z
              Z2:
                kind: record
                extends: Z0
                tag: y

            """ },
    };

    [Theory]
    [MemberData(nameof(Fixes))]
    public void A_fix_clears_the_mistake(string name, string fixedText)
    {
        // One analyzer instance across the edit, as in the IDE (its per-text parse cache included).
        var harness = new AnalyzerHarness(MistakeFiles(), AnalyzersOn);
        var path = PathOf(name);
        Assert.Equal(Expected.Count(e => e.File == name), harness.AnalyzeFile(path).Length);
        Assert.NotEmpty(harness.AnalyzeFile(path));

        harness.Edit(path, fixedText);

        Assert.Empty(harness.AnalyzeFile(path));
        // The other files' mistakes are untouched.
        Assert.Equal(Expected.Length - Expected.Count(e => e.File == name), harness.AnalyzeEachFile().Length);
    }

    [Fact]
    public void A_mistake_in_one_file_that_breaks_a_reference_in_another_is_reported_there_and_clears_when_fixed()
    {
        const string VenueOk = """
            types:
              Venue:
                kind: entity
                fields:
                  name: string

            """;
        const string VenueTypo = """
            types:
              Venu:
                kind: entity
                fields:
                  name: string

            """;
        const string Meeting = """
            types:
              Meeting:
                kind: entity
                fields:
                  title: string
                  venue: ref<Venue>

            """;
        var a = Dir + "venue.schema.yaml";
        var b = Dir + "meeting.schema.yaml";
        var harness = new AnalyzerHarness(new[] { (a, VenueOk), (b, Meeting) }, AnalyzersOn);
        Assert.Empty(harness.AnalyzeFile(b));

        harness.Edit(a, VenueTypo);

        // Only B is analyzed, as the IDE does for the open file.
        var d = Assert.Single(harness.AnalyzeFile(b));
        Assert.Equal("NSG0003", d.Id);
        DiagnosticTests.AssertAt(d, b, 6, 18);
        Assert.Equal("Unknown type 'Venue'. Did you mean 'Venu'?", d.GetMessage());
        Assert.Empty(harness.AnalyzeFile(a));

        harness.Edit(a, VenueOk);

        Assert.Empty(harness.AnalyzeFile(b));
        Assert.Empty(harness.AnalyzeFile(a));
    }

    [Fact]
    public void A_mistake_without_a_place_in_a_schema_file_is_the_generators_even_with_analyzers_on()
    {
        var properties = new Dictionary<string, string>(AnalyzersOn) { ["build_property.NewsSchemaNamespace"] = "My.class.Model" };
        var files = new[] { (Dir + "ok.schema.yaml", """
            types:
              Ok:
                kind: record

            """) };

        Assert.Empty(new AnalyzerHarness(files, properties).AnalyzeEachFile());

        var run = GeneratorHarness.Run(files, properties);
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal("NSG0019", d.Id);
        Assert.Equal(Location.None, d.Location);
    }

    [Fact]
    public void A_path_listed_twice_gets_what_the_generator_reports_and_each_only_once()
    {
        // NewsSchema.targets keeps one item per path; listed twice anyway, the file declares its
        // types twice (NSG0004) for the generator and the analyzer alike, and the analyzer's
        // action for the second item reports nothing more.
        var text = SchemaMistakes.Files.Single(f => f.Name == "nsg0002").Text;
        var files = new[] { (PathOf("nsg0002"), text), (PathOf("nsg0002"), text) };
        var harness = new AnalyzerHarness(files, AnalyzersOn);

        var fromAnalyzer = harness.AnalyzeEachFile().Select(Describe).OrderBy(s => s, StringComparer.Ordinal);
        var fromGenerator = GeneratorHarness.Run(files, AnalyzersOff).Diagnostics.Select(Describe).OrderBy(s => s, StringComparer.Ordinal);

        Assert.Equal(new[] { "NSG0002", "NSG0002", "NSG0004" }, harness.AnalyzeFile(PathOf("nsg0002")).Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
        Assert.Equal(fromGenerator, fromAnalyzer);
    }

    [Fact]
    public void Files_that_are_not_schema_files_are_not_analyzed()
    {
        var harness = new AnalyzerHarness(new[] { (Dir + "notes.yaml", "types: [ broken"), (Dir + "ok.schema.yaml", """
            types:
              Ok:
                kind: record

            """) }, AnalyzersOn);

        Assert.Empty(harness.AnalyzeEachFile());
    }

    [Fact]
    public async System.Threading.Tasks.Task An_analysis_cancelled_while_reading_the_schemas_is_not_remembered()
    {
        using var cts = new CancellationTokenSource();
        var cancelling = new CancellingText(Dir + "b.schema.yaml", SchemaMistakes.Files.Single(f => f.Name == "nsg0002").Text, cts);
        var other = new NewsSchema.Testing.InMemoryAdditionalText(Dir + "a.schema.yaml", """
            types:
              A:
                kind: record

            """);
        var analyzer = new SchemaAnalyzer();
        var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(other, cancelling), new NewsSchema.Testing.TestAnalyzerConfigOptionsProvider(AnalyzersOn));
        var withAnalyzers = GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode)
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(analyzer), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withAnalyzers.GetAnalysisResultAsync(cancelling, cts.Token));
        Assert.Equal(1, cancelling.Reads);

        // The same CompilationWithAnalyzers asked again: the set is read and checked anew.
        var result = await withAnalyzers.GetAnalysisResultAsync(cancelling, CancellationToken.None);
        var d = Assert.Single(result.GetAllDiagnostics());
        Assert.Equal("NSG0002", d.Id);
        DiagnosticTests.AssertAt(d, Dir + "b.schema.yaml", 4, 5);
    }

    /// <summary>A schema text whose first read cancels the analysis, as a keystroke does in the IDE.</summary>
    private sealed class CancellingText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly CancellationTokenSource _cts;

        public CancellingText(string path, string text, CancellationTokenSource cts)
        {
            Path = path;
            _text = SourceText.From(text);
            _cts = cts;
        }

        public int Reads { get; private set; }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            if (Reads++ == 0)
            {
                _cts.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return _text;
        }
    }

    [Fact]
    public void The_analyzer_supports_every_schema_diagnostic_but_the_internal_error()
    {
        var all = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()
            .Select(d => d.Id)
            .Where(id => id.StartsWith("NSG", StringComparison.Ordinal))
            .OrderBy(id => id, StringComparer.Ordinal);

        // The schema's NSG ids only (the data files' NSD ids are the DataFileAnalyzer's, see
        // DataCheckTests). All but the internal error (NSG0025), the retired NSG0016, and the compatibility gate's
        // NSG0060-NSG0079, which the generator reports alone (it reads the baseline).
        Assert.Equal(
            all.Where(id => id != "NSG0025" && id != "NSG0016" && string.CompareOrdinal(id, "NSG0060") < 0),
            new SchemaAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }
}
