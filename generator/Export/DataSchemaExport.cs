using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Export;

/// <summary>One exported text: a file name (no folder) and its content.</summary>
internal sealed record ExportText(string FileName, string Text);

/// <summary>
/// The JSON Schemas of a project's data (issue 15): one for catalog files and one per entity for
/// single-entity files, built from the resolved model. The generator puts the same text in code
/// (<c>EntityCatalog.JsonSchema</c>) and the export tool writes it to files: one implementation.
/// </summary>
/// <remarks>
/// Dialect: JSON Schema draft-07, the newest dialect every editor's YAML/JSON validator implements
/// fully (docs/editor.md), plus the editor annotations they read: <c>markdownDescription</c>,
/// <c>enumDescriptions</c>/<c>markdownEnumDescriptions</c> (VS Code and the YAML language server),
/// <c>x-intellij-enum-metadata</c> (JetBrains), <c>deprecated</c> and <c>deprecationMessage</c>.
/// The <see cref="Builder"/> writes the definitions: types (DataSchemaExport.Builder.cs), fields and
/// values (DataSchemaExport.Fields.cs), and scalars with their bounds (DataSchemaExport.Scalars.cs).
/// </remarks>
internal static partial class DataSchemaExport
{
    public const string Dialect = "http://json-schema.org/draft-07/schema#";

    /// <summary>What no JSON Schema can check, said in every exported schema's description.</summary>
    public const string NotChecked =
        "Not checked by this JSON Schema (the generated Validate() checks them): that each ref names an entity of the catalog, "
        + "that ids are unique, bounds on datetime fields, and rules written in C# (ValidateCustom).";

    /// <summary>The catalog's file name, <c>&lt;CatalogName&gt;.schema.json</c>.</summary>
    public static string CatalogFileName(CatalogModel catalog) => catalog.Name + ".schema.json";

    /// <summary>An entity's file name, <c>&lt;Entity&gt;.schema.json</c>.</summary>
    public static string EntityFileName(string entity) => entity + ".schema.json";

    /// <summary>The catalog's schema, then one per entity (in name order); empty without a catalog.</summary>
    public static IReadOnlyList<ExportText> Build(EquatableArray<TypeModel> types, CatalogModel? catalog)
    {
        var result = new List<ExportText>();
        if (catalog is null)
        {
            return result;
        }

        var builder = new Builder(types);
        result.Add(new ExportText(CatalogFileName(catalog), builder.Catalog(catalog).ToJson()));
        foreach (var entity in types.Where(t => t.Kind == TypeKind.Entity).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            result.Add(new ExportText(EntityFileName(entity.Name), builder.Entity(entity).ToJson()));
        }

        return result;
    }

    /// <summary>The catalog's schema built from <paramref name="types"/>, which must hold every type it uses (<see cref="Uses"/>).</summary>
    public static string CatalogText(IEnumerable<TypeModel> types, CatalogModel catalog) => new Builder(types).Catalog(catalog).ToJson();

    /// <summary>An entity's schema built from <paramref name="types"/>, which must hold every type it uses (<see cref="Uses"/>).</summary>
    public static string EntityText(IEnumerable<TypeModel> types, TypeModel entity) => new Builder(types).Entity(entity).ToJson();

    /// <summary>
    /// Every type of <paramref name="byFullName"/> whose model the text of a schema rooted at
    /// <paramref name="roots"/> is built from, in full-name order: the types it defines (as its
    /// definitions find them), and every type their text names or describes (subtypes, bases, field
    /// types and reference targets, each with its bases). Built from these alone, the text is the
    /// one built from the whole model (a test compares them on every schema it has); the generator
    /// keeps each schema's text while these models stay equal.
    /// </summary>
    public static EquatableArray<TypeModel> Uses(IReadOnlyDictionary<string, TypeModel> byFullName, IEnumerable<TypeModel> roots)
    {
        var rootList = roots.ToList();
        var uses = new SortedDictionary<string, TypeModel>(StringComparer.Ordinal);
        void AddWithBases(string? fullName)
        {
            while (fullName is not null && byFullName.TryGetValue(fullName, out var type) && !uses.ContainsKey(type.FullName))
            {
                uses.Add(type.FullName, type);
                fullName = type.BaseFullName;
            }
        }

        foreach (var type in rootList.Concat(Builder.Reachable(byFullName, rootList).Values))
        {
            AddWithBases(type.FullName);
            foreach (var sub in type.Subtypes)
            {
                AddWithBases(sub.FullName);
            }

            foreach (var field in type.Fields)
            {
                for (var t = field.Type; t is not null; t = t.Element)
                {
                    AddWithBases(t.FullName);
                    AddWithBases(t.Target);
                }
            }
        }

        return uses.Values.ToEquatableArray();
    }
}
