using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsSchema.Testing;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace NewsSchema.Generator.Tests.Infrastructure;

/// <summary>One run of the generator: what it reported and produced, and the driver to run again.</summary>
public sealed class GeneratorRun
{
    internal GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> driverDiagnostics, ImmutableArray<AdditionalText> schemas)
    {
        Driver = driver;
        InputCompilation = input;
        OutputCompilation = output;
        RunResult = driver.GetRunResult();
        Result = RunResult.Results.Single();
        Diagnostics = driverDiagnostics.AddRange(Result.Diagnostics).Distinct().ToImmutableArray();
        GeneratedSources = Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToImmutableArray();
        Schemas = schemas;
    }

    /// <summary>The updated driver, holding the cached state for an incremental re-run.</summary>
    public GeneratorDriver Driver { get; }

    public Compilation InputCompilation { get; }

    /// <summary>The input compilation plus the generated sources.</summary>
    public Compilation OutputCompilation { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>The result of our (only) generator: Exception, TrackedSteps, TrackedOutputSteps, ...</summary>
    public GeneratorRunResult Result { get; }

    /// <summary>Every diagnostic the driver and the generator reported (NSG* and CS8785 alike).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ImmutableArray<(string HintName, string Text)> GeneratedSources { get; }

    public ImmutableArray<AdditionalText> Schemas { get; }

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Errors of the compilation including the generated code (CS* from generated files and user code).</summary>
    public ImmutableArray<Diagnostic> CompilationErrors()
        => OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    public ImmutableArray<IncrementalGeneratorRunStep> Steps(string trackingName)
        => Result.TrackedSteps.TryGetValue(trackingName, out var steps) ? steps : ImmutableArray<IncrementalGeneratorRunStep>.Empty;

    /// <summary>The reasons of every output of every run of the named step, in order.</summary>
    public ImmutableArray<IncrementalStepRunReason> Reasons(string trackingName)
        => Steps(trackingName).SelectMany(s => s.Outputs).Select(o => o.Reason).ToImmutableArray();
}

/// <summary>
/// Runs <see cref="NewsSchemaGenerator"/> in memory over schema files, with step tracking on, and
/// re-runs it on an edited input so tests can check what was cached. Every run is made twice: the
/// second, over an unchanged input, must be served from the cache (<see cref="AssertSecondRunCached"/>).
/// </summary>
public static class GeneratorHarness
{
    public const string DefaultUserCode = "namespace UserCode { public static class Program { public static int Answer => 42; } }";

    public static readonly IReadOnlyDictionary<string, string> DefaultProperties = new Dictionary<string, string>
    {
        ["build_property.RootNamespace"] = "TestProject",
    };

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public static GeneratorRun Run(params (string Path, string Text)[] schemas) => Run(schemas, null);

