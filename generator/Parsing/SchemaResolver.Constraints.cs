using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // Phase 5: the constraints of a field (minLength, pattern, minimum, ...), checked against its type
    // and against each other.
    private sealed partial class Resolver
    {
        private FieldConstraints ResolveConstraints(FieldDecl field, TypeRefModel type, string typeText)
        {
            if (field.Constraints.IsEmpty)
            {
                return FieldConstraints.None;
            }

            var isList = type.Kind == TypeRefKind.List;
            var item = type.Kind is TypeRefKind.List or TypeRefKind.Map ? type.Element! : type;
            var itemPrimitive = item.Kind == TypeRefKind.Primitive ? item.Primitive : PrimitiveKind.None;
            var isStringLike = itemPrimitive == PrimitiveKind.String;
            var isOrdered = itemPrimitive is PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal or PrimitiveKind.Date or PrimitiveKind.DateTime;

            // Counts and bounds by key, each with its canonical text, a comparable value and its declaration.
            var values = new Dictionary<string, (string Text, IComparable Value, ConstraintDecl Decl)>(StringComparer.Ordinal);
            string? pattern = null;
            var uniqueItems = false;

            foreach (var constraint in field.Constraints)
            {
                var key = constraint.Key;
                var value = constraint.Value;
                var (applies, appliesTo) = key switch
                {
                    "minLength" or "maxLength" or "pattern" => (isStringLike, "string fields and lists or maps of strings"),
                    "minItems" or "maxItems" or "uniqueItems" => (isList, "lists"),
                    "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" => (isOrdered, "int, long, double, decimal, date and datetime fields (and lists or maps of them)"),
                    _ => (false, null),
                };
                if (appliesTo is null || !Applies(constraint, applies, typeText, appliesTo))
                {
                    continue;
                }

                switch (key)
                {
                    case "minLength":
                    case "maxLength":
                    case "minItems":
                    case "maxItems":
                        ReadCount(constraint, values);
                        break;
                    case "pattern":
                        if (RegexError(value.Text) is { } regexError)
                        {
                            Report(DiagnosticDescriptors.InvalidPattern, value.Location, value.Text, regexError);
                        }
                        else
                        {
                            pattern = value.Text;
                        }

                        break;
                    case "uniqueItems":
                        if (!value.Quoted && (value.Text == "true" || value.Text == "false"))
                        {
                            uniqueItems = value.Text == "true";
                        }
                        else
                        {
                            Report(DiagnosticDescriptors.InvalidValue, value.Location, key, "true or false", Describe(value));
                        }

                        break;
                    default:
                        if (ParseBound(itemPrimitive, value.Text, out var canonical, out var comparable, out var expected))
                        {
                            values[key] = (canonical, comparable, constraint);
                        }
                        else
                        {
                            Report(DiagnosticDescriptors.InvalidValue, value.Location, key, expected, Describe(value));
                        }

                        break;
                }
            }

            CheckRange(values, "minLength", "maxLength", strict: false);
            CheckRange(values, "minItems", "maxItems", strict: false);
            CheckRange(values, "minimum", "maximum", strict: false);
            CheckRange(values, "exclusiveMinimum", "exclusiveMaximum", strict: true);
            CheckRange(values, "minimum", "exclusiveMaximum", strict: true);
            CheckRange(values, "exclusiveMinimum", "maximum", strict: true);

            return new FieldConstraints
            {
                MinLength = values.TryGetValue("minLength", out var minLength) ? (int)minLength.Value : null,
                MaxLength = values.TryGetValue("maxLength", out var maxLength) ? (int)maxLength.Value : null,
                Pattern = pattern,
                Minimum = values.TryGetValue("minimum", out var min) ? min.Text : null,
                Maximum = values.TryGetValue("maximum", out var max) ? max.Text : null,
                ExclusiveMinimum = values.TryGetValue("exclusiveMinimum", out var exMin) ? exMin.Text : null,
                ExclusiveMaximum = values.TryGetValue("exclusiveMaximum", out var exMax) ? exMax.Text : null,
                MinItems = values.TryGetValue("minItems", out var minItems) ? (int)minItems.Value : null,
                MaxItems = values.TryGetValue("maxItems", out var maxItems) ? (int)maxItems.Value : null,
                UniqueItems = uniqueItems,
            };
        }

        /// <summary>Whether a constraint applies to the field's type; reported when it does not.</summary>
        private bool Applies(ConstraintDecl constraint, bool applies, string typeText, string appliesTo)
        {
            if (!applies)
            {
                Report(DiagnosticDescriptors.ConstraintTypeMismatch, constraint.KeyLocation, constraint.Key, typeText, appliesTo);
            }

            return applies;
        }

        /// <summary>A count (minLength, maxItems, ...): a whole number from 0, kept under its key, or reported.</summary>
        private void ReadCount(ConstraintDecl constraint, Dictionary<string, (string Text, IComparable Value, ConstraintDecl Decl)> values)
        {
            if (int.TryParse(constraint.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                values[constraint.Key] = (count.ToString(CultureInfo.InvariantCulture), count, constraint);
                return;
            }

            Report(DiagnosticDescriptors.InvalidValue, constraint.Value.Location, constraint.Key, "a whole number from 0 to " + int.MaxValue, Describe(constraint.Value));
        }

        /// <summary>Reports a lower count or bound above its upper one (or equal to it, when either is exclusive).</summary>
        private void CheckRange(Dictionary<string, (string Text, IComparable Value, ConstraintDecl Decl)> values, string lowerKey, string upperKey, bool strict)
        {
            if (values.TryGetValue(lowerKey, out var lower) && values.TryGetValue(upperKey, out var upper))
            {
                var comparison = lower.Value.CompareTo(upper.Value);
                if (comparison > 0 || (strict && comparison == 0))
                {
                    Report(DiagnosticDescriptors.InvalidRange, lower.Decl.KeyLocation, lowerKey, lower.Text, upperKey, upper.Text);
                }
            }
        }

        /// <summary>Parses a bound or default of an ordered type into canonical invariant text and a comparable value.</summary>
        private static bool ParseBound(PrimitiveKind primitive, string text, out string canonical, out IComparable comparable, out string expected)
        {
            canonical = string.Empty;
            comparable = 0;
            text = text.Trim();
            switch (primitive)
            {
                case PrimitiveKind.Double:
                    expected = "a finite number";
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d))
                    {
                        canonical = d.ToString("R", CultureInfo.InvariantCulture);
                        comparable = d;
                        return true;
                    }

                    return false;
                case PrimitiveKind.Date:
                    expected = "a date in the form yyyy-MM-dd";
                    if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        canonical = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        comparable = date;
                        return true;
                    }

                    return false;
                case PrimitiveKind.DateTime:
                    expected = "a date and time with an offset, such as 2026-01-24T10:00:00Z";
                    if (Regex.IsMatch(text, @"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:?[0-9]{2})\z")
                        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
                    {
                        canonical = dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
                        comparable = dto;
                        return true;
                    }

                    return false;
                default:
                    expected = primitive is PrimitiveKind.Int or PrimitiveKind.Long ? "a number" : "a decimal number";
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
                    {
                        canonical = CanonicalDecimal(m);
                        comparable = m;
                        return true;
                    }

                    return false;
            }
        }

        private static string CanonicalDecimal(decimal value)
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            if (text.IndexOf('.') >= 0)
            {
                text = text.TrimEnd('0').TrimEnd('.');
            }

            return text == "-0" ? "0" : text;
        }
    }
}
