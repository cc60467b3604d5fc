namespace NewsSchema.Generator.Model;

// The resolved model the emitters work from: one TypeModel per generated type, holding
// everything needed to write that type's file (including what it needs to know about the
// types it refers to), so an unchanged type stays cached when another one changes.

internal enum PrimitiveKind
{
    None,
    String,
    Int,
    Long,
    Double,
    Decimal,
    Bool,
    Date,
    DateTime,
    Uri,
}

internal enum TypeRefKind
{
    Primitive,
    Enum,
    Record,
    Entity,
    Ref,
    List,
    Map,
}

/// <summary>
/// A resolved type expression. For Enum/Record/Entity <see cref="FullName"/> is the
/// <c>global::</c> name of the type; for Ref it is the id struct's name; for List/Map
/// <see cref="Element"/> is the item type.
/// </summary>
internal sealed record TypeRefModel
{
    /// <summary>What the expression names: a primitive, a declared type, a ref, a list or a map.</summary>
    public required TypeRefKind Kind { get; init; }

    /// <summary>The built-in type of a Primitive; <see cref="PrimitiveKind.None"/> otherwise.</summary>
    public PrimitiveKind Primitive { get; init; }

    /// <summary>The <c>global::</c> name of the type (for a Ref: of the id struct); null for primitives, lists and maps.</summary>
    public string? FullName { get; init; }

    /// <summary>The declared type's name (for a Ref: the entity's); null for primitives, lists and maps.</summary>
    public string? Name { get; init; }

    /// <summary>The item type of a List or Map.</summary>
    public TypeRefModel? Element { get; init; }

    /// <summary>For a Ref: the <c>global::</c> name of the entity it must resolve to (a family member may share its root's id type).</summary>
    public string? Target { get; init; }

    /// <summary>A built-in scalar type.</summary>
    public static TypeRefModel Of(PrimitiveKind primitive) => new() { Kind = TypeRefKind.Primitive, Primitive = primitive };

    /// <summary>A <c>list&lt;element&gt;</c>.</summary>
    public static TypeRefModel ListOf(TypeRefModel element) => new() { Kind = TypeRefKind.List, Element = element };

    /// <summary>A <c>map&lt;element&gt;</c> (string keys).</summary>
    public static TypeRefModel MapOf(TypeRefModel element) => new() { Kind = TypeRefKind.Map, Element = element };
}

/// <summary>A constraint resolved against the field's type. Values are C#-ready invariant text.</summary>
internal sealed record FieldConstraints
{
    /// <summary>No constraint at all.</summary>
    public static readonly FieldConstraints None = new();

    /// <summary>The least length of a string (or of each string of a list or map).</summary>
    public int? MinLength { get; init; }

    /// <summary>The greatest length of a string (or of each string of a list or map).</summary>
    public int? MaxLength { get; init; }

    /// <summary>An ECMA-262 pattern strings must match (anywhere, unless anchored).</summary>
    public string? Pattern { get; init; }

    /// <summary>The inclusive lower bound, canonical invariant text.</summary>
    public string? Minimum { get; init; }

    /// <summary>The inclusive upper bound, canonical invariant text.</summary>
    public string? Maximum { get; init; }

    /// <summary>The exclusive lower bound, canonical invariant text.</summary>
    public string? ExclusiveMinimum { get; init; }

    /// <summary>The exclusive upper bound, canonical invariant text.</summary>
    public string? ExclusiveMaximum { get; init; }

    /// <summary>The least number of items of a list.</summary>
    public int? MinItems { get; init; }

    /// <summary>The greatest number of items of a list.</summary>
    public int? MaxItems { get; init; }

    /// <summary>Whether the items of a list must differ.</summary>
    public bool UniqueItems { get; init; }
}

/// <summary>A field of a generated type, resolved: its C# property, type, default and rules.</summary>
internal sealed record FieldModel
{
    /// <summary>The key in YAML and JSON data.</summary>
    public required string WireName { get; init; }

    /// <summary>The C# property's name.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The resolved type.</summary>
    public required TypeRefModel Type { get; init; }

    /// <summary>Whether the data must give the field.</summary>
    public bool Required { get; init; }

    /// <summary>The schema's description, written as the property's doc comment.</summary>
    public string? Description { get; init; }

    /// <summary>The default as canonical invariant text (an enum default is its wire name); null for none.</summary>
    public string? DefaultText { get; init; }

    /// <summary>Whether the property is marked <c>[Obsolete]</c>.</summary>
    public bool Deprecated { get; init; }

    /// <summary>The message of the <c>[Obsolete]</c> attribute, when the schema gives one.</summary>
    public string? DeprecatedMessage { get; init; }

    /// <summary>Other wire names the parsers accept for the field (aliases and former names).</summary>
    public EquatableArray<string> Aliases { get; init; }

    /// <summary>The validation rules of the field.</summary>
    public FieldConstraints Constraints { get; init; } = FieldConstraints.None;
}

/// <summary>An enum member; <see cref="FormerNames"/> are wire names it had before (<c>renamedFrom</c>), still accepted by the parsers.</summary>
internal sealed record EnumMemberModel(string WireName, string MemberName, string? Description, EquatableArray<string> FormerNames = default);

