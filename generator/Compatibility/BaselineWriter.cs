using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator.Compatibility;

/// <summary>What <see cref="BaselineWriter.Write"/> needs besides the schema files: the MSBuild facts the generator would see.</summary>
public sealed class BaselineWriterOptions
{
    /// <summary>The full path the baseline is written to; schema files are recorded relative to its folder.</summary>
    public string BaselinePath { get; set; } = "newsschema.baseline";

    /// <summary>The namespace of schemas without one (MSBuild NewsSchemaNamespace, else RootNamespace).</summary>
    public string DefaultNamespace { get; set; } = GeneratorOptionsReader.FallbackNamespace;

    /// <summary>The catalog class name (MSBuild NewsSchemaCatalogName).</summary>
    public string CatalogName { get; set; } = GeneratorOptionsReader.DefaultCatalogName;
}

/// <summary>The baseline text, or why there is none.</summary>
public sealed class BaselineWriteResult
{
    internal BaselineWriteResult(string? text, IReadOnlyList<string> errors)
    {
        Text = text;
        Errors = errors;
    }

    /// <summary>The baseline file's text (UTF-8, <c>\n</c> line ends); null when the schemas have errors.</summary>
    public string? Text { get; }

    /// <summary>The schema errors, as <c>path(line,col): error NSG…: message</c>; empty on success.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>True when <see cref="Text"/> was written.</summary>
    public bool Success => Text is not null;
}

/// <summary>
/// Writes the compatibility baseline of a set of schema files: the one entry point for tools and
/// build tasks (<c>dotnet build -p:NewsSchemaUpdateBaseline=true</c>). It parses and resolves the
/// files as the generator does, so the baseline records exactly what the gate compares with. A
/// pure function: the same files and options give byte-identical text; it reads and writes no file.
/// </summary>
public static class BaselineWriter
{
    /// <summary>The baseline of <paramref name="schemaFiles"/> (path and text of each <c>*.schema.yaml</c>), or their errors.</summary>
    public static BaselineWriteResult Write(IEnumerable<(string Path, string Text)> schemaFiles, BaselineWriterOptions? options = null)
    {
        if (schemaFiles is null)
        {
            throw new ArgumentNullException(nameof(schemaFiles));
        }

        options ??= new BaselineWriterOptions();
        var parsed = schemaFiles.Select(f => SchemaParser.Parse(f.Path, f.Text, CancellationToken.None)).ToImmutableArray();
        var resolved = SchemaResolver.Resolve(parsed, new GeneratorOptions(options.DefaultNamespace, options.CatalogName), CancellationToken.None);
        var errors = parsed.SelectMany(p => p.Diagnostics).Concat(resolved.Diagnostics)
            .Where(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
            .Select(d => d.ToDiagnostic().ToString())
            .ToList();
        if (errors.Count > 0)
        {
            return new BaselineWriteResult(null, errors);
        }

        return new BaselineWriteResult(Text(resolved, parsed, options.BaselinePath), Array.Empty<string>());
    }

    /// <summary>The baseline text of an already resolved model (what the generator holds).</summary>
    internal static string Text(ResolvedSchema resolved, IEnumerable<SchemaFile> files, string? baselinePath)
        => BaselineFormat.Write(BaselineBuilder.Build(resolved, files, baselinePath));
}
