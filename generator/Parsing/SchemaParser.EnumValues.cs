using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaParser
{
    // The values of an enum: wire names, or mappings with a name, a description and former names.
    private sealed partial class Reader
    {
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

                if (!Accept(Naming.NameProblem(nameScalar.Value, Naming.ToPascalCase(nameScalar.Value), Loc(nameScalar), "an enum member")))
                {
                    broken++;
                    continue;
                }

                values.Add(new EnumValueDecl(nameScalar.Value, description, Loc(nameScalar), formerNames.ToEquatableArray()));
            }

            // An enum whose every value is broken is dropped, so the resolver does not also report "no values".
            return broken == 0 || values.Count > 0;
        }
    }
}
