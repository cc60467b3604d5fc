using NewsSchema.Generated;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.DataCheck;

/// <summary>Names of the data check's tracked pipeline steps, for the caching tests.</summary>
// Apart from TrackingNames (NewsSchemaGenerator.cs): these steps are registered by DataCheckPipeline, here.
public static class DataTrackingNames
{
    /// <summary>Each declared data file as (path, text, type).</summary>
    public const string DataTexts = "NewsSchema.DataTexts";

    /// <summary>The resolved schema as the data check reads it.</summary>
    public const string DataSchema = "NewsSchema.DataSchema";

    /// <summary>Whether the generator reports data errors (analyzers off).</summary>
    public const string DataReporting = "NewsSchema.DataReporting";

    /// <summary>Each data file parsed and validated on its own.</summary>
    public const string DataChecked = "NewsSchema.DataChecked";

    /// <summary>Every file's errors and the reference pass across all files.</summary>
    public const string DataErrors = "NewsSchema.DataErrors";
}

/// <summary>
/// The generator's side of the build-time data check: used only when analyzers do not run
/// (<see cref="DataFiles.AnalyzersRun"/>); otherwise <see cref="DataFileAnalyzer"/> reports, and
/// these steps check nothing. Per-file work stays per file: editing one data file re-checks that
/// file, and the reference pass works on the small per-file results.
/// </summary>
internal static class DataCheckPipeline
{
    public static void Register(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ResolvedSchema> resolved)
    {
        var reporting = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => !DataFiles.AnalyzersRun(provider.GlobalOptions))
            .WithTrackingName(DataTrackingNames.DataReporting);

        var texts = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => DataFiles.Read(pair.Left, pair.Right.GetOptions(pair.Left), ct))
            .Where(static file => file is not null)
            .Select(static (file, _) => file!)
            .WithTrackingName(DataTrackingNames.DataTexts);

        var schema = resolved
            .Select(static (model, _) => new DataSchema(model))
            .WithTrackingName(DataTrackingNames.DataSchema);

        var checkedFiles = texts
            .Combine(schema.Combine(reporting))
            .Select(static (pair, ct) => pair.Right.Right && !pair.Left.IsJson
                ? DataChecker.CheckFile(pair.Right.Left, pair.Left.ToInput(), ct)
                : DataChecker.Unchecked(pair.Left.Path, notChecked: pair.Right.Right))
            .WithTrackingName(DataTrackingNames.DataChecked);

        var errors = checkedFiles
            .Collect()
            .Combine(schema)
            .Select(static (pair, _) => DataChecker.AllErrors(pair.Right, pair.Left))
            .WithTrackingName(DataTrackingNames.DataErrors);

        context.RegisterSourceOutput(errors, static (spc, all) =>
        {
            foreach (var error in all)
            {
                spc.ReportDiagnostic(error.Code.Length == 0 ? DataFiles.NotChecked(error.Source) : DataFiles.ToDiagnostic(error, null));
            }
        });
    }
}
