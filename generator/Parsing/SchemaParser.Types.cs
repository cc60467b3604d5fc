using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaParser
{
    // A type's declaration: its kind first, then every key, each checked against the kinds it applies
    // to.
    private sealed partial class Reader
    {
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
    }
}
