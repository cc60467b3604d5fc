using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Emit;
using NewsSchema.Generator.Model;
using TypeKind = NewsSchema.Generator.Model.TypeKind;

namespace NewsSchema.Generator.Compatibility;

/// <summary>Reduces the resolved model to the facts a baseline records. Pure: same model, same baseline.</summary>
internal static class BaselineBuilder
{
    public static Baseline Build(ResolvedSchema schema, IEnumerable<SchemaFile> files, string? baselinePath)
    {
        var baseline = new Baseline();
        if (schema.Catalog is { } catalog)
        {
            baseline.Catalog = catalog.Namespace + "." + catalog.Name;
        }

        // The file of each type, as the resolver saw it: files in path order, the first declaration wins.
        var fileOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f is not null).OrderBy(f => f.Path ?? string.Empty, StringComparer.Ordinal))
        {
            foreach (var decl in file.Types)
            {
                if (!fileOf.ContainsKey(decl.Name))
                {
                    fileOf.Add(decl.Name, RelativePath(baselinePath, file.Path ?? string.Empty));
                }
            }
        }

        var nameOf = schema.Types.ToDictionary(t => t.FullName, t => t.Name, StringComparer.Ordinal);
        var properties = schema.Catalog?.Entities.ToDictionary(e => e.Name, e => e.PropertyName, StringComparer.Ordinal)
                         ?? new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var model in schema.Types)
        {
            var type = new BaselineType(model.Name)
            {
                Kind = KindText(model.Kind),
                CSharp = model.Namespace + "." + model.Name,
                File = fileOf.TryGetValue(model.Name, out var path) ? path : null,
                Abstract = model.IsAbstract,
                Base = model.BaseFullName is { } baseName && nameOf.TryGetValue(baseName, out var b) ? b : null,
                Discriminator = model.IsRoot ? model.Discriminator : null,
                Tag = model.Tag,
            };

            if (model.Kind == TypeKind.Entity && model.BaseFullName is null)
            {
                type.Plural = model.Plural;
                type.CatalogProperty = properties.TryGetValue(model.Name, out var property) ? property : null;
                type.IdPattern = model.IdPattern;
                type.IdType = StripGlobal(model.IdFullName);
            }

            foreach (var f in model.Fields.Skip(model.InheritedFieldCount))
            {
                var field = new BaselineField(f.WireName)
                {
                    Type = TypeText(f.Type),
                    Property = f.PropertyName,
                    CSharpType = PropertyType(f),
                    Required = f.Required,
                    Default = f.DefaultText,
                };
                foreach (var alias in f.Aliases)
                {
                    field.Aliases.Add(alias);
                }

                AddConstraints(field, f.Constraints);
                type.Fields[field.Name] = field;
            }

            foreach (var member in model.Members)
            {
                type.Values[member.WireName] = new BaselineValue(member.WireName) { Member = member.MemberName };
            }

            baseline.Types[type.Name] = type;
        }

        return baseline;
    }

    internal static string KindText(TypeKind kind) => kind switch
    {
        TypeKind.Entity => "entity",
        TypeKind.Enum => "enum",
        _ => "record",
    };

    /// <summary>The canonical schema type expression of a resolved type: <c>list&lt;ref&lt;Actor&gt;&gt;</c>.</summary>
    internal static string TypeText(TypeRefModel type) => type.Kind switch
    {
        TypeRefKind.Primitive => type.Primitive switch
        {
            PrimitiveKind.DateTime => "datetime",
            _ => type.Primitive.ToString().ToLowerInvariant(),
        },
        TypeRefKind.List => "list<" + TypeText(type.Element!) + ">",
        TypeRefKind.Map => "map<" + TypeText(type.Element!) + ">",
        TypeRefKind.Ref => "ref<" + type.Name + ">",
        _ => type.Name ?? string.Empty,
    };

    /// <summary>The property's type as user code sees it (what RecordEmitter declares), without <c>global::</c>.</summary>
    private static string PropertyType(FieldModel f)
    {
        var type = StripGlobal(EmitHelpers.CSharpType(f.Type));
        return f.Required || f.DefaultText is not null || EmitHelpers.IsCollection(f.Type) ? type : type + "?";
    }

    private static string StripGlobal(string text) => text.Replace("global::", string.Empty);

    private static void AddConstraints(BaselineField field, FieldConstraints c)
    {
        Add("minLength", c.MinLength?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("maxLength", c.MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("pattern", c.Pattern);
        Add("minimum", c.Minimum);
        Add("maximum", c.Maximum);
        Add("exclusiveMinimum", c.ExclusiveMinimum);
        Add("exclusiveMaximum", c.ExclusiveMaximum);
        Add("minItems", c.MinItems?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("maxItems", c.MaxItems?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("uniqueItems", c.UniqueItems ? "true" : null);

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                field.Constraints[key] = value;
            }
        }
    }

    /// <summary>
    /// <paramref name="path"/> relative to the folder of <paramref name="baselinePath"/>, with <c>/</c>
    /// (<c>../</c> where it lies outside); just the normalized path when there is no baseline path or
    /// no common root. Text only: the generator does no file IO.
    /// </summary>
    internal static string RelativePath(string? baselinePath, string path)
    {
        var target = Normalize(path);
        if (string.IsNullOrEmpty(baselinePath))
        {
            return FileName(target);
        }

        var from = Normalize(baselinePath!).Split('/');
        var to = target.Split('/');
        var folder = from.Length - 1;
        var common = 0;
        while (common < folder && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        if (common == 0)
        {
            return target;
        }

        var parts = Enumerable.Repeat("..", folder - common).Concat(to.Skip(common));
        return string.Join("/", parts);
    }

    internal static string Normalize(string path) => path.Replace('\\', '/');

    private static string FileName(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
}
