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
internal sealed record TypeDecl
{
    /// <summary>The type's name, the key under <c>types</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the name is written.</summary>
    public required LocationInfo NameLocation { get; init; }

    /// <summary>The <c>kind</c> key; <see cref="TypeKind.Record"/> when it is missing or unknown (the type is then unsound).</summary>
    public required TypeKind Kind { get; init; }

    /// <summary>False when the declaration itself is broken: the type is not emitted.</summary>
    public required bool IsSound { get; init; }

    /// <summary>The <c>description</c> text, trailing white space removed.</summary>
    public string? Description { get; init; }

    /// <summary>An entity's catalog key (<c>plural</c>), when given.</summary>
    public string? Plural { get; init; }

    /// <summary>Where <see cref="Plural"/> is written.</summary>
    public LocationInfo? PluralLocation { get; init; }

    /// <summary>An entity's <c>idPattern</c>, when given.</summary>
    public string? IdPattern { get; init; }

    /// <summary>Where <see cref="IdPattern"/> is written.</summary>
    public LocationInfo? IdPatternLocation { get; init; }

    /// <summary>The fields of an entity or record, in file order.</summary>
    public EquatableArray<FieldDecl> Fields { get; init; }

    /// <summary>The values of an enum, in file order.</summary>
    public EquatableArray<EnumValueDecl> Values { get; init; }

    /// <summary>The name of the base type (<c>extends</c>), when given.</summary>
    public string? Extends { get; init; }

    /// <summary>Where <see cref="Extends"/> is written.</summary>
    public LocationInfo? ExtendsLocation { get; init; }

    /// <summary>The <c>abstract</c> key: the type is the base of a family.</summary>
    public bool IsAbstract { get; init; }

    /// <summary>The wire key naming the concrete type (<c>discriminator</c>), on a family's root.</summary>
    public string? Discriminator { get; init; }

    /// <summary>Where <see cref="Discriminator"/> is written.</summary>
    public LocationInfo? DiscriminatorLocation { get; init; }

    /// <summary>The wire value naming this concrete type in its family (<c>tag</c>), when given.</summary>
    public string? Tag { get; init; }

    /// <summary>Where <see cref="Tag"/> is written.</summary>
    public LocationInfo? TagLocation { get; init; }

    /// <summary>The type's former name (<c>renamedFrom</c>), for the compatibility gate.</summary>
    public string? RenamedFrom { get; init; }

    /// <summary>Where <see cref="RenamedFrom"/> is written.</summary>
    public LocationInfo? RenamedFromLocation { get; init; }
}

/// <summary>A field as declared; the type expression is kept as text and resolved later.</summary>
internal sealed record FieldDecl
{
    /// <summary>The field's wire name, the key under <c>fields</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Where the name is written.</summary>
    public required LocationInfo NameLocation { get; init; }

    /// <summary>The type expression as written (<c>list&lt;ref&lt;Actor&gt;&gt;</c>); empty when missing.</summary>
    public required string TypeExpression { get; init; }

    /// <summary>Where the type expression is written (the name's location when it is missing).</summary>
    public required LocationInfo TypeLocation { get; init; }

    /// <summary>False when the declaration itself is broken: the field is dropped from its type.</summary>
    public required bool IsSound { get; init; }

    /// <summary>The <c>required</c> key.</summary>
    public bool Required { get; init; }

    /// <summary>The <c>description</c> text, trailing white space removed.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>default</c> value as written, checked against the type later.</summary>
    public ScalarDecl? Default { get; init; }

    /// <summary>The <c>deprecated</c> key: true, or a message (which implies true).</summary>
    public bool Deprecated { get; init; }

    /// <summary>The message given as the value of <c>deprecated</c>.</summary>
    public string? DeprecatedMessage { get; init; }

    /// <summary>Other wire names the parsers accept (<c>aliases</c> and <c>renamedFrom</c>).</summary>
    public EquatableArray<AliasDecl> Aliases { get; init; }

    /// <summary>The constraint keys (minLength, pattern, ...) with their raw values, in file order.</summary>
    public EquatableArray<ConstraintDecl> Constraints { get; init; }
}

/// <summary>A scalar value as written in YAML: text, whether it was quoted, and where.</summary>
internal sealed record ScalarDecl(string Text, bool Quoted, LocationInfo Location);

internal sealed record AliasDecl(string Name, LocationInfo Location);

/// <summary>A constraint key (minLength, pattern, minimum, ...) with its raw scalar value.</summary>
internal sealed record ConstraintDecl(string Key, ScalarDecl Value, LocationInfo KeyLocation);

/// <summary>An enum value; <see cref="RenamedFrom"/> holds its former wire names, which the parsers still accept.</summary>
internal sealed record EnumValueDecl(string Name, string? Description, LocationInfo Location, EquatableArray<AliasDecl> RenamedFrom = default);
