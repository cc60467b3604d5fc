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

            int? minLength = null, maxLength = null, minItems = null, maxItems = null;
            string? pattern = null;
            var bounds = new Dictionary<string, (string Text, IComparable Value, ConstraintDecl Decl)>(StringComparer.Ordinal);
            var counts = new Dictionary<string, ConstraintDecl>(StringComparer.Ordinal);
            var uniqueItems = false;

            foreach (var constraint in field.Constraints)
            {
                var key = constraint.Key;
                var value = constraint.Value;
                switch (key)
                {
                    case "minLength":
                    case "maxLength":
                        if (!Applies(constraint, isStringLike, typeText, "string fields and lists or maps of strings"))
                        {
                            break;
                        }

                        if (NonNegative(constraint) is { } length)
                        {
                            counts[key] = constraint;
                            if (key == "minLength")
                            {
                                minLength = length;
                            }
                            else
                            {
                                maxLength = length;
                            }
                        }

                        break;
                    case "pattern":
                        if (!Applies(constraint, isStringLike, typeText, "string fields and lists or maps of strings"))
                        {
                            break;
                        }

                        if (RegexError(value.Text) is { } regexError)
                        {
                            Report(DiagnosticDescriptors.InvalidPattern, value.Location, value.Text, regexError);
                        }
                        else
                        {
                            pattern = value.Text;
                        }

                        break;
                    case "minimum":
                    case "maximum":
                    case "exclusiveMinimum":
                    case "exclusiveMaximum":
                        if (!Applies(constraint, isOrdered, typeText, "int, long, double, decimal, date and datetime fields (and lists or maps of them)"))
                        {
                            break;
                        }

                        if (ParseBound(itemPrimitive, value.Text, out var canonical, out var comparable, out var expected))
                        {
                            bounds[key] = (canonical, comparable, constraint);
                        }
                        else
                        {
                            Report(DiagnosticDescriptors.InvalidValue, value.Location, key, expected, Describe(value));
                        }

                        break;
                    case "minItems":
                    case "maxItems":
                        if (!Applies(constraint, isList, typeText, "lists"))
                        {
                            break;
                        }

                        if (NonNegative(constraint) is { } itemCount)
                        {
                            counts[key] = constraint;
                            if (key == "minItems")
                            {
                                minItems = itemCount;
                            }
                            else
                            {
                                maxItems = itemCount;
                            }
                        }

                        break;
                    case "uniqueItems":
                        if (!Applies(constraint, isList, typeText, "lists"))
                        {
                            break;
                        }

                        if (!value.Quoted && (value.Text == "true" || value.Text == "false"))
                        {
                            uniqueItems = value.Text == "true";
                        }
                        else
                        {
                            Report(DiagnosticDescriptors.InvalidValue, value.Location, key, "true or false", Describe(value));
                        }

                        break;
                }
            }

            CheckCountRange(counts, minLength, maxLength, "minLength", "maxLength");
            CheckCountRange(counts, minItems, maxItems, "minItems", "maxItems");
            CheckBoundRange(bounds, "minimum", "maximum", strict: false);
            CheckBoundRange(bounds, "exclusiveMinimum", "exclusiveMaximum", strict: true);
            CheckBoundRange(bounds, "minimum", "exclusiveMaximum", strict: true);
            CheckBoundRange(bounds, "exclusiveMinimum", "maximum", strict: true);

            return new FieldConstraints
            {
                MinLength = minLength,
                MaxLength = maxLength,
                Pattern = pattern,
                Minimum = bounds.TryGetValue("minimum", out var min) ? min.Text : null,
                Maximum = bounds.TryGetValue("maximum", out var max) ? max.Text : null,
                ExclusiveMinimum = bounds.TryGetValue("exclusiveMinimum", out var exMin) ? exMin.Text : null,
                ExclusiveMaximum = bounds.TryGetValue("exclusiveMaximum", out var exMax) ? exMax.Text : null,
                MinItems = minItems,
                MaxItems = maxItems,
                UniqueItems = uniqueItems,
            };
        }

        private bool Applies(ConstraintDecl constraint, bool applies, string typeText, string appliesTo)
        {
            if (!applies)
            {
                Report(DiagnosticDescriptors.ConstraintTypeMismatch, constraint.KeyLocation, constraint.Key, typeText, appliesTo);
            }

            return applies;
        }

        private int? NonNegative(ConstraintDecl constraint)
        {
            if (int.TryParse(constraint.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Report(DiagnosticDescriptors.InvalidValue, constraint.Value.Location, constraint.Key, "a whole number from 0 to " + int.MaxValue, Describe(constraint.Value));
            return null;
        }

        private void CheckCountRange(Dictionary<string, ConstraintDecl> decls, int? lower, int? upper, string lowerKey, string upperKey)
        {
            if (lower is { } l && upper is { } u && l > u)
            {
                Report(DiagnosticDescriptors.InvalidRange, decls[lowerKey].KeyLocation, lowerKey, l.ToString(CultureInfo.InvariantCulture), upperKey, u.ToString(CultureInfo.InvariantCulture));
            }
        }

        private void CheckBoundRange(Dictionary<string, (string Text, IComparable Value, ConstraintDecl Decl)> bounds, string lowerKey, string upperKey, bool strict)
        {
            if (bounds.TryGetValue(lowerKey, out var lower) && bounds.TryGetValue(upperKey, out var upper))
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
