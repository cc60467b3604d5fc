using System;
using System.Collections.Generic;

namespace NewsSchema.Generator.Compatibility;

// The public shape of a project's schemas, as the compatibility baseline records it: what data
// and code built from the schemas depend on, and nothing else (no descriptions, no comments, no
// positions). Built from the resolved model (BaselineBuilder) or read from the baseline file
// (BaselineFormat.Read); the gate compares two of them. Plain mutable classes: they live only
// inside one gate or writer call and never reach the incremental pipeline's cache.

/// <summary>Everything one baseline records. Types are keyed by schema name, ordinally.</summary>
internal sealed class Baseline
{
    /// <summary>The catalog class, e.g. <c>NewsDesk.EntityCatalog</c>; null when the schemas declare no entity.</summary>
    public string? Catalog { get; set; }

    /// <summary>1-based line of the catalog fact in a baseline file; 0 when built from schemas.</summary>
    public int CatalogLine { get; set; }

    public SortedDictionary<string, BaselineType> Types { get; } = new(StringComparer.Ordinal);
}

internal sealed class BaselineType
{
    public BaselineType(string name) => Name = name;

    public string Name { get; }

    /// <summary><c>entity</c>, <c>record</c> or <c>enum</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>The generated C# type, e.g. <c>NewsSchema.News.Meeting</c>.</summary>
    public string? CSharp { get; set; }

    /// <summary>The schema file that declares it, relative to the baseline's folder, with <c>/</c>.</summary>
    public string? File { get; set; }

    public bool Abstract { get; set; }

    /// <summary>The schema name of the direct base of a family member.</summary>
    public string? Base { get; set; }

    /// <summary>The discriminator key of a family root.</summary>
    public string? Discriminator { get; set; }

    /// <summary>The wire tag of a concrete family member.</summary>
    public string? Tag { get; set; }

    /// <summary>The catalog key of an entity that is not a derived family member.</summary>
    public string? Plural { get; set; }

    /// <summary>The catalog's property for <see cref="Plural"/>, e.g. <c>Meetings</c>.</summary>
    public string? CatalogProperty { get; set; }

    /// <summary>The id pattern of an entity that is not a derived family member.</summary>
    public string? IdPattern { get; set; }

    /// <summary>The generated id type of an entity that is not a derived family member, e.g. <c>NewsSchema.News.MeetingId</c>.</summary>
    public string? IdType { get; set; }

    /// <summary>Own fields (not inherited), by wire name.</summary>
    public SortedDictionary<string, BaselineField> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Enum values, by wire name.</summary>
    public SortedDictionary<string, BaselineValue> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>1-based line of the type's first fact in a baseline file; 0 when built from schemas.</summary>
    public int Line { get; set; }
}

internal sealed class BaselineField
{
    public BaselineField(string name) => Name = name;

    /// <summary>The wire name (the key in YAML and JSON).</summary>
    public string Name { get; }

    /// <summary>The canonical type expression, e.g. <c>list&lt;ref&lt;Actor&gt;&gt;</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The generated property's name.</summary>
    public string? Property { get; set; }

    /// <summary>The generated property's type as user code sees it, e.g. <c>string?</c>.</summary>
    public string? CSharpType { get; set; }

    public bool Required { get; set; }

    /// <summary>The default in canonical text, or null.</summary>
    public string? Default { get; set; }

    /// <summary>Other keys the parsers accept (aliases and former names).</summary>
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Constraint key to canonical value (<c>uniqueItems</c> only when true).</summary>
    public SortedDictionary<string, string> Constraints { get; } = new(StringComparer.Ordinal);

    public int Line { get; set; }
}

internal sealed class BaselineValue
{
    public BaselineValue(string name) => Name = name;

    /// <summary>The wire name.</summary>
    public string Name { get; }

    /// <summary>The generated enum member.</summary>
    public string? Member { get; set; }

    public int Line { get; set; }
}
