using System.Collections.Generic;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaParser
{
    // A field's declaration, in shorthand (name: type) or as a mapping, with its aliases and raw
    // constraints.
    private sealed partial class Reader
    {
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
            var sound = Accept(Naming.NameProblem(name, Naming.ToPascalCase(name), nameLocation, "a field", "C# property name"));

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
    }
}
