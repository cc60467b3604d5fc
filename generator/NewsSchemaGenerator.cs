using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator.Compatibility;
using NewsSchema.Generator.Emit;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator;

/// <summary>
/// Turns <c>*.schema.yaml</c> / <c>*.schema.yml</c> additional files into C# types.
/// <see cref="Initialize"/> only wires the pipeline: <see cref="SchemaParser"/> reads one file,
/// <see cref="SchemaResolver"/> resolves names across files, and the emitters write text.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsSchemaGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Where(static text => IsSchemaPath(text.Path))
            .Select(static (text, ct) => new SchemaText(text.Path, text.GetText(ct)?.ToString() ?? string.Empty))
            .WithTrackingName(TrackingNames.SchemaTexts);

        var parsed = files
            .Select(static (file, ct) => SchemaCheck.ParseFile(file.Path, file.Text, ct))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var resolved = parsed
            .Collect()
            .Combine(options)
            .Select(static (input, ct) => SchemaCheck.Check(input.Left, input.Right, ct))
            .WithTrackingName(TrackingNames.Resolved);

        var types = resolved
            .SelectMany(static (schema, _) => schema.Types)
            .WithTrackingName(TrackingNames.TypeModels);

        var catalog = resolved
            .Select(static (schema, _) => schema.Catalog)
            .WithTrackingName(TrackingNames.Catalog);

        // One value per JSON Schema (the catalog's and each entity's), each built only when the
        // models it uses changed; the file is joined from them.
        var jsonSchemas = resolved
            .SelectMany(static (schema, _) => JsonSchemaEmitter.Parts(schema))
            .WithTrackingName(TrackingNames.JsonSchemas)
            .Select(static (part, ct) => JsonSchemaEmitter.Build(part, ct))
            .WithTrackingName(TrackingNames.JsonSchemaLines)
            .Collect();

        // Diagnostics and source come from separate outputs so one never invalidates the other.
        // SchemaAnalyzer reports the located ones when analyzers run (the IDE shows an analyzer's
        // diagnostics in the schema file, reliably); the generator reports them only when analyzers
        // are off, so a build reports each mistake once. Internal errors and mistakes with no place
        // in a schema file are always the generator's.
        var generatorReports = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorReporting.ShouldReport(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.GeneratorReports);

        var schemaDiagnostics = resolved
            .SelectMany(static (schema, _) => schema.Diagnostics)
            .Combine(generatorReports)
            .Where(static input => input.Right || !SchemaAnalyzer.Reports(input.Left))
            .Select(static (input, _) => input.Left)
            .WithTrackingName(TrackingNames.SchemaDiagnostics);

        // The compatibility gate: the resolved schemas against the committed baseline (docs/compatibility.md).
        // Its diagnostics are the generator's alone (SchemaAnalyzer does not read the baseline), so a
        // build reports each once with analyzers on or off.
        var gateOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GateOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.GateOptions);
        var baselineText = context.AdditionalTextsProvider
            .Combine(gateOptions)
            .Where(static pair => pair.Right.IsBaseline(pair.Left.Path))
            .Select(static (pair, ct) => pair.Left.GetText(ct)?.ToString() ?? string.Empty)
            .Collect()
            .Select(static (texts, _) => texts.IsDefaultOrEmpty ? null : texts[0])
            .WithTrackingName(TrackingNames.Baseline);
        var gateDiagnostics = parsed
            .Collect()
            .Combine(resolved)
            .Combine(gateOptions.Combine(baselineText))
            .Select(static (input, ct) => CompatibilityGate.Check(input.Left.Left, input.Left.Right, input.Right.Left, input.Right.Right, ct))
            .WithTrackingName(TrackingNames.Gate)
            .SelectMany(static (diagnostics, _) => diagnostics);

        // Data files declared with NewsSchemaData, checked at build time (issue 17; generator/DataCheck).
        NewsSchema.Generator.DataCheck.DataCheckPipeline.Register(context, resolved);

        context.RegisterSourceOutput(gateDiagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));
        context.RegisterSourceOutput(schemaDiagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

        context.RegisterSourceOutput(types, static (spc, type) =>
            AddSources(spc, "type '" + type.Name + "'", type.SourcePath, () =>
            {
                TestHooks.Check("emit-type");
                return TypeEmitter.Emit(type, spc.CancellationToken);
            }));

        context.RegisterSourceOutput(catalog, static (spc, model) =>
        {
            if (model is not null)
            {
                AddSources(spc, "the catalog '" + model.Name + "'", model.SourcePath, () =>
                {
                    TestHooks.Check("emit-catalog");
                    return new[] { CatalogEmitter.Emit(model, spc.CancellationToken) };
                });
            }
        });

        context.RegisterSourceOutput(jsonSchemas, static (spc, schemas) =>
        {
            if (schemas.IsDefaultOrEmpty)
            {
                return;
            }

            var what = "the JSON Schemas of '" + schemas[0].CatalogName + "'";
            if (schemas.FirstOrDefault(s => s.Failure is not null) is { } failed)
            {
                ReportInternalError(spc, what, failed.Failure!, failed.SourcePath);
                return;
            }

            AddSources(spc, what, schemas[0].SourcePath, () => new[] { JsonSchemaEmitter.Emit(schemas) });
        });
    }

    /// <summary>Adds what <paramref name="emit"/> writes; a bug of ours in it becomes an NSG0025 about <paramref name="what"/>.</summary>
    private static void AddSources(SourceProductionContext spc, string what, string? path, Func<IEnumerable<(string HintName, string Source)>> emit)
    {
        try
        {
            foreach (var (hintName, source) in emit())
            {
                spc.AddSource(hintName, SourceText.From(source, Utf8NoBom));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ReportInternalError(spc, what, ex, path);
        }
    }

    /// <summary>
    /// The generator never throws: a bug of ours becomes an NSG0025, never CS8785, located at the
    /// start of the schema file it came from (a path, not a line: the models stay cached when lines move).
    /// </summary>
    private static void ReportInternalError(SourceProductionContext context, string what, Exception ex, string? path)
        => ReportInternalError(context, what, ex.GetType().Name + ": " + ex.Message, path);

    /// <summary>An NSG0025 for a bug caught in a pipeline step (<paramref name="failure"/>: the exception's type and message).</summary>
    private static void ReportInternalError(SourceProductionContext context, string what, string failure, string? path)
    {
        var location = path is null
            ? Location.None
            : Location.Create(path, new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), new Microsoft.CodeAnalysis.Text.LinePositionSpan(default, default));
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, location, what, failure));
    }

    private static readonly System.Text.Encoding Utf8NoBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    internal static bool IsSchemaPath(string path)
        => path.EndsWith(".schema.yaml", StringComparison.OrdinalIgnoreCase)
           || path.EndsWith(".schema.yml", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The first pipeline step's output: a schema file reduced to plain data.</summary>
internal sealed record SchemaText(string Path, string Text);

/// <summary>Names of the tracked pipeline steps, for the caching tests.</summary>
// The data check's steps are named apart, in DataTrackingNames (DataCheck/DataCheckPipeline.cs), beside their registration.
public static class TrackingNames
{
    /// <summary>Each schema file as (path, text).</summary>
    public const string SchemaTexts = "NewsSchema.SchemaTexts";

    /// <summary>Each schema file parsed into declarations and its own diagnostics.</summary>
    public const string ParsedSchemas = "NewsSchema.ParsedSchemas";

    /// <summary>The MSBuild options the generator reads.</summary>
    public const string Options = "NewsSchema.Options";

    /// <summary>All files resolved together.</summary>
    public const string Resolved = "NewsSchema.Resolved";

    /// <summary>One model per generated type.</summary>
    public const string TypeModels = "NewsSchema.TypeModels";

    /// <summary>The catalog model.</summary>
    public const string Catalog = "NewsSchema.Catalog";

    /// <summary>Whether the generator reports what <see cref="SchemaAnalyzer"/> reports (analyzers off).</summary>
    public const string GeneratorReports = "NewsSchema.GeneratorReports";

    /// <summary>The diagnostics the generator reports: every file's and the cross-file ones, less what the analyzer reports.</summary>
    public const string SchemaDiagnostics = "NewsSchema.SchemaDiagnostics";

    /// <summary>The compatibility gate's MSBuild options.</summary>
    public const string GateOptions = "NewsSchema.GateOptions";

    /// <summary>The text of the compatibility baseline, or null.</summary>
    public const string Baseline = "NewsSchema.Baseline";

    /// <summary>The compatibility gate's diagnostics.</summary>
    public const string Gate = "NewsSchema.Gate";
    /// <summary>The JSON Schemas of the project's data: the catalog's, then each entity's, with the models each uses.</summary>
    public const string JsonSchemas = "NewsSchema.JsonSchemas";

    /// <summary>Each JSON Schema's text as lines of the generated file.</summary>
    public const string JsonSchemaLines = "NewsSchema.JsonSchemaLines";
}
