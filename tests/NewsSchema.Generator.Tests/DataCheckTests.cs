using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsSchema.Generator.DataCheck;
using NewsSchema.Generator.Tests.Infrastructure;
using NewsSchema.Testing;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// Issue 17: data files declared with NewsSchemaData, checked at build time. The generator's
/// pipeline re-checks only the edited data file (step tracking); it reports only when analyzers
/// are off; the companion <see cref="DataFileAnalyzer"/> reports each file's errors through the
/// IDE's per-file entry point and the cross-file ones at the end of the compilation.
/// </summary>
public class DataCheckTests
{
    private const string Schema = """
        namespace: Desk
        types:
          Meeting:
            kind: entity
            plural: meetings
            fields:
              title: { type: string, required: true, maxLength: 20 }
              venue: ref<Venue>
              topics: { type: list<string>, uniqueItems: true }
          Venue:
            kind: entity
            plural: venues
            fields:
              name: { type: string, required: true }
        """;

    private const string Venues = """
        venues:
          - id: hall
            name: The hall

        """;
    private const string MeetingsA = """
        meetings:
          - id: m1
            title: One
            venue: hall

        """;
    private const string MeetingsB = """
        meetings:
          - id: m2
            title: Two
            venue: hall
            topics: [a, b]

        """;

