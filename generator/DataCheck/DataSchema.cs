using NewsSchema.Generated;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.DataCheck;

/// <summary>
/// The resolved schema as the data check reads it: each type by its full name with its members
/// (the implicit entity id first, as the emitter numbers them), and the catalog's keys.
/// Built once per schema change; immutable afterwards, so per-file checks share it.
/// </summary>
internal sealed class DataSchema : IEquatable<DataSchema>
{
    private readonly Dictionary<string, TypeInfo> _types = new(StringComparer.Ordinal);

    public DataSchema(ResolvedSchema schema)
    {
        Schema = schema;
        foreach (var type in schema.Types)
        {
            _types[type.FullName] = new TypeInfo(type);
        }

        if (schema.Catalog is { } catalog)
        {
            CatalogKeys = catalog.Entities.Select(e => e.Plural).ToArray();
            Entities = catalog.Entities.ToArray();
            CatalogMembers = catalog.Entities.SelectMany(e => e.Members.Select(m => (m, e.Plural, e.Name))).ToArray();
        }
        else
        {
            CatalogKeys = Array.Empty<string>();
            Entities = Array.Empty<CatalogEntityModel>();
            CatalogMembers = Array.Empty<(string, string, string)>();
        }
    }

    public ResolvedSchema Schema { get; }

    /// <summary>Equal when built from equal resolved schemas, so the pipeline's per-file steps stay cached.</summary>
    public bool Equals(DataSchema? other) => other is not null && (ReferenceEquals(Schema, other.Schema) || Schema.Equals(other.Schema));

    public override bool Equals(object? obj) => obj is DataSchema other && Equals(other);

    public override int GetHashCode() => Schema.GetHashCode();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Text.RegularExpressions.Regex> _regexes = new(StringComparer.Ordinal);

    /// <summary>A schema pattern compiled once per schema (as the generated <c>GetRegexN()</c> caches it), shared by every file's check.</summary>
    public System.Text.RegularExpressions.Regex Regex(string pattern) => _regexes.GetOrAdd(pattern, static p => Compile(p));

    private static System.Text.RegularExpressions.Regex Compile(string pattern)
    {
        try
        {
            return ValidationRules.CreateRegex(pattern);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A compiler host on .NET Framework has no non-backtracking engine and refuses the
            // option: the runtime's own fallback for constructs that engine lacks (a timeout).
            return new System.Text.RegularExpressions.Regex(pattern, System.Text.RegularExpressions.RegexOptions.CultureInvariant, ValidationRules.PatternTimeout);
        }
    }

    /// <summary>The catalog's keys (entity plurals), in the catalog's order.</summary>
    public string[] CatalogKeys { get; }

    public CatalogEntityModel[] Entities { get; }

    /// <summary>As the generated catalog's <c>s_members</c>: each family member below its root, with the family's plural and root.</summary>
    public (string Member, string Plural, string Family)[] CatalogMembers { get; }

    public TypeInfo? Find(string? fullName) => fullName is not null && _types.TryGetValue(fullName, out var type) ? type : null;

    /// <summary>A type named by a data file's metadata: its full name, or its short name when only one type has it.</summary>
    public TypeInfo? FindByName(string name)
    {
        if (_types.TryGetValue("global::" + name, out var byFullName))
        {
            return byFullName;
        }

        var matches = _types.Values.Where(t => string.Equals(t.Model.Name, name, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The catalog key of the entities whose id type is <paramref name="idFullName"/>.</summary>
    public string? KeyOfId(string idFullName)
        => Entities.FirstOrDefault(e => string.Equals(e.IdFullName, idFullName, StringComparison.Ordinal))?.Plural;
}

/// <summary>One type with what reading and validating it needs.</summary>
internal sealed class TypeInfo
{
    private readonly Dictionary<string, int> _byWireName = new(StringComparer.Ordinal);

    public TypeInfo(TypeModel model)
    {
        Model = model;
        var fields = new List<FieldModel>();
        if (model.Kind == TypeKind.Entity)
        {
            // As RecordEmitter.Members: the implicit id, a required ref to the type's own id, with the id pattern.
            fields.Add(model.IdField());
        }

        fields.AddRange(model.Fields);
        Members = fields.ToArray();
        var names = Members.Select(f => f.WireName).ToList();
        if (model.Discriminator is not null)
        {
            names.Add(model.Discriminator);
        }

        FieldNames = names;
        for (var i = 0; i < Members.Length; i++)
        {
            _byWireName[Members[i].WireName] = i;
            foreach (var alias in Members[i].Aliases)
            {
                _byWireName[alias] = i;
            }
        }

        Tags = model.IsAbstract ? model.Subtypes.Select(s => s.Tag).ToArray() : Array.Empty<string>();
        WireNames = model.Members.Select(m => m.WireName).ToArray();
        Defaults = Members.Select(DefaultValue).ToArray();
    }

    public TypeModel Model { get; }

    public FieldModel[] Members { get; }

    /// <summary>As the generated <c>s_fieldNames</c>: members' wire names, then the discriminator.</summary>
    public IReadOnlyList<string> FieldNames { get; }

    /// <summary>As the generated <c>s_tags</c> of a family base.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>An enum's wire names, as the generated <c>WireNames</c>.</summary>
    public IReadOnlyList<string> WireNames { get; }

    /// <summary>The value each member has when the data leaves it out.</summary>
    public object?[] Defaults { get; }

    public bool TryFindMember(string key, out int index) => _byWireName.TryGetValue(key, out index);

    /// <summary>The default as the generated record's initializer holds it (the resolver validated the text).</summary>
    private static object? DefaultValue(FieldModel field)
    {
        switch (field.Type.Kind)
        {
            case TypeRefKind.List:
                return ListValue.Empty;
            case TypeRefKind.Map:
                return MapValue.Empty;
        }

        if (field.DefaultText is not { } text)
        {
            return null;
        }

        if (field.Type.Kind == TypeRefKind.Enum)
        {
            return text;
        }

        try
        {
            return ParseDefault(field.Type.Primitive, text);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or ArgumentException)
        {
            // The resolver reports a default it cannot read (NSG0017) and the generated record has
            // none; the data check never throws on a schema mistake either.
            return null;
        }
    }

    private static object? ParseDefault(PrimitiveKind kind, string text)
    {
        var invariant = CultureInfo.InvariantCulture;
        return kind switch
        {
            PrimitiveKind.String => text,
            PrimitiveKind.Int => int.Parse(text, NumberStyles.AllowLeadingSign, invariant),
            PrimitiveKind.Long => long.Parse(text, NumberStyles.AllowLeadingSign, invariant),
            PrimitiveKind.Double => double.Parse(text, NumberStyles.Float, invariant),
            PrimitiveKind.Decimal => decimal.Parse(text, NumberStyles.Float, invariant),
            PrimitiveKind.Bool => text == "true",
            PrimitiveKind.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", invariant),
            PrimitiveKind.DateTime => DateTimeOffset.Parse(text, invariant),
            PrimitiveKind.Uri => new Uri(text, UriKind.Absolute),
            _ => text,
        };
    }
}
