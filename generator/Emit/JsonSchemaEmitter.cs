using System.Linq;
using System.Threading;
using NewsSchema.Generator.Export;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>What the JSON Schemas are built from: every type and the catalog (plain data, cached by value).</summary>
internal sealed record JsonSchemaInput(EquatableArray<TypeModel> Types, CatalogModel Catalog);

/// <summary>The exported JSON Schemas of one compilation.</summary>
internal sealed record JsonSchemaModel(string Namespace, string CatalogName, EquatableArray<ExportText> Schemas);

/// <summary>
/// Writes the JSON Schemas of the project's data (DataSchemaExport) into the catalog class:
/// <c>EntityCatalog.JsonSchema</c> (catalog files) and <c>EntityCatalog.EntityJsonSchemas</c> (one per
/// entity, by type name), the same text the build writes to files (docs/editor.md).
/// </summary>
internal static class JsonSchemaEmitter
{
    /// <summary>The pipeline step: no catalog, no schemas (the text is built in the output, where a bug becomes NSG0025).</summary>
    public static JsonSchemaInput? Input(ResolvedSchema schema)
        => schema.Catalog is { } catalog ? new JsonSchemaInput(schema.Types, catalog) : null;

    public static (string HintName, string Source) Emit(JsonSchemaInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var model = new JsonSchemaModel(input.Catalog.Namespace, input.Catalog.Name, DataSchemaExport.Build(input.Types, input.Catalog).ToEquatableArray());
        var w = StartFile(model.Namespace);
        w.Open($"public sealed partial class {model.CatalogName}");
        var catalogFile = model.CatalogName + ".schema.json";
        var catalog = model.Schemas.FirstOrDefault(s => s.FileName == catalogFile);
        w.Block($$"""
            /// <summary>
            /// The JSON Schema (draft-07) of this catalog's files, for editors: completion, hover and
            /// squiggles in YAML and JSON data files. The build also writes it to <c>{{XmlEscape(catalogFile)}}</c>
            /// in the folder of the MSBuild property <c>NewsSchemaExportDir</c>.
            /// </summary>
            public const string JsonSchema =
            """);
        Text(w, catalog?.Text ?? string.Empty);
        w.Block($$"""

            /// <summary>The JSON Schema (draft-07) of a file holding one entity, by the entity's type name.</summary>
            public static {{Collections}}.IReadOnlyDictionary<string, string> EntityJsonSchemas { get; } = new {{Collections}}.Dictionary<string, string>(global::System.StringComparer.Ordinal)
            """);
        w.Open();
        foreach (var schema in model.Schemas.Where(s => s.FileName != catalogFile))
        {
            w.Line("[" + Literal(schema.FileName.Substring(0, schema.FileName.Length - ".schema.json".Length)) + "] =");
            Text(w, schema.Text, ",");
        }

        w.Close(";");
        w.Close();
        w.Close();
        return (model.CatalogName + ".JsonSchema.g.cs", w.ToString());
    }

    /// <summary>A long text as one literal per line, joined with +, so the generated file stays readable.</summary>
    private static void Text(CodeWriter w, string text, string end = ";")
    {
        var lines = text.Split('\n');
        var count = lines.Length;
        if (count > 1 && lines[count - 1].Length == 0)
        {
            count--;
        }

        for (var i = 0; i < count; i++)
        {
            var literal = Literal(lines[i] + (i < count - 1 || text.EndsWith("\n", System.StringComparison.Ordinal) ? "\n" : string.Empty));
            w.Line("    " + literal + (i < count - 1 ? " +" : end));
        }

        if (count == 0)
        {
            w.Line("    \"\"" + end);
        }
    }
}