    private static readonly IReadOnlyDictionary<string, string> AnalyzersOff = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "TestProject",
        ["build_property.RunAnalyzers"] = "false",
    };

    private static ImmutableArray<AdditionalText> Files(params (string Path, string Text)[] data)
        => data.Select(d => (AdditionalText)new InMemoryAdditionalText(d.Path, d.Text))
            .Prepend(new InMemoryAdditionalText("/p/desk.schema.yaml", Schema))
            .ToImmutableArray();

    private static GeneratorDriver Driver(ImmutableArray<AdditionalText> files, IReadOnlyDictionary<string, string> global)
        => CSharpGeneratorDriver.Create(
            new[] { new NewsSchemaGenerator().AsSourceGenerator() },
            files,
            GeneratorHarness.ParseOptions,
            new DataOptions(global, files),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static (GeneratorDriver Driver, ImmutableArray<Diagnostic> Diagnostics) Run(GeneratorDriver driver)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode), out _, out var diagnostics);
        return (driver, diagnostics);
    }

    private static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static string Show(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage()}";
    }

    [Fact]
    public void The_data_file_analyzer_supports_every_NSD_diagnostic_and_no_schema_diagnostic()
    {
        var nsd = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()
            .Select(d => d.Id)
            .Where(id => id.StartsWith("NSD", StringComparison.Ordinal))
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(21, nsd.Length);
        Assert.Equal(nsd, new DataFileAnalyzer().SupportedDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void With_analyzers_off_the_generator_reports_each_data_error_at_its_line()
    {
        var broken = """
            meetings:
              - id: m3
                titel: Three
                venue: nowhere

            """;
        var (_, diagnostics) = Run(Driver(Files(("/p/data/venues.yaml", Venues), ("/p/data/m.yaml", broken)), AnalyzersOff));
        Assert.Equal(
            new[]
            {
                "m.yaml(2,5): NSD0003: required at meetings[0].title: Meeting requires 'title', which is missing",
                "m.yaml(3,5): NSD0004: unknown-field at meetings[0].titel: 'titel' is not a field of Meeting; did you mean 'title'?",
            },
            diagnostics.Select(Show).OrderBy(s => s, StringComparer.Ordinal));
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Fact]
    public void With_analyzers_on_the_generator_reports_no_data_error()
    {
        var broken = """
            meetings:
              - id: m3
                titel: Three

            """;
        var on = new Dictionary<string, string> { ["build_property.RootNamespace"] = "TestProject" };
        var (driver, diagnostics) = Run(Driver(Files(("/p/data/m.yaml", broken)), on));
        Assert.DoesNotContain(diagnostics, d => d.Id.StartsWith("NSD", StringComparison.Ordinal));
        Assert.NotEmpty(Reasons(driver, DataTrackingNames.DataChecked));
    }

    [Fact]
    public void Cross_file_errors_come_from_the_reference_pass()
    {
        var (_, diagnostics) = Run(Driver(Files(("/p/data/venues.yaml", Venues), ("/p/data/a.yaml", MeetingsA), ("/p/data/b.yaml", """
            meetings:
              - id: m1
                title: Again
                venue: hal

            """)), AnalyzersOff));
        Assert.Equal(
            new[]
            {
                "b.yaml(2,9): NSD0019: duplicate-id at meetings[0].id: the id 'm1' is already used by meetings[0] (/p/data/a.yaml(2,5))",
                "b.yaml(4,12): NSD0020: unresolved-reference at meetings[0].venue: no Venue has the id 'hal'",
            },
            diagnostics.Select(Show).OrderBy(s => s, StringComparer.Ordinal));
    }

    [Fact]
    public void Editing_one_data_file_rechecks_that_file_alone()
    {
        var files = Files(("/p/data/venues.yaml", Venues), ("/p/data/a.yaml", MeetingsA), ("/p/data/b.yaml", MeetingsB));
        var (driver, first) = Run(Driver(files, AnalyzersOff));
        Assert.Empty(first);

        var old = files.Single(f => f.Path == "/p/data/b.yaml");
        var edited = new InMemoryAdditionalText("/p/data/b.yaml", MeetingsB.Replace("title: Two", "title: Two, and a title far too long", StringComparison.Ordinal));
        (driver, var second) = Run(driver.ReplaceAdditionalText(old, edited));

        // The edited file is read and checked again; the two others come from the cache.
        var texts = Reasons(driver, DataTrackingNames.DataTexts);
        Assert.Equal(1, texts.Count(r => r == IncrementalStepRunReason.Modified));
        var checkedFiles = Reasons(driver, DataTrackingNames.DataChecked);
        Assert.Equal(3, checkedFiles.Count);
        Assert.Equal(1, checkedFiles.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, checkedFiles.Count(r => r == IncrementalStepRunReason.Cached));

        // The schema is not parsed or resolved again, and the reference pass runs over the small results.
        Assert.All(Reasons(driver, TrackingNames.ParsedSchemas), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, DataTrackingNames.DataSchema), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver, DataTrackingNames.DataErrors));
        Assert.Equal(
            new[] { "b.yaml(3,12): NSD0008: max-length at meetings[0].title: must be at most 20 characters long, but has 29" },
            second.Select(Show).ToArray());
    }

    [Fact]
    public void Editing_csharp_code_rechecks_no_data_file()
    {
        var files = Files(("/p/data/venues.yaml", Venues), ("/p/data/a.yaml", MeetingsA));
        var (driver, _) = Run(Driver(files, AnalyzersOff));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.CreateCompilation("namespace UserCode { public static class Other { } }"), out _, out _);
        Assert.All(Reasons(driver, DataTrackingNames.DataChecked), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(driver, DataTrackingNames.DataErrors), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void A_json_data_file_is_reported_as_not_checked()
    {
        var (_, diagnostics) = Run(Driver(Files(("/p/data/extra.json", "{}")), AnalyzersOff));
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSD0021", d.Id);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void Hostile_data_gets_the_runtime_limits_and_errors()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]")) + "\n";
        var deep = $"""
            meetings:
              - id: m1
                title: {new string('[', 100_000)}

            """;
        var huge = "meetings:\n  - id: m1\n    title: " + new string('x', 2 * 1024 * 1024) + "\n";
        var (_, diagnostics) = Run(Driver(Files(("/p/data/bomb.yaml", bomb), ("/p/data/deep.yaml", deep), ("/p/data/huge.yaml", huge)), AnalyzersOff));
        var shown = diagnostics.Select(Show).OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.Contains(shown, s => s.StartsWith("bomb.yaml(", StringComparison.Ordinal) && s.Contains("NSD0018: limit", StringComparison.Ordinal) && s.Contains("MaxAliasExpansion", StringComparison.Ordinal));
        Assert.Contains(shown, s => s.StartsWith("deep.yaml(3,", StringComparison.Ordinal) && s.Contains("NSD0018: limit", StringComparison.Ordinal) && s.Contains("MaxDepth", StringComparison.Ordinal));
        Assert.Contains(shown, s => s.StartsWith("huge.yaml(3,12)", StringComparison.Ordinal) && s.Contains("NSD0018: limit", StringComparison.Ordinal) && s.Contains("MaxScalarLength", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_entity_file_named_by_its_Type_joins_the_ids_in_the_generator_and_in_the_analyzer()
    {
        var files = Files(
            ("/p/venues/hall.yaml", """
                id: hall
                name: The hall

                """),
            ("/p/venues/bad.yaml", "id: Bad Id\n"),
            ("/p/data/a.yaml", MeetingsA + """
                  - id: m2
                    title: Two
                    venue: yard

                """));
        var expected = new[]
        {
            "a.yaml(7,12): NSD0020: unresolved-reference at meetings[1].venue: no Venue has the id 'yard'",
            "bad.yaml(1,1): NSD0003: required at name: Venue requires 'name', which is missing",
        };
        var (_, fromGenerator) = Run(Driver(files, AnalyzersOff));
        Assert.Equal(expected, fromGenerator.Select(Show).OrderBy(s => s, StringComparer.Ordinal));
        var fromAnalyzer = await Analyze(files).GetAllDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(expected, fromAnalyzer.Where(d => d.Id.StartsWith("NSD", StringComparison.Ordinal)).Select(Show).OrderBy(s => s, StringComparer.Ordinal));
    }

    // ---- the analyzer, as the IDE calls it ---------------------------------------------------

    private static CompilationWithAnalyzers Analyze(ImmutableArray<AdditionalText> files, IReadOnlyDictionary<string, ReportDiagnostic>? severities = null)
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode);
        if (severities is not null)
        {
            compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(severities));
        }

        var options = new AnalyzerOptions(files, new DataOptions(new Dictionary<string, string>(), files));
        return compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DataFileAnalyzer()), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
    }

    [Fact]
    public async Task The_analyzer_reports_one_files_errors_through_the_per_file_entry_point()
    {
        var broken = """
            meetings:
              - id: m3
                title: [not, text]
                topics: [a, a]

            """;
        var files = Files(("/p/data/venues.yaml", Venues), ("/p/data/a.yaml", MeetingsA), ("/p/data/m.yaml", broken));
        var analysis = Analyze(files);
        var file = files.Single(f => f.Path == "/p/data/m.yaml");
        var result = await analysis.GetAnalysisResultAsync(file, CancellationToken.None);
        var shown = result.AdditionalFileDiagnostics[file].Values.SelectMany(d => d).Select(Show).OrderBy(s => s, StringComparer.Ordinal);
        // A parse error's path is the file's own (the runtime parses each file alone).
        Assert.Equal(new[] { "m.yaml(3,12): NSD0002: type at meetings[0].title: expected text, found a list" }, shown);

        // Fixed: the type error clears; a validation error's path counts entities within the file, as the merged catalog does (per-file starts).
        var fixedFiles = files.Replace(file, new InMemoryAdditionalText("/p/data/m.yaml", """
            meetings:
              - id: m3
                title: Three
                topics: [a, a]

            """));
        var fixedFile = fixedFiles.Single(f => f.Path == "/p/data/m.yaml");
        var again = await Analyze(fixedFiles).GetAnalysisResultAsync(fixedFile, CancellationToken.None);
        var shownAgain = again.AdditionalFileDiagnostics.TryGetValue(fixedFile, out var byAnalyzer) ? byAnalyzer.Values.SelectMany(d => d).Select(Show).ToList() : new List<string>();
        Assert.Equal(new[] { "m.yaml(4,17): NSD0016: unique-items at meetings[0].topics[1]: is equal to item 0; the items must be unique" }, shownAgain);
    }

    [Fact]
    public async Task The_analyzer_reports_cross_file_errors_at_the_end_and_severities_follow_the_options()
    {
        var files = Files(("/p/data/venues.yaml", Venues), ("/p/data/a.yaml", """
            meetings:
              - id: m1
                title: One that is far too long
                venue: nowhere

            """));
        var severities = new Dictionary<string, ReportDiagnostic> { ["NSD0008"] = ReportDiagnostic.Warn };
        var diagnostics = await Analyze(files, severities).GetAllDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(
            new[]
            {
                "a.yaml(3,12): NSD0008: max-length at meetings[0].title: must be at most 20 characters long, but has 24",
                "a.yaml(4,12): NSD0020: unresolved-reference at meetings[0].venue: no Venue has the id 'nowhere'",
            },
            diagnostics.Where(d => d.Id.StartsWith("NSD", StringComparison.Ordinal)).Select(Show).OrderBy(s => s, StringComparer.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostics.Single(d => d.Id == "NSD0008").Severity);
        Assert.Equal(DiagnosticSeverity.Error, diagnostics.Single(d => d.Id == "NSD0020").Severity);
    }

    /// <summary>Global MSBuild properties, and NewsSchemaData=true on every additional file that is not a schema.</summary>
    private sealed class DataOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly DictionaryOptions None = new(new Dictionary<string, string>());
        private static readonly DictionaryOptions Data = new(new Dictionary<string, string> { [DataFiles.DataMetadata] = "true" });

        public DataOptions(IReadOnlyDictionary<string, string> global, ImmutableArray<AdditionalText> files) => GlobalOptions = new DictionaryOptions(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => NewsSchemaGenerator.IsSchemaPath(textFile.Path) ? None
               : textFile.Path.Contains("/venues/", StringComparison.Ordinal) ? VenueFile
               : Data;

        /// <summary>Files under /venues/ hold one Venue each (<c>Type="Venue"</c>).</summary>
        private static readonly DictionaryOptions VenueFile = new(new Dictionary<string, string> { [DataFiles.DataMetadata] = "true", [DataFiles.TypeMetadata] = "Venue" });
    }
}
