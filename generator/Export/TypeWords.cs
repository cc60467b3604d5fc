using System.Collections.Generic;
using System.Globalization;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Export;

/// <summary>
/// How a field's type and constraints read in prose, as the user wrote them: the exported
/// schemas' Markdown descriptions and the Markdown reference of the model (ModelReference) use
/// the same words.
/// </summary>
internal static class TypeWords
{
    /// <summary>The name of the entity a ref points at.</summary>
    internal static string TargetName(TypeRefModel reference, IReadOnlyDictionary<string, TypeModel> types)
        => reference.Target is { } target && types.TryGetValue(target, out var t) ? t.Name : reference.Name ?? "entity";

    /// <summary>The type expression as the user wrote it (normalised), e.g. <c>list&lt;ref&lt;Actor&gt;&gt;</c>.</summary>
    internal static string TypeText(TypeRefModel type, IReadOnlyDictionary<string, TypeModel> types) => type.Kind switch
    {
        TypeRefKind.Primitive => PrimitiveName(type.Primitive),
        TypeRefKind.List => "list<" + TypeText(type.Element!, types) + ">",
        TypeRefKind.Map => "map<" + TypeText(type.Element!, types) + ">",
        TypeRefKind.Ref => "ref<" + TargetName(type, types) + ">",
        _ => type.FullName is { } f && types.TryGetValue(f, out var t) ? t.Name : type.Name ?? "?",
    };

    /// <summary>The schema language's name of a scalar type (date, datetime, uri); EmitHelpers.PrimitiveType gives the C# type.</summary>
    internal static string PrimitiveName(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "string",
        PrimitiveKind.Int => "int",
        PrimitiveKind.Long => "long",
        PrimitiveKind.Double => "double",
        PrimitiveKind.Decimal => "decimal",
        PrimitiveKind.Bool => "bool",
        PrimitiveKind.Date => "date",
        PrimitiveKind.DateTime => "datetime",
        PrimitiveKind.Uri => "uri",
        _ => "?",
    };

    /// <summary>Constraints in plain words, e.g. "1 to 200 characters; unique items".</summary>
    internal static string ConstraintWords(FieldConstraints c, TypeRefModel type)
    {
        var parts = new List<string>();
        Range(c.MinLength, c.MaxLength, "character");

        if (c.Pattern is not null)
        {
            parts.Add("matches `" + c.Pattern + "`");
        }

        if (c.Minimum is not null)
        {
            parts.Add("at least " + c.Minimum);
        }

        if (c.ExclusiveMinimum is not null)
        {
            parts.Add("more than " + c.ExclusiveMinimum);
        }

        if (c.Maximum is not null)
        {
            parts.Add("at most " + c.Maximum);
        }

        if (c.ExclusiveMaximum is not null)
        {
            parts.Add("less than " + c.ExclusiveMaximum);
        }

        Range(c.MinItems, c.MaxItems, "item");

        if (c.UniqueItems)
        {
            parts.Add("no two items equal");
        }

        var itemLevel = type.Kind is TypeRefKind.List or TypeRefKind.Map
            && (c.MinLength is not null || c.MaxLength is not null || c.Pattern is not null || c.Minimum is not null || c.Maximum is not null || c.ExclusiveMinimum is not null || c.ExclusiveMaximum is not null);
        return string.Join("; ", parts) + (itemLevel ? " (length, pattern and bounds apply to each item)" : string.Empty);

        // "3 characters", "1 to 200 characters", "at least 1 item", "at most 5 items".
        void Range(int? min, int? max, string noun)
        {
            if (min is { } low && max is { } high)
            {
                parts.Add(low == high ? Count(low, noun) : low + " to " + high + " " + noun + "s");
            }
            else if (min is { } atLeast)
            {
                parts.Add("at least " + Count(atLeast, noun));
            }
            else if (max is { } atMost)
            {
                parts.Add("at most " + Count(atMost, noun));
            }
        }

        static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
