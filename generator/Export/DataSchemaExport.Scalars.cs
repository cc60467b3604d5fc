using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Export;

internal static partial class DataSchemaExport
{
    // The schema of a scalar: its JSON type, format and pattern, and its bounds kept within the
    // C# type's range; date bounds become patterns, since yyyy-MM-dd sorts as text in date order.
    private sealed partial class Builder
    {
        private static JsonObject Primitive(PrimitiveKind kind, FieldConstraints c, bool nullable)
        {
            var obj = new JsonObject();
            switch (kind)
            {
                case PrimitiveKind.String:
                    obj.Set("type", Types("string", nullable));
                    obj.Set("minLength", c.MinLength is { } minLength ? JsonValue.Of(minLength) : null);
                    obj.Set("maxLength", c.MaxLength is { } maxLength ? JsonValue.Of(maxLength) : null);
                    obj.Set("pattern", c.Pattern);
                    return obj;
                case PrimitiveKind.Int:
                case PrimitiveKind.Long:
                    obj.Set("type", Types("integer", nullable));
                    Bounds(obj, c, kind == PrimitiveKind.Int ? int.MinValue.ToString(CultureInfo.InvariantCulture) : long.MinValue.ToString(CultureInfo.InvariantCulture), kind == PrimitiveKind.Int ? int.MaxValue.ToString(CultureInfo.InvariantCulture) : long.MaxValue.ToString(CultureInfo.InvariantCulture));
                    return obj;
                case PrimitiveKind.Decimal:
                    obj.Set("type", Types("number", nullable));
                    Bounds(obj, c, "-79228162514264337593543950335", "79228162514264337593543950335");
                    return obj;
                case PrimitiveKind.Double:
                    obj.Set("type", Types("number", nullable));
                    Bounds(obj, c, null, null);
                    return obj;
                case PrimitiveKind.Bool:
                    obj.Set("type", Types("boolean", nullable));
                    return obj;
                case PrimitiveKind.Date:
                {
                    obj.Set("type", Types("string", nullable)).Set("format", "date").Set("pattern", @"^\d{4}-\d{2}-\d{2}$");
                    var bounds = new JsonArray();
                    AddDateBound(bounds, c.Minimum, atLeast: true, inclusive: true);
                    AddDateBound(bounds, c.ExclusiveMinimum, atLeast: true, inclusive: false);
                    AddDateBound(bounds, c.Maximum, atLeast: false, inclusive: true);
                    AddDateBound(bounds, c.ExclusiveMaximum, atLeast: false, inclusive: false);
                    if (bounds.Items.Count > 0)
                    {
                        obj.Set("allOf", bounds);
                    }

                    return obj;
                }

                case PrimitiveKind.DateTime:
                    // Our readers also take hh:mm without seconds, which RFC 3339's date-time does not.
                    // format: date-time on the forms with seconds (RFC 3339), the pattern on all.
                    obj.Set("type", Types("string", nullable))
                        .Set("pattern", @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$");
                    obj.Set("anyOf", new JsonArray()
                        .Add(new JsonObject().Set("type", "string").Set("pattern", @":\d{2}:\d{2}").Set("format", "date-time"))
                        .Add(new JsonObject().Set("type", "string").Set("pattern", @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$"))
                        .Add(new JsonObject().Set("not", new JsonObject().Set("type", "string"))));
                    return obj;
                case PrimitiveKind.Uri:
                    obj.Set("type", Types("string", nullable)).Set("format", "uri").Set("pattern", "^[A-Za-z][A-Za-z0-9+.-]*:");
                    return obj;
                default:
                    return obj;
            }
        }

        /// <summary>The schema's bounds, kept within the type's own range (the readers reject values outside it).</summary>
        private static void Bounds(JsonObject obj, FieldConstraints c, string? typeMin, string? typeMax)
        {
            obj.Set("minimum", Number(Stricter(c.Minimum, typeMin, max: true)));
            obj.Set("maximum", Number(Stricter(c.Maximum, typeMax, max: false)));
            obj.Set("exclusiveMinimum", Number(c.ExclusiveMinimum));
            obj.Set("exclusiveMaximum", Number(c.ExclusiveMaximum));

            static JsonValue? Number(string? text) => text is null ? null : JsonValue.Number(text);
        }

        private static string? Stricter(string? bound, string? range, bool max)
        {
            if (bound is null || range is null)
            {
                return bound ?? range;
            }

            if (!decimal.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) || !decimal.TryParse(range, NumberStyles.Float, CultureInfo.InvariantCulture, out var r))
            {
                return bound;
            }

            return (max ? b >= r : b <= r) ? bound : range;
        }

        /// <summary>
        /// A date bound as a pattern: yyyy-MM-dd sorts as text in date order, so "on or after 1990-01-01" is a
        /// regular expression over the digits. Editors then flag an early date as our Validate() does.
        /// </summary>
        private static void AddDateBound(JsonArray bounds, string? date, bool atLeast, bool inclusive)
        {
            if (date is null || date.Length != 10)
            {
                return;
            }

            var alternatives = new List<string>();
            for (var i = 0; i < date.Length; i++)
            {
                if (date[i] == '-')
                {
                    continue;
                }

                var digit = date[i];
                if (atLeast ? digit == '9' : digit == '0')
                {
                    continue;
                }

                var range = atLeast ? "[" + (char)(digit + 1) + "-9]" : "[0-" + (char)(digit - 1) + "]";
                var sb = new StringBuilder(date.Substring(0, i)).Append(range);
                for (var j = i + 1; j < date.Length; j++)
                {
                    sb.Append(date[j] == '-' ? "-" : @"\d");
                }

                alternatives.Add(sb.ToString());
            }

            if (inclusive)
            {
                alternatives.Add(date);
            }

            var words = (atLeast ? (inclusive ? "on or after " : "after ") : (inclusive ? "on or before " : "before ")) + date;
            bounds.Add(new JsonObject()
                .Set("description", words)
                .Set("pattern", "^(?:" + string.Join("|", alternatives) + ")$"));
        }
    }
}
