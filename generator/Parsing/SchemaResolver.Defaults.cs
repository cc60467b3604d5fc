using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // Phase 5, continued: a field's default, read as a value of its type.
    private sealed partial class Resolver
    {
        private string? ResolveDefault(FieldDecl field, TypeRefModel type, string typeText)
        {
            var value = field.Default;
            if (value is null)
            {
                return null;
            }

            string? problem = null;
            string? canonical = null;
            if (field.Required)
            {
                Report(DiagnosticDescriptors.DefaultOnRequiredField, value.Location, field.Name);
                return null;
            }

            if (!value.Quoted && IsNullText(value.Text))
            {
                problem = "null is not a default; leave 'default' out instead";
            }
            else if (type.Kind == TypeRefKind.Enum)
            {
                var enumType = _types[type.Name!];
                if (enumType.Members.Any(m => m.WireName == value.Text))
                {
                    canonical = value.Text;
                }
                else
                {
                    var wires = enumType.Members.Select(m => m.WireName).ToList();
                    var closest = Suggestions.Closest(value.Text, wires);
                    problem = "it is not one of the values " + string.Join(", ", wires) + (closest is null ? string.Empty : "; did you mean '" + closest + "'?");
                }
            }
            else if (type.Kind == TypeRefKind.Primitive)
            {
                canonical = ParseDefault(type.Primitive, value, out problem);
            }
            else
            {
                problem = "only fields of a built-in scalar type or an enum can have a default";
            }

            if (canonical is null)
            {
                Report(DiagnosticDescriptors.InvalidDefault, value.Location, value.Text, typeText, problem ?? "it cannot be read");
            }

            return canonical;
        }

        private static string? ParseDefault(PrimitiveKind primitive, ScalarDecl value, out string? problem)
        {
            var text = value.Text;
            problem = null;
            switch (primitive)
            {
                case PrimitiveKind.String:
                    return text;
                case PrimitiveKind.Int:
                    if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
                    {
                        return i.ToString(CultureInfo.InvariantCulture);
                    }

                    problem = "expected a whole number from " + int.MinValue + " to " + int.MaxValue;
                    return null;
                case PrimitiveKind.Long:
                    if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                    {
                        return l.ToString(CultureInfo.InvariantCulture);
                    }

                    problem = "expected a whole number from " + long.MinValue + " to " + long.MaxValue;
                    return null;
                case PrimitiveKind.Bool:
                    if (!value.Quoted && (text == "true" || text == "false"))
                    {
                        return text;
                    }

                    problem = "expected true or false";
                    return null;
                case PrimitiveKind.Uri:
                    if (Regex.IsMatch(text, "^[A-Za-z][A-Za-z0-9+.-]*:") && Uri.TryCreate(text, UriKind.Absolute, out var uri))
                    {
                        return uri.OriginalString;
                    }

                    problem = "expected an absolute URI such as https://example.org/";
                    return null;
                default:
                    if (ParseBound(primitive, text, out var canonical, out _, out var expected))
                    {
                        return canonical;
                    }

                    problem = "expected " + expected;
                    return null;
            }
        }

        private static bool IsNullText(string text) => text.Length == 0 || text == "~" || text == "null" || text == "Null" || text == "NULL";
    }
}