/// <summary>
/// A type to generate. Polymorphic families: <see cref="IsAbstract"/> marks a base;
/// <see cref="BaseFullName"/> is the direct base; <see cref="Fields"/> holds the inherited fields
/// first (<see cref="InheritedFieldCount"/> of them) and then the type's own; concrete members
/// carry their <see cref="Tag"/>, bases the concrete <see cref="Subtypes"/> below them; every
/// member knows the family's <see cref="Discriminator"/> and the root, whose id type it shares.
/// </summary>
internal sealed record TypeModel
{
    /// <summary>The C# type's name.</summary>
    public required string Name { get; init; }

    /// <summary>The C# namespace the type is written in.</summary>
    public required string Namespace { get; init; }

    /// <summary>Entity, record or enum.</summary>
    public required TypeKind Kind { get; init; }

    /// <summary>The id pattern of an entity (its family root's, for a derived entity).</summary>
    public required string IdPattern { get; init; }

    /// <summary>The schema's description, written as the type's doc comment.</summary>
    public string? Description { get; init; }

    /// <summary>The catalog key of an entity that is not derived; null otherwise.</summary>
    public string? Plural { get; init; }

    /// <summary>The fields: inherited first, then the type's own (the implicit id is not among them).</summary>
    public EquatableArray<FieldModel> Fields { get; init; }

    /// <summary>The members of an enum.</summary>
    public EquatableArray<EnumMemberModel> Members { get; init; }

    /// <summary>True for an abstract base of a family.</summary>
    public bool IsAbstract { get; init; }

    /// <summary>The <c>global::</c> name of the direct base, for a derived type.</summary>
    public string? BaseFullName { get; init; }

    /// <summary>The family's discriminator key; null outside families.</summary>
    public string? Discriminator { get; init; }

    /// <summary>The wire tag of a concrete family member.</summary>
    public string? Tag { get; init; }

    /// <summary>How many of <see cref="Fields"/> come from the bases.</summary>
    public int InheritedFieldCount { get; init; }

    /// <summary>For a base: the concrete types below it, ordered by tag.</summary>
    public EquatableArray<SubtypeModel> Subtypes { get; init; }

    /// <summary>The family root's name; null outside families.</summary>
    public string? RootName { get; init; }

    /// <summary>The family root's namespace; null outside families.</summary>
    public string? RootNamespace { get; init; }

    /// <summary>The <c>global::</c> names of the bases, the root first.</summary>
    public EquatableArray<string> Ancestors { get; init; }

    /// <summary>The schema file declaring the type, where an internal error is located.</summary>
    public string? SourcePath { get; init; }

    /// <summary>The type's <c>global::</c> name.</summary>
    public string FullName => "global::" + Namespace + "." + Name;

    /// <summary>True for every member of a polymorphic family (bases and concrete types).</summary>
    public bool InFamily => Discriminator is not null;

    /// <summary>True for the root of a family (abstract, no base).</summary>
    public bool IsRoot => IsAbstract && BaseFullName is null;

    /// <summary>The name of the entity's id type (the family root's, in a family).</summary>
    public string IdName => (RootName ?? Name) + "Id";

    /// <summary>The <c>global::</c> name of the entity's id type.</summary>
    public string IdFullName => "global::" + (RootNamespace ?? Namespace) + "." + IdName;

    /// <summary>
    /// The implicit <c>id</c> field of an entity, as the readers, writers and validators see it:
    /// required, a ref to the family's own id type, checked against <see cref="IdPattern"/>.
    /// </summary>
    public FieldModel IdField(string? description = null) => new()
    {
        WireName = "id",
        PropertyName = "Id",
        Type = new TypeRefModel { Kind = TypeRefKind.Ref, FullName = IdFullName, Name = RootName ?? Name },
        Required = true,
        Description = description,
        Constraints = FieldConstraints.None with { Pattern = IdPattern },
    };
}

/// <summary>A concrete member of a family, as its bases see it for dispatch.</summary>
internal sealed record SubtypeModel(string Tag, string Name, string FullName);

/// <summary>An entity as the catalog sees it.</summary>
internal sealed record CatalogEntityModel
{
    /// <summary>The entity's (its family root's) name.</summary>
    public required string Name { get; init; }

    /// <summary>The entity's <c>global::</c> name.</summary>
    public required string FullName { get; init; }

    /// <summary>The <c>global::</c> name of its id type.</summary>
    public required string IdFullName { get; init; }

    /// <summary>The catalog key in data files.</summary>
    public required string Plural { get; init; }

    /// <summary>The catalog's C# property.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The names of the types of this entity's family below it (empty when it has none), ordinal order.</summary>
    public EquatableArray<string> Members { get; init; }
}

/// <summary><see cref="SourcePath"/>: the first schema file (ordinal) declaring an entity, where an internal error is located.</summary>
internal sealed record CatalogModel(string Namespace, string Name, EquatableArray<CatalogEntityModel> Entities, string? SourcePath = null);

/// <summary>The result of resolving all schema files of a compilation together.</summary>
internal sealed record ResolvedSchema(
    EquatableArray<TypeModel> Types,
    CatalogModel? Catalog,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The few MSBuild facts the generator needs; selected before combining.</summary>
internal sealed record GeneratorOptions(string DefaultNamespace, string CatalogName);
