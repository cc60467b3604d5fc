using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
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
            .Select(static (file, ct) => SchemaParser.Parse(file.Path, file.Text, ct))
            .WithTrackingName(TrackingNames.ParsedSchemas);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptionsReader.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var resolved = parsed
            .Collect()
            .Combine(options)
            .Select(static (input, ct) => SchemaResolver.Resolve(input.Left, input.Right, ct))
            .WithTrackingName(TrackingNames.Resolved);

        var types = resolved
            .SelectMany(static (schema, _) => schema.Types)
            .WithTrackingName(TrackingNames.TypeModels);

        var catalog = resolved
            .Select(static (schema, _) => schema.Catalog)
            .WithTrackingName(TrackingNames.Catalog);

        // Diagnostics and source come from separate outputs so one never invalidates the other.
        var fileDiagnostics = parsed
            .SelectMany(static (file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        var schemaDiagnostics = resolved
            .SelectMany(static (schema, _) => schema.Diagnostics)
            .WithTrackingName(TrackingNames.SchemaDiagnostics);

        // Data files declared with NewsSchemaData, checked at build time (issue 17; generator/DataCheck).
        NewsSchema.Generator.DataCheck.DataCheckPipeline.Register(context, resolved);

        context.RegisterSourceOutput(fileDiagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));
        context.RegisterSourceOutput(schemaDiagnostics, static (spc, diagnostic) => spc.ReportDiagnostic(diagnostic.ToDiagnostic()));

        context.RegisterSourceOutput(types, static (spc, type) =>
        {
            try
            {
                foreach (var (hintName, source) in TypeEmitter.Emit(type, spc.CancellationToken))
                {
                    spc.AddSource(hintName, SourceText.From(source, Utf8NoBom));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ReportInternalError(spc, "type '" + type.Name + "'", ex);
            }
        });

        context.RegisterSourceOutput(catalog, static (spc, model) =>
        {
            if (model is null)
            {
                return;
            }

            try
            {
                var (hintName, source) = CatalogEmitter.Emit(model, spc.CancellationToken);
                spc.AddSource(hintName, SourceText.From(source, Utf8NoBom));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                ReportInternalError(spc, "the catalog '" + model.Name + "'", ex);
            }
        });
    }

    /// <summary>The generator never throws: a bug of ours becomes a located-nowhere NSG0025, never CS8785.</summary>
    private static void ReportInternalError(SourceProductionContext context, string what, Exception ex)
        => context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, what, ex.GetType().Name + ": " + ex.Message));

    private static readonly System.Text.Encoding Utf8NoBom = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    internal static bool IsSchemaPath(string path)
        => path.EndsWith(".schema.yaml", StringComparison.OrdinalIgnoreCase)
           || path.EndsWith(".schema.yml", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The first pipeline step's output: a schema file reduced to plain data.</summary>
internal sealed record SchemaText(string Path, string Text);

/// <summary>Names of the tracked pipeline steps, for the caching tests.</summary>
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

    /// <summary>Diagnostics found while parsing one file.</summary>
    public const string FileDiagnostics = "NewsSchema.FileDiagnostics";

    /// <summary>Diagnostics found while resolving all files.</summary>
    public const string SchemaDiagnostics = "NewsSchema.SchemaDiagnostics";
}
