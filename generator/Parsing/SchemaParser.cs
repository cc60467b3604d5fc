using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypeKind = NewsSchema.Generator.Model.TypeKind;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

/// <summary>
/// Reads one schema file into declarations plus located diagnostics. Never throws (except
/// <see cref="OperationCanceledException"/>): anything unexpected becomes NSG0025.
/// </summary>
/// <remarks>
/// Decisions where the contract leaves room:
/// <list type="bullet">
/// <item>Only the first YAML document counts. A second document (<c>---</c>) is reported as NSG0001 at its
/// start and ignored; the types of the first document are still generated.</item>
/// <item>Anchors are allowed and ignored; aliases (<c>*name</c>) are never expanded and are reported as
/// NSG0013 wherever a value is expected, so alias bombs cannot hang the build.</item>
/// <item>Duplicate keys in the <c>types</c> mapping are duplicate type names (NSG0004, from the resolver),
/// and duplicate keys in a <c>fields</c> mapping are duplicate fields (NSG0005); every other duplicate
/// key is NSG0021.</item>
/// </list>
/// </remarks>
internal static class SchemaParser
{
    internal static readonly string[] TopKeys = { "namespace", "types" };
    private static readonly string[] Booleans = { "true", "false" };

    internal static readonly string[] TypeKeys = { "kind", "description", "plural", "idPattern", "fields", "values", "extends", "abstract", "discriminator", "tag", "renamedFrom" };
    internal static readonly string[] FieldKeys =
    {
        "type", "required", "description", "default", "deprecated", "aliases", "renamedFrom",
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minItems", "maxItems", "uniqueItems",
    };

    internal static readonly string[] ConstraintKeys =
    {
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems",
    };

    internal static readonly string[] EnumValueKeys = { "name", "description", "renamedFrom" };
    internal static readonly string[] Kinds = { "entity", "record", "enum" };

    /// <summary>Names of the schema language's own types; a declared type may not take them.</summary>
    internal static readonly string[] BuiltInTypeNames = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri", "ref", "list", "map" };

