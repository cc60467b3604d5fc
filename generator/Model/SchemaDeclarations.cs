namespace NewsSchema.Generator.Model;

// What one schema file says, before names are resolved across files. Produced per file by
// SchemaParser, so editing one file re-parses only that file.

internal enum TypeKind
{
    Entity,
    Record,
    Enum,
}

/// <summary>One parsed schema file: its types and the diagnostics found while reading it.</summary>
internal sealed record SchemaFile(
    string Path,
    string? Namespace,
    LocationInfo? NamespaceLocation,
    EquatableArray<TypeDecl> Types,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A type as declared. <see cref="IsSound"/> is false when the declaration itself is broken
/// (it is then not emitted, and references to it are not reported a second time).</summary>
internal sealed record TypeDecl(
    string Name,
    LocationInfo NameLocation,
    TypeKind Kind,
    string? Description,
    string? Plural,
    LocationInfo? PluralLocation,
    string? IdPattern,
    LocationInfo? IdPatternLocation,
    EquatableArray<FieldDecl> Fields,
    EquatableArray<EnumValueDecl> Values,
    string? Extends,
    LocationInfo? ExtendsLocation,
    bool IsSound,
    bool IsAbstract = false,
    string? Discriminator = null,
    LocationInfo? DiscriminatorLocation = null,
    string? Tag = null,
    LocationInfo? TagLocation = null,
    string? RenamedFrom = null,
    LocationInfo? RenamedFromLocation = null);

/// <summary>A field as declared; the type expression is kept as text and resolved later.</summary>
internal sealed record FieldDecl(
    string Name,
    LocationInfo NameLocation,
    string TypeExpression,
    LocationInfo TypeLocation,
    bool Required,
    string? Description,
    ScalarDecl? Default,
    bool Deprecated,
    string? DeprecatedMessage,
    EquatableArray<AliasDecl> Aliases,
    EquatableArray<ConstraintDecl> Constraints,
    bool IsSound);

/// <summary>A scalar value as written in YAML: text, whether it was quoted, and where.</summary>
internal sealed record ScalarDecl(string Text, bool Quoted, LocationInfo Location);

internal sealed record AliasDecl(string Name, LocationInfo Location);

/// <summary>A constraint key (minLength, pattern, minimum, ...) with its raw scalar value.</summary>
internal sealed record ConstraintDecl(string Key, ScalarDecl Value, LocationInfo KeyLocation);

/// <summary>An enum value; <see cref="RenamedFrom"/> holds its former wire names, which the parsers still accept.</summary>
internal sealed record EnumValueDecl(string Name, string? Description, LocationInfo Location, EquatableArray<AliasDecl> RenamedFrom = default);
