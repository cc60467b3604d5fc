using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

/// <summary>
/// What is wrong with a set of schema files: the one implementation that both
/// <see cref="NewsSchemaGenerator"/> and <see cref="SchemaAnalyzer"/> call, so the generator and
/// the IDE can never disagree about a schema.
/// </summary>
/// <remarks>
/// Two steps, so callers can cache the first: <see cref="ParseFile"/> reads one file on its own
/// (the generator's per-file pipeline step; the analyzer's per-text cache), and
/// <see cref="Check"/> resolves all files together and gathers every diagnostic of the set.
/// </remarks>
internal static class SchemaCheck
{
    /// <summary>Reads one schema file into declarations and the diagnostics found in that file alone.</summary>
    public static SchemaFile ParseFile(string path, string text, CancellationToken cancellationToken)
        => SchemaParser.Parse(path, text, cancellationToken);

    /// <summary>
    /// Resolves the files together (cross-file names, families, plurals, ...). The result's
    /// <see cref="ResolvedSchema.Diagnostics"/> holds every diagnostic of the set, each once: each
    /// file's own (in the order of <paramref name="files"/>), then the cross-file ones.
    /// </summary>
    public static ResolvedSchema Check(ImmutableArray<SchemaFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        files = files.IsDefault ? ImmutableArray<SchemaFile>.Empty : files;
        var resolved = SchemaResolver.Resolve(files, options, cancellationToken);
        if (files.All(f => f.Diagnostics.IsEmpty))
        {
            return resolved;
        }

        var all = new List<DiagnosticInfo>();
        foreach (var file in files)
        {
            all.AddRange(file.Diagnostics);
        }

        all.AddRange(resolved.Diagnostics);
        return resolved with { Diagnostics = all.ToEquatableArray() };
    }

    /// <summary>Every diagnostic of the schema texts: <see cref="ParseFile"/> on each, then <see cref="Check"/>.</summary>
    public static EquatableArray<DiagnosticInfo> Diagnostics(IEnumerable<(string Path, string Text)> texts, GeneratorOptions options, CancellationToken cancellationToken)
    {
        if (texts is null)
        {
            throw new ArgumentNullException(nameof(texts));
        }

        var files = texts.Select(t => ParseFile(t.Path, t.Text, cancellationToken)).ToImmutableArray();
        return Check(files, options, cancellationToken).Diagnostics;
    }
}
