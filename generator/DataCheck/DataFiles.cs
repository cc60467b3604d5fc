using NewsSchema.Generated;
using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsSchema.Generator.DataCheck;

/// <summary>A declared data file reduced to plain data: the first step of the data check.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Text">Its text.</param>
/// <param name="TypeName">The type of its one entity or record (<c>Type</c> metadata); null for a catalog file.</param>
internal sealed record DataFileText(string Path, string Text, string? TypeName)
{
    /// <summary>A JSON data file: declared, but not checked at build time (NSD0021).</summary>
    public bool IsJson => Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    public DataFileInput ToInput() => new(Path, Text, TypeName);
}

/// <summary>
/// How the build sees data files and who reports their errors. The package's targets turn each
/// <c>NewsSchemaData</c> item into an AdditionalFiles item with <c>NewsSchemaData=true</c> (and
/// <c>NewsSchemaType</c> from its <c>Type</c> metadata); the props make both visible here.
/// </summary>
internal static class DataFiles
{
    public const string DataMetadata = "build_metadata.AdditionalFiles.NewsSchemaData";
    public const string TypeMetadata = "build_metadata.AdditionalFiles.NewsSchemaType";

    public static bool IsDataFile(AnalyzerConfigOptions options)
        => options.TryGetValue(DataMetadata, out var flag) && string.Equals(flag.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The data file's text and type, or null when <paramref name="text"/> is not a declared data file.</summary>
    public static DataFileText? Read(AdditionalText text, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!IsDataFile(options))
        {
            return null;
        }

        var type = options.TryGetValue(TypeMetadata, out var t) && t.Trim().Length > 0 ? t.Trim() : null;
        return new DataFileText(text.Path, text.GetText(cancellationToken)?.ToString() ?? string.Empty, type);
    }

    /// <summary>
    /// True when analyzers run in this build, so the companion analyzer reports data errors and
    /// the generator stays silent; false with <c>RunAnalyzers=false</c> or
    /// <c>RunAnalyzersDuringBuild=false</c> (read through CompilerVisibleProperty), and the
    /// generator reports them instead: each error once either way.
    /// </summary>
    public static bool AnalyzersRun(AnalyzerConfigOptions global)
        => !IsFalse(global, "build_property.RunAnalyzers") && !IsFalse(global, "build_property.RunAnalyzersDuringBuild");

    private static bool IsFalse(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The diagnostic for one data error: its NSD id, at its line and column of the data file.</summary>
    public static Diagnostic ToDiagnostic(DataCheckError error, SourceText? text)
    {
        var descriptor = DiagnosticDescriptors.DataByCode.TryGetValue(error.Code, out var d) ? d : DiagnosticDescriptors.DataType;
        return Diagnostic.Create(descriptor, LocationOf(error, text), error.Code, error.Path.Length == 0 ? string.Empty : " at " + error.Path, error.Message);
    }

    /// <summary>Where an error is: the 1-based line and column become a position (and, with the text, an offset) in the file.</summary>
    public static Location LocationOf(DataCheckError error, SourceText? text)
    {
        var line = Math.Max(0, error.Line - 1);
        var column = Math.Max(0, error.Column - 1);
        var position = new LinePosition(line, column);
        var span = new TextSpan(0, 0);
        if (text is not null && line < text.Lines.Count)
        {
            var textLine = text.Lines[line];
            var start = Math.Min(textLine.Start + column, textLine.End);
            span = new TextSpan(start, 0);
        }

        return Location.Create(error.Source, span, new LinePositionSpan(position, position));
    }

    /// <summary>The warning for a declared data file the build does not check.</summary>
    public static Diagnostic NotChecked(string path)
        => Diagnostic.Create(DiagnosticDescriptors.DataFileNotChecked, Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(default, default)), System.IO.Path.GetFileName(path));
}