    public static GeneratorRun Run(IEnumerable<(string Path, string Text)> schemas, IReadOnlyDictionary<string, string>? properties, string userCode = DefaultUserCode)
    {
        var texts = schemas.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToImmutableArray();
        var compilation = CreateCompilation(userCode);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NewsSchemaGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new TestAnalyzerConfigOptionsProvider(properties ?? DefaultProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        return Execute(driver, compilation, texts);
    }

    /// <summary>Runs the previous driver again over a (possibly edited) compilation.</summary>
    public static GeneratorRun Rerun(GeneratorRun previous, Compilation? compilation = null)
        => Execute(previous.Driver, compilation ?? previous.InputCompilation, previous.Schemas);

    /// <summary>Runs the previous driver again with one schema file's text replaced.</summary>
    public static GeneratorRun RerunWithEditedSchema(GeneratorRun previous, string path, string newText)
    {
        var old = previous.Schemas.Single(s => s.Path == path);
        var replacement = new InMemoryAdditionalText(path, newText);
        var driver = previous.Driver.ReplaceAdditionalText(old, replacement);
        return Execute(driver, previous.InputCompilation, previous.Schemas.Replace(old, replacement));
    }

    /// <summary>Runs the previous driver again with one user C# tree replaced by new text.</summary>
    public static GeneratorRun RerunWithEditedCode(GeneratorRun previous, string newUserCode)
    {
        var oldTree = previous.InputCompilation.SyntaxTrees.First();
        var newTree = CSharpSyntaxTree.ParseText(newUserCode, ParseOptions, oldTree.FilePath);
        return Execute(previous.Driver, previous.InputCompilation.ReplaceSyntaxTree(oldTree, newTree), previous.Schemas);
    }

    public static CSharpCompilation CreateCompilation(string userCode)
    {
        var references = new List<MetadataReference>(Basic.Reference.Assemblies.Net80.References.All);
        foreach (var dll in new[] { "NewsSchema.Runtime.dll", "YamlDotNet.dll" })
        {
            var path = Path.Combine(AppContext.BaseDirectory, dll);
            if (File.Exists(path))
            {
                references.Add(MetadataReference.CreateFromFile(path));
            }
        }

        return CSharpCompilation.Create(
            "TestProject",
            new[] { CSharpSyntaxTree.ParseText(userCode, ParseOptions, "UserCode.cs") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>
    /// Runs the driver, then runs it once more over a clone of the same compilation and asserts that the
    /// second run was served from the cache (<see cref="AssertSecondRunCached"/>). The returned run holds
    /// the first run's driver, so a test's own re-run starts from the state it would have without the check.
    /// </summary>
    private static GeneratorRun Execute(GeneratorDriver driver, Compilation compilation, ImmutableArray<AdditionalText> schemas)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var run = new GeneratorRun(driver, compilation, output, diagnostics, schemas);
        AssertSecondRunCached(run.RunResult, driver.RunGenerators(compilation.Clone()).GetRunResult());
        return run;
    }

    /// <summary>
    /// Fails unless <paramref name="second"/>, a run over an unchanged input, redid nothing: every output of
    /// every tracked step of the generator (and of every source output) is Cached or Unchanged and equal to
    /// the first run's, and the generated sources and diagnostics are the same, byte for byte.
    /// </summary>
    public static void AssertSecondRunCached(GeneratorDriverRunResult first, GeneratorDriverRunResult second)
    {
        Assert.Equal(first.Results.Length, second.Results.Length);
        for (var g = 0; g < first.Results.Length; g++)
        {
            var a = first.Results[g];
            var b = second.Results[g];
            Assert.Equal(a.Exception?.ToString(), b.Exception?.ToString());

            var problems = new List<string>();
            CollectUncachedSteps(a.TrackedSteps, b.TrackedSteps, compareValues: true, problems);
            CollectUncachedSteps(a.TrackedOutputSteps, b.TrackedOutputSteps, compareValues: false, problems);
            Assert.True(problems.Count == 0, "A second run over the same input redid work:\n" + string.Join("\n", problems));

            Assert.Equal(
                a.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())),
                b.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())));
            Assert.Equal(a.Diagnostics.Select(d => d.ToString()), b.Diagnostics.Select(d => d.ToString()));
        }
    }

    /// <summary>
    /// The driver's own input nodes (<see cref="WellKnownGeneratorInputs"/>): a new compilation object is
    /// Modified there by definition; what matters is that the steps built on them are not.
    /// </summary>
    private static readonly HashSet<string> DriverInputs = new(StringComparer.Ordinal)
    {
        WellKnownGeneratorInputs.Compilation, WellKnownGeneratorInputs.ParseOptions,
        WellKnownGeneratorInputs.AdditionalTexts, WellKnownGeneratorInputs.AnalyzerConfigOptions, WellKnownGeneratorInputs.MetadataReferences,
    };

    private static void CollectUncachedSteps(
        ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> first,
        ImmutableDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> second,
        bool compareValues,
        List<string> problems)
    {
        Assert.Equal(first.Keys.OrderBy(k => k, StringComparer.Ordinal), second.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var name in second.Keys.Where(k => !DriverInputs.Contains(k)).OrderBy(k => k, StringComparer.Ordinal))
        {
            var before = first[name];
            var steps = second[name];
            if (before.Length != steps.Length)
            {
                problems.Add($"step {name} ran {before.Length} times on the first run and {steps.Length} on the second");
                continue;
            }

            for (var i = 0; i < steps.Length; i++)
            {
                var outputs = steps[i].Outputs;
                foreach (var (value, reason) in outputs)
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        problems.Add($"step {name} was {reason}: its output ({value?.GetType().Name ?? "null"}) did not compare equal to the first run's");
                    }
                }

                if (compareValues && !before[i].Outputs.Select(o => o.Value).SequenceEqual(outputs.Select(o => o.Value)))
                {
                    problems.Add($"step {name} gave outputs that are not equal to the first run's");
                }
            }
        }
    }
}
