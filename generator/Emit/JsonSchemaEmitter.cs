using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Export;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>
/// One JSON Schema of the project's data: the catalog's (<see cref="Entity"/> null) or one entity's,
/// with the models of every type its text uses (plain data, cached by value: an edit elsewhere
/// in the model leaves it equal).
/// </summary>
internal sealed record JsonSchemaPart(string Namespace, string CatalogName, string? SourcePath, TypeModel? Entity, CatalogModel? Catalog, EquatableArray<TypeModel> Uses);

/// <summary>A part's text as the generated file's lines (a C# literal per line of JSON), or why building it failed.</summary>
internal sealed record JsonSchemaLines(string Namespace, string CatalogName, string? SourcePath, string? Entity, EquatableArray<string> Lines, string? Failure);

/// <summary>
/// Writes the JSON Schemas of the project's data (DataSchemaExport) into the catalog class:
/// <c>EntityCatalog.JsonSchema</c> (catalog files) and <c>EntityCatalog.EntityJsonSchemas</c> (one per
/// entity, by type name), the same text the build writes to files (docs/editor.md).
/// </summary>
/// <remarks>
/// Each schema is a pipeline value of its own (<see cref="Parts"/>), built into lines only when the
/// models it uses changed (<see cref="Build"/>); the file is joined from the lines. Editing one type
/// of a large model rebuilds the schemas that use it, not all of them (docs/decisions.md,
/// "JSON Schemas built per schema").
/// </remarks>
internal static class JsonSchemaEmitter
{
    /// <summary>The pipeline step: the catalog's schema, then each entity's in name order (as <see cref="DataSchemaExport.Build"/>); none without a catalog.</summary>
    public static EquatableArray<JsonSchemaPart> Parts(ResolvedSchema schema)
    {
        if (schema.Catalog is not { } catalog)
        {
            return default;
        }

        var byFullName = new Dictionary<string, TypeModel>(StringComparer.Ordinal);
        foreach (var type in schema.Types)
        {
            byFullName[type.FullName] = type;
        }

        var catalogRoots = catalog.Entities.Select(e => byFullName.TryGetValue(e.FullName, out var t) ? t : null).Where(t => t is not null).Select(t => t!);
        var parts = new List<JsonSchemaPart>
        {
            new(catalog.Namespace, catalog.Name, catalog.SourcePath, null, catalog, DataSchemaExport.Uses(byFullName, catalogRoots)),
        };
        foreach (var entity in schema.Types.Where(t => t.Kind == TypeKind.Entity).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            parts.Add(new(catalog.Namespace, catalog.Name, catalog.SourcePath, entity, null, DataSchemaExport.Uses(byFullName, new[] { entity })));
        }

        return parts.ToEquatableArray();
    }

    /// <summary>
    /// The pipeline step after <see cref="Parts"/>: one schema's text as the file's lines. A bug here
    /// is carried as <see cref="JsonSchemaLines.Failure"/> to the source output, which reports it as
    /// NSG0025 (the generator never throws).
    /// </summary>
    public static JsonSchemaLines Build(JsonSchemaPart part, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var text = part.Entity is { } entity ? DataSchemaExport.EntityText(part.Uses, entity) : DataSchemaExport.CatalogText(part.Uses, part.Catalog!);
            return new JsonSchemaLines(part.Namespace, part.CatalogName, part.SourcePath, part.Entity?.Name, Lines(text, part.Entity is null ? ";" : ","), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new JsonSchemaLines(part.Namespace, part.CatalogName, part.SourcePath, part.Entity?.Name, default, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>The file, from the catalog's lines (first) and each entity's.</summary>
    public static (string HintName, string Source) Emit(IReadOnlyList<JsonSchemaLines> schemas)
    {
        var catalog = schemas[0];
        var w = StartFile(catalog.Namespace);
        w.Open($"public sealed partial class {catalog.CatalogName}");
        var catalogFile = catalog.CatalogName + ".schema.json";
        w.Block($$"""
            /// <summary>
            /// The JSON Schema (draft-07) of this catalog's files, for editors: completion, hover and
            /// squiggles in YAML and JSON data files. The build also writes it to <c>{{XmlEscape(catalogFile)}}</c>
            /// in the folder of the MSBuild property <c>NewsSchemaExportDir</c>.
            /// </summary>
            public const string JsonSchema =
            """);
        Write(w, catalog.Lines);
        w.Block($$"""

            /// <summary>The JSON Schema (draft-07) of a file holding one entity, by the entity's type name.</summary>
            public static {{Collections}}.IReadOnlyDictionary<string, string> EntityJsonSchemas { get; } = new {{Collections}}.Dictionary<string, string>(global::System.StringComparer.Ordinal)
            """);
        w.Open();
        // An entity named like the catalog class (NSG0011) would share the catalog's file name; it is left out, as it always was here.
        foreach (var schema in schemas.Skip(1).Where(s => s.Entity != catalog.CatalogName))
        {
            w.Line("[" + Literal(schema.Entity!) + "] =");
            Write(w, schema.Lines);
        }

        w.Close(";");
        w.Close();
        w.Close();
        return (catalog.CatalogName + ".JsonSchema.g.cs", w.ToString());
    }

    private static void Write(CodeWriter w, EquatableArray<string> lines)
    {
        foreach (var line in lines)
        {
            w.Line(line);
        }
    }

    /// <summary>A long text as one literal per line, joined with +, so the generated file stays readable; the last ends with <paramref name="end"/>.</summary>
    private static EquatableArray<string> Lines(string text, string end)
    {
        var lines = text.Split('\n');
        var count = lines.Length;
        if (count > 1 && lines[count - 1].Length == 0)
        {
            count--;
        }

        var result = new List<string>(Math.Max(count, 1));
        for (var i = 0; i < count; i++)
        {
            var literal = Literal(lines[i] + (i < count - 1 || text.EndsWith("\n", StringComparison.Ordinal) ? "\n" : string.Empty));
            result.Add("    " + literal + (i < count - 1 ? " +" : end));
        }

        if (count == 0)
        {
            result.Add("    \"\"" + end);
        }

        return result.ToEquatableArray();
    }
}