    public static SchemaFile Parse(string path, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        path ??= string.Empty;
        try
        {
            TestHooks.Check("parse");
            return new Reader(path, cancellationToken).Read(text ?? string.Empty);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var diagnostic = DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError,
                StartOfFile(path),
                "schema file '" + FileName(path) + "'",
                ex.GetType().Name + ": " + ex.Message);
            return new SchemaFile(path, null, null, EquatableArray<TypeDecl>.Empty, new[] { diagnostic }.ToEquatableArray());
        }
    }

    internal static LocationInfo StartOfFile(string path) => LocationInfo.FromMarks(path, 0, 1, 1, 0, 1, 1);

    internal static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }

    private sealed class Reader
    {
        private readonly string _path;
        private readonly CancellationToken _ct;
        private readonly List<DiagnosticInfo> _diagnostics = new();

        public Reader(string path, CancellationToken ct)
        {
            _path = path;
            _ct = ct;
        }

        public SchemaFile Read(string text)
        {
            var yaml = YamlTreeReader.Read(text, _ct);
            if (yaml.SyntaxError is not null)
            {
                var start = yaml.ErrorStart;
                Report(DiagnosticDescriptors.YamlSyntax, LocationInfo.FromMarks(_path, start.Index, start.Line, start.Column, start.Index, start.Line, start.Column), yaml.SyntaxError);
                return Result(null, null, new List<TypeDecl>());
            }

            if (yaml.SecondDocumentStart is { } second)
            {
                Report(
                    DiagnosticDescriptors.YamlSyntax,
                    LocationInfo.FromMarks(_path, second.Index, second.Line, second.Column, second.Index + 3, second.Line, second.Column + 3),
                    "a schema file holds one YAML document; this second document is ignored");
            }

            string? ns = null;
            LocationInfo? nsLocation = null;
            var types = new List<TypeDecl>();
            var root = yaml.Root;

            if (root is null || (root is YScalar rootScalar && rootScalar.IsNull))
            {
                Report(DiagnosticDescriptors.EmptySchema, StartOfFile(_path), FileName(_path));
                return Result(null, null, types);
            }

            if (root is not YMapping rootMap)
            {
                Report(DiagnosticDescriptors.InvalidValue, Loc(root), FileName(_path), "a mapping with the keys 'namespace' and 'types'", root.Describe());
                return Result(null, null, types);
            }

            YNode? typesNode = null;
            foreach (var (key, value) in Entries(rootMap, "the top level of the schema file", TopKeys))
            {
                switch (key.Value)
                {
                    case "namespace":
                        if (AsString(key.Value, value, "a namespace such as NewsKit.Model") is { } nsScalar)
                        {
                            ns = nsScalar.Value.Trim();
                            nsLocation = Loc(nsScalar);
                        }

                        break;
                    case "types":
                        typesNode = value;
                        break;
                }
            }

            if (typesNode is YMapping typesMap)
            {
                foreach (var entry in typesMap.Entries)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (entry.Key is not YScalar nameScalar || nameScalar.IsNull)
                    {
                        Report(DiagnosticDescriptors.InvalidValue, Loc(entry.Key), "types", "type names as plain keys", entry.Key.Describe());
                        continue;
                    }

                    types.Add(ReadType(nameScalar, entry.Value));
                }
            }
            else if (typesNode is not null && !(typesNode is YScalar { IsNull: true }))
            {
                Report(DiagnosticDescriptors.InvalidValue, Loc(typesNode), "types", "a mapping of type names to type definitions", typesNode.Describe());
                return Result(ns, nsLocation, types);
            }

            if (types.Count == 0)
            {
                Report(DiagnosticDescriptors.EmptySchema, StartOfFile(_path), FileName(_path));
            }

            return Result(ns, nsLocation, types);
        }

        private SchemaFile Result(string? ns, LocationInfo? nsLocation, List<TypeDecl> types)
            => new(_path, ns, nsLocation, types.ToEquatableArray(), _diagnostics.ToEquatableArray());

        private TypeDecl ReadType(YScalar nameScalar, YNode body)
        {
            var name = nameScalar.Value;
            var nameLocation = Loc(nameScalar);
            var sound = CheckTypeName(name, nameLocation);
            var where = "type '" + name + "'";

            string? description = null, plural = null, idPattern = null, extends = null, discriminator = null, tag = null, renamedFrom = null;
            LocationInfo? pluralLocation = null, idPatternLocation = null, extendsLocation = null, discriminatorLocation = null, tagLocation = null, renamedFromLocation = null;
            var isAbstract = false;
            var fields = new List<FieldDecl>();
            var values = new List<EnumValueDecl>();
            var kind = TypeKind.Record;

            if (body is YScalar { IsNull: true })
            {
                Report(DiagnosticDescriptors.MissingKey, nameLocation, where, "kind", " (one of: entity, record, enum)");
                return Decl(false);
            }

            if (body is not YMapping map)
            {
                Report(DiagnosticDescriptors.InvalidValue, Loc(body), name, "a mapping with 'kind' and the type's keys", body.Describe());
                return Decl(false);
            }

            var entries = Entries(map, where, TypeKeys);
            TypeKind? knownKind = null;
            var kindEntry = entries.FirstOrDefault(e => e.Key.Value == "kind");
            if (kindEntry.Key is null)
            {
                Report(DiagnosticDescriptors.MissingKey, nameLocation, where, "kind", " (one of: entity, record, enum)");
                sound = false;
            }
            else if (kindEntry.Value is YScalar { IsNull: false } kindScalar && Array.IndexOf(Kinds, kindScalar.Value) >= 0)
            {
                knownKind = kindScalar.Value switch
                {
                    "entity" => TypeKind.Entity,
                    "enum" => TypeKind.Enum,
                    _ => TypeKind.Record,
                };
                kind = knownKind.Value;
            }
            else
            {
                var found = kindEntry.Value.Describe();
                if (kindEntry.Value is YScalar { IsNull: false } badKind)
                {
                    found += Suggestions.Sentence(badKind.Value, Kinds);
                }

                Report(DiagnosticDescriptors.InvalidValue, Loc(kindEntry.Value), "kind", "one of: entity, record, enum", found);
                sound = false;
            }

            foreach (var (key, value) in entries)
            {
                _ct.ThrowIfCancellationRequested();
                switch (key.Value)
                {
                    case "kind":
                        break;
                    case "description":
                        description = AsString("description", value, "text")?.Value.TrimEnd();
                        break;
                    case "plural":
                        if (AppliesTo(key, knownKind, "entities", TypeKind.Entity) && AsString("plural", value, "a catalog key such as 'meetings'") is { } pluralScalar)
                        {
                            plural = pluralScalar.Value;
                            pluralLocation = Loc(pluralScalar);
                        }

                        break;
                    case "idPattern":
                        if (AppliesTo(key, knownKind, "entities", TypeKind.Entity) && AsString("idPattern", value, "a regular expression") is { } patternScalar)
                        {
                            idPattern = patternScalar.Value;
                            idPatternLocation = Loc(patternScalar);
                        }

                        break;
                    case "fields":
                        if (AppliesTo(key, knownKind, "entities and records", TypeKind.Entity, TypeKind.Record))
                        {
                            if (value is YMapping fieldsMap)
                            {
                                ReadFields(name, fieldsMap, fields);
                            }
                            else if (value is not YScalar { IsNull: true })
                            {
                                Report(DiagnosticDescriptors.InvalidValue, Loc(value), "fields", "a mapping of field names to field types", value.Describe());
                                sound = false;
                            }
                        }

                        break;
                    case "values":
                        if (AppliesTo(key, knownKind, "enums", TypeKind.Enum))
                        {
                            if (value is YSequence valuesSequence)
                            {
                                if (!ReadEnumValues(name, valuesSequence, values))
                                {
                                    sound = false;
                                }
                            }
                            else if (value is not YScalar { IsNull: true })
                            {
                                Report(DiagnosticDescriptors.InvalidValue, Loc(value), "values", "a list of enum values, e.g. [draft, published]", value.Describe());
                                sound = false;
                            }
                        }

                        break;
                    case "extends":
                        if (AppliesTo(key, knownKind, "entities and records", TypeKind.Entity, TypeKind.Record) && AsString("extends", value, "the name of a base type") is { } extendsScalar)
                        {
                            extends = extendsScalar.Value.Trim();
                            extendsLocation = Loc(extendsScalar);
                        }

                        break;
                    case "renamedFrom":
                        if (AsString("renamedFrom", value, "the type's former name") is { } renamedScalar)
                        {
                            renamedFrom = renamedScalar.Value.Trim();
                            renamedFromLocation = Loc(renamedScalar);
                        }

                        break;
                    case "abstract":
                        if (AppliesTo(key, knownKind, "entities and records", TypeKind.Entity, TypeKind.Record) && AsBool("abstract", value) is { } abstractValue)
                        {
                            isAbstract = abstractValue;
                        }

                        break;
                    case "discriminator":
                    case "tag":
                        if (AppliesTo(key, knownKind, "entities and records", TypeKind.Entity, TypeKind.Record) && AsString(key.Value, value, "a name") is { } familyScalar)
                        {
                            if (key.Value == "tag")
                            {
                                tag = familyScalar.Value;
                                tagLocation = Loc(familyScalar);
                            }
                            else
                            {
                                discriminator = familyScalar.Value;
                                discriminatorLocation = Loc(familyScalar);
                            }
                        }

                        break;
                }
            }

            return Decl(sound);

            TypeDecl Decl(bool isSound) => new()
            {
                Name = name,
                NameLocation = nameLocation,
                Kind = kind,
                IsSound = isSound,
                Description = description,
                Plural = plural,
                PluralLocation = pluralLocation,
                IdPattern = idPattern,
                IdPatternLocation = idPatternLocation,
                Fields = fields.ToEquatableArray(),
                Values = values.ToEquatableArray(),
                Extends = extends,
                ExtendsLocation = extendsLocation,
                IsAbstract = isAbstract,
                Discriminator = discriminator,
                DiscriminatorLocation = discriminatorLocation,
                Tag = tag,
                TagLocation = tagLocation,
                RenamedFrom = renamedFrom,
                RenamedFromLocation = renamedFromLocation,
            };
        }

        private bool CheckTypeName(string name, LocationInfo location)
        {
            if (!Naming.IsValidIdentifier(name))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, location, name, "a type", "it is not a valid C# identifier");
                return false;
            }

            if (Naming.IsKeyword(name))
            {
                Report(DiagnosticDescriptors.KeywordName, location, name, "a type");
                return false;
            }

            if (Array.IndexOf(BuiltInTypeNames, name) >= 0)
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, location, name, "a type", "it is a built-in type of the schema language");
                return false;
            }

            return true;
        }

        private bool AppliesTo(YScalar key, TypeKind? kind, string kindsText, params TypeKind[] kinds)
        {
            if (kind is null || Array.IndexOf(kinds, kind.Value) >= 0)
            {
                return true;
            }

            Report(DiagnosticDescriptors.KeyNotValidForKind, Loc(key), key.Value, kindsText, global::NewsSchema.Generator.Emit.EmitHelpers.A(kind.Value.ToString().ToLowerInvariant()));
            return false;
        }

        private void ReadFields(string typeName, YMapping fieldsMap, List<FieldDecl> fields)
        {
            foreach (var entry in fieldsMap.Entries)
            {
                _ct.ThrowIfCancellationRequested();
                if (entry.Key is not YScalar key || key.IsNull)
                {
                    Report(DiagnosticDescriptors.InvalidValue, Loc(entry.Key), "fields", "field names as plain keys", entry.Key.Describe());
                    continue;
                }

                fields.Add(ReadField(typeName, key, entry.Value));
            }
        }

        private FieldDecl ReadField(string typeName, YScalar key, YNode value)
        {
            var name = key.Value;
            var nameLocation = Loc(key);
            var where = "field '" + name + "' of type '" + typeName + "'";
            var sound = true;
            var property = Naming.ToPascalCase(name);
            if (!Naming.IsValidIdentifier(property))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, nameLocation, name, "a field", property.Length == 0 ? "it has no letters to build a C# property name from" : "its C# property name '" + property + "' is not a valid identifier");
                sound = false;
            }
            else if (Naming.IsKeyword(property))
            {
                Report(DiagnosticDescriptors.KeywordName, nameLocation, property, "a field");
                sound = false;
            }

            string? typeExpression = null;
            LocationInfo? typeLocation = null;
            var required = false;
            string? description = null;
            ScalarDecl? defaultValue = null;
            var deprecated = false;
            string? deprecatedMessage = null;
            var aliases = new List<AliasDecl>();
            var constraints = new List<ConstraintDecl>();

            switch (value)
            {
                case YScalar { IsNull: true }:
                    Report(DiagnosticDescriptors.MissingKey, nameLocation, where, "type", " (write '" + name + ": string' or '" + name + ": { type: string }')");
                    sound = false;
                    break;
                case YScalar shorthand:
                    typeExpression = shorthand.Value;
                    typeLocation = Loc(shorthand);
                    break;
                case YMapping map:
                    var hasType = false;
                    foreach (var (fieldKey, fieldValue) in Entries(map, where, FieldKeys))
                    {
                        switch (fieldKey.Value)
                        {
                            case "type":
                                hasType = true;
                                if (AsString("type", fieldValue, "a type expression such as string or list<ref<Actor>>") is { } typeScalar)
                                {
                                    typeExpression = typeScalar.Value;
                                    typeLocation = Loc(typeScalar);
                                }
                                else
                                {
                                    sound = false;
                                }

                                break;
                            case "required":
                                if (AsBool("required", fieldValue) is { } isRequired)
                                {
                                    required = isRequired;
                                }
                                else
                                {
                                    sound = false;
                                }

                                break;
                            case "description":
                                description = AsString("description", fieldValue, "text")?.Value.TrimEnd();
                                break;
                            case "default":
                                if (fieldValue is YScalar defaultScalar)
                                {
                                    defaultValue = Scalar(defaultScalar);
                                }
                                else
                                {
                                    Report(DiagnosticDescriptors.InvalidValue, Loc(fieldValue), "default", "a scalar value", fieldValue.Describe());
                                }

                                break;
                            case "deprecated":
                                if (fieldValue is YScalar { IsPlain: true, Value: "true" or "false" } flag)
                                {
                                    deprecated = flag.Value == "true";
                                }
                                else if (fieldValue is YScalar { IsNull: false } message && message.Value.Trim().Length > 0)
                                {
                                    deprecated = true;
                                    deprecatedMessage = message.Value.Trim();
                                }
                                else
                                {
                                    Report(DiagnosticDescriptors.InvalidValue, Loc(fieldValue), "deprecated", "true, false or a message", fieldValue.Describe());
                                }

                                break;
                            case "aliases":
                            case "renamedFrom":
                                // A former name is an alias: the parsers keep accepting it, and the compatibility gate pairs the field with it.
                                ReadAliases(fieldKey.Value, fieldValue, aliases);
                                break;
                            default:
                                if (fieldValue is YScalar { IsNull: false } constraintScalar)
                                {
                                    constraints.Add(new ConstraintDecl(fieldKey.Value, Scalar(constraintScalar), Loc(fieldKey)));
                                }
                                else
                                {
                                    Report(DiagnosticDescriptors.InvalidValue, Loc(fieldValue), fieldKey.Value, "a scalar value", fieldValue.Describe());
                                }

                                break;
                        }
                    }

                    if (!hasType)
                    {
                        Report(DiagnosticDescriptors.MissingKey, nameLocation, where, "type", " (e.g. 'type: string')");
                        sound = false;
                    }

                    break;
                default:
                    Report(DiagnosticDescriptors.InvalidValue, Loc(value), name, "a type expression or a mapping with 'type'", value.Describe());
                    sound = false;
                    break;
            }

            if (typeExpression is null || typeLocation is null)
            {
                sound = false;
            }

            return new FieldDecl
            {
                Name = name,
                NameLocation = nameLocation,
                TypeExpression = typeExpression ?? string.Empty,
                TypeLocation = typeLocation ?? nameLocation,
                IsSound = sound,
                Required = required,
                Description = description,
                Default = defaultValue,
                Deprecated = deprecated,
                DeprecatedMessage = deprecatedMessage,
                Aliases = aliases.ToEquatableArray(),
                Constraints = constraints.ToEquatableArray(),
            };
        }

        private void ReadAliases(string key, YNode value, List<AliasDecl> aliases)
        {
            if (value is YScalar { IsNull: false } one)
            {
                aliases.Add(new AliasDecl(one.Value, Loc(one)));
                return;
            }

            if (value is YSequence list)
            {
                foreach (var item in list.Items)
                {
                    if (item is YScalar { IsNull: false } alias)
                    {
                        aliases.Add(new AliasDecl(alias.Value, Loc(alias)));
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.InvalidValue, Loc(item), key, "a key name", item.Describe());
                    }
                }

                return;
            }

            Report(DiagnosticDescriptors.InvalidValue, Loc(value), key, "a key name or a list of key names", value.Describe());
        }

        /// <summary>Reads enum values; false when values were given but none of them could be used.</summary>
        private bool ReadEnumValues(string typeName, YSequence sequence, List<EnumValueDecl> values)
        {
            var broken = 0;
            foreach (var item in sequence.Items)
            {
                _ct.ThrowIfCancellationRequested();
                YScalar? nameScalar = null;
                string? description = null;
                var formerNames = new List<AliasDecl>();
                switch (item)
                {
                    case YScalar { IsNull: false } scalar:
                        nameScalar = scalar;
                        break;
                    case YMapping map:
                        var entries = Entries(map, "a value of enum '" + typeName + "'", EnumValueKeys);
                        foreach (var (key, value) in entries)
                        {
                            if (key.Value == "name")
                            {
                                nameScalar = AsString("name", value, "the value's wire name");
                            }
                            else if (key.Value == "renamedFrom")
                            {
                                ReadAliases("renamedFrom", value, formerNames);
                            }
                            else
                            {
                                description = AsString("description", value, "text")?.Value.TrimEnd();
                            }
                        }

                        if (nameScalar is null && !entries.Any(e => e.Key.Value == "name"))
                        {
                            Report(DiagnosticDescriptors.MissingKey, Loc(map), "a value of enum '" + typeName + "'", "name", " (e.g. '{ name: draft, description: ... }')");
                        }

                        break;
                    default:
                        Report(DiagnosticDescriptors.InvalidValue, Loc(item), "values", "a wire name or a mapping with 'name'", item.Describe());
                        break;
                }

                if (nameScalar is null)
                {
                    broken++;
                    continue;
                }

                var member = Naming.ToPascalCase(nameScalar.Value);
                if (!Naming.IsValidIdentifier(member))
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, Loc(nameScalar), nameScalar.Value, "an enum member", member.Length == 0 ? "it has no letters to build a C# name from" : "its C# name '" + member + "' is not a valid identifier");
                    broken++;
                    continue;
                }

                if (Naming.IsKeyword(member))
                {
                    Report(DiagnosticDescriptors.KeywordName, Loc(nameScalar), member, "an enum member");
                    broken++;
                    continue;
                }

                values.Add(new EnumValueDecl(nameScalar.Value, description, Loc(nameScalar), formerNames.ToEquatableArray()));
            }

            // An enum whose every value is broken is dropped, so the resolver does not also report "no values".
            return broken == 0 || values.Count > 0;
        }

        /// <summary>
        /// The entries of a mapping whose keys are plain names: reports non-scalar keys (NSG0013), duplicate
        /// keys (NSG0021, the first one wins) and keys outside <paramref name="allowed"/> (NSG0002).
        /// </summary>
        private List<KeyValuePair<YScalar, YNode>> Entries(YMapping map, string where, string[] allowed)
        {
            var result = new List<KeyValuePair<YScalar, YNode>>();
            var seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                _ct.ThrowIfCancellationRequested();
                if (entry.Key is not YScalar key || key.IsNull)
                {
                    Report(DiagnosticDescriptors.InvalidValue, Loc(entry.Key), "a key in " + where, "a plain name", entry.Key.Describe());
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    Report(DiagnosticDescriptors.DuplicateKey, Loc(key), key.Value, "line " + first.Start.Line + ", column " + first.Start.Column);
                    continue;
                }

                seen.Add(key.Value, key);
                if (Array.IndexOf(allowed, key.Value) < 0)
                {
                    Report(DiagnosticDescriptors.UnknownKey, Loc(key), key.Value, where, string.Join(", ", allowed), Suggestions.Sentence(key.Value, allowed));
                    continue;
                }

                result.Add(new KeyValuePair<YScalar, YNode>(key, entry.Value));
            }

            return result;
        }

        /// <summary>A non-null scalar, or null after reporting NSG0013.</summary>
        private YScalar? AsString(string key, YNode value, string expected)
        {
            if (value is YScalar { IsNull: false } scalar)
            {
                return scalar;
            }

            Report(DiagnosticDescriptors.InvalidValue, Loc(value), key, expected, value.Describe());
            return null;
        }

        /// <summary>A plain <c>true</c> or <c>false</c>, or null after reporting NSG0013 (yes/no and quoted text are not booleans).</summary>
        private bool? AsBool(string key, YNode value)
        {
            if (value is YScalar { IsPlain: true } scalar && (scalar.Value == "true" || scalar.Value == "false"))
            {
                return scalar.Value == "true";
            }

            Report(DiagnosticDescriptors.InvalidValue, Loc(value), key, "true or false", value.Describe() + (value is YScalar text ? Suggestions.Sentence(text.Value, Booleans) : string.Empty));
            return null;
        }

        private ScalarDecl Scalar(YScalar scalar) => new(scalar.Value, !scalar.IsPlain, Loc(scalar));

        private LocationInfo Loc(YNode node) => node.Location(_path);

        private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
    }
}

internal static class KeyValuePairExtensions
{
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
}
