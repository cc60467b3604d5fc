using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsSchema.Testing;

namespace NewsSchema.Generator.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="SchemaAnalyzer"/> the way the IDE asks for one file:
/// <see cref="CompilationWithAnalyzers.GetAnalysisResultAsync(AdditionalText, CancellationToken)"/>,
/// with no generator run. One harness keeps one analyzer instance across edits, as the IDE does.
/// </summary>
public sealed class AnalyzerHarness
{
    private readonly Compilation _compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode);
    private readonly IReadOnlyDictionary<string, string> _properties;
    private readonly List<AdditionalText> _schemas;

    public AnalyzerHarness(IEnumerable<(string Path, string Text)> schemas, IReadOnlyDictionary<string, string>? properties = null)
    {
        _schemas = schemas.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToList();
        _properties = properties ?? GeneratorHarness.DefaultProperties;
    }

    public AnalyzerHarness(params (string Path, string Text)[] schemas)
        : this(schemas, null)
    {
    }

    public SchemaAnalyzer Analyzer { get; } = new();

    /// <summary>Replaces one schema file's text (a keystroke in the editor).</summary>
    public void Edit(string path, string newText)
    {
        var index = _schemas.FindIndex(s => s.Path == path);
        _schemas[index] = new InMemoryAdditionalText(path, newText);
    }

    /// <summary>The diagnostics of one schema file, as the IDE's per-file analysis gets them.</summary>
    public ImmutableArray<Diagnostic> AnalyzeFile(string path) => Analyze(_schemas.First(s => s.Path == path));

    private ImmutableArray<Diagnostic> Analyze(AdditionalText file)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new AnalyzerOptions(_schemas.ToImmutableArray(), new TestAnalyzerConfigOptionsProvider(_properties));
        var withAnalyzers = _compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(Analyzer),
            new CompilationWithAnalyzersOptions(options, (ex, _, _) => exceptions.Enqueue(ex), concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var result = withAnalyzers.GetAnalysisResultAsync(file, CancellationToken.None).GetAwaiter().GetResult();
        if (!exceptions.IsEmpty)
        {
            throw new AggregateException("the analyzer threw", exceptions);
        }

        var all = result.GetAllDiagnostics();
        if (all.Any(d => d.Id == "AD0001"))
        {
            throw new InvalidOperationException("AD0001: " + string.Join("; ", all.Select(d => d.ToString())));
        }

        // Everything reported for this file, and nothing for the project or another file.
        var forFile = result.AdditionalFileDiagnostics.TryGetValue(file, out var byAnalyzer) && byAnalyzer.TryGetValue(Analyzer, out var diagnostics)
            ? diagnostics
            : ImmutableArray<Diagnostic>.Empty;
        if (all.Length != forFile.Length)
        {
            throw new InvalidOperationException("Diagnostics reported outside the analyzed file: " + string.Join("; ", all.Except(forFile).Select(d => d.ToString())));
        }

        return forFile.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
    }

    /// <summary>Every schema file (every additional-file item) analyzed on its own, in order.</summary>
    public ImmutableArray<Diagnostic> AnalyzeEachFile()
        => _schemas.SelectMany(s => Analyze(s)).ToImmutableArray();
}
