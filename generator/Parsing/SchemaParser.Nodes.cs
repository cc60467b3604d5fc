using System;
using System.Collections.Generic;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaParser
{
    // Reading YAML nodes as the schema language wants them: the checked entries of a mapping, strings,
    // booleans and scalars, each reporting what it refuses.
    private sealed partial class Reader
    {
        private static readonly string[] Booleans = { "true", "false" };

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
    }
}
