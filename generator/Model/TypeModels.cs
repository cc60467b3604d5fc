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
internal sealed record TypeRefModel(
    TypeRefKind Kind,
    PrimitiveKind Primitive,
    string? FullName,
    string? Name,
    TypeRefModel? Element,
    string? TargetFullName = null)
{
    /// <summary>For a Ref: the <c>global::</c> name of the entity it must resolve to (a family member may share its root's id type).</summary>
    public string? Target => TargetFullName;

    public static TypeRefModel Of(PrimitiveKind primitive) => new(TypeRefKind.Primitive, primitive, null, null, null);
}

/// <summary>A constraint resolved against the field's type. Values are C#-ready invariant text.</summary>
internal sealed record FieldConstraints(
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    string? Minimum,
    string? Maximum,
    string? ExclusiveMinimum,
    string? ExclusiveMaximum,
    int? MinItems,
    int? MaxItems,
    bool UniqueItems)
{
    public static readonly FieldConstraints None = new(null, null, null, null, null, null, null, null, null, false);
}

internal sealed record FieldModel(
    string WireName,
    string PropertyName,
    TypeRefModel Type,
    bool Required,
    string? Description,
    string? DefaultText,
    bool Deprecated,
    string? DeprecatedMessage,
    EquatableArray<string> Aliases,
    FieldConstraints Constraints);

/// <summary>An enum member; <see cref="FormerNames"/> are wire names it had before (<c>renamedFrom</c>), still accepted by the parsers.</summary>
internal sealed record EnumMemberModel(string WireName, string MemberName, string? Description, EquatableArray<string> FormerNames = default);

/// <summary>
/// A type to generate. Polymorphic families: <see cref="IsAbstract"/> marks a base;
/// <see cref="BaseFullName"/> is the direct base; <see cref="Fields"/> holds the inherited fields
/// first (<see cref="InheritedFieldCount"/> of them) and then the type's own; concrete members
/// carry their <see cref="Tag"/>, bases the concrete <see cref="Subtypes"/> below them; every
/// member knows the family's <see cref="Discriminator"/> and the root, whose id type it shares.
/// </summary>
internal sealed record TypeModel(
    string Name,
    string Namespace,
    TypeKind Kind,
    string? Description,
    string? Plural,
    string IdPattern,
    EquatableArray<FieldModel> Fields,
    EquatableArray<EnumMemberModel> Members,
    bool IsAbstract = false,
    string? BaseFullName = null,
    string? Discriminator = null,
    string? Tag = null,
    int InheritedFieldCount = 0,
    EquatableArray<SubtypeModel> Subtypes = default,
    string? RootName = null,
    string? RootNamespace = null,
    EquatableArray<string> Ancestors = default,
    string? SourcePath = null)
{
    public string FullName => "global::" + Namespace + "." + Name;

    /// <summary>True for every member of a polymorphic family (bases and concrete types).</summary>
    public bool InFamily => Discriminator is not null;

    /// <summary>True for the root of a family (abstract, no base).</summary>
    public bool IsRoot => IsAbstract && BaseFullName is null;

    public string IdName => (RootName ?? Name) + "Id";

    public string IdFullName => "global::" + (RootNamespace ?? Namespace) + "." + IdName;
}

/// <summary>A concrete member of a family, as its bases see it for dispatch.</summary>
internal sealed record SubtypeModel(string Tag, string Name, string FullName);

/// <summary>An entity as the catalog sees it.</summary>
/// <param name="Members">The names of the types of this entity's family below it (empty when it has none), ordinal order.</param>
internal sealed record CatalogEntityModel(string Name, string FullName, string IdFullName, string Plural, string PropertyName, EquatableArray<string> Members);

/// <summary><see cref="SourcePath"/>: the first schema file (ordinal) declaring an entity, where an internal error is located.</summary>
internal sealed record CatalogModel(string Namespace, string Name, EquatableArray<CatalogEntityModel> Entities, string? SourcePath = null);

/// <summary>The result of resolving all schema files of a compilation together.</summary>
internal sealed record ResolvedSchema(
    EquatableArray<TypeModel> Types,
    CatalogModel? Catalog,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The few MSBuild facts the generator needs; selected before combining.</summary>
internal sealed record GeneratorOptions(string DefaultNamespace, string CatalogName);
