using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsSchema.Generator.Emit;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Export;

internal static partial class DataSchemaExport
{
    // The schema of a field (descriptions, default, deprecation) and of its value: lists, maps, refs,
    // enums (with their editor descriptions) and records; scalars are in DataSchemaExport.Scalars.cs.
    private sealed partial class Builder
    {
        private JsonObject Field(FieldModel field)
        {
            var value = Value(field.Type, field.Constraints, outer: true, nullable: !field.Required);
            var schema = new JsonObject();
            var text = field.Description ?? field.WireName;
            schema.Set("description", (field.Deprecated ? "Deprecated" + (field.DeprecatedMessage is null ? ". " : ": " + field.DeprecatedMessage + ". ") : string.Empty) + text);
            schema.Set("markdownDescription", Markdown(field));
            if (field.DefaultText is { } defaultText)
            {
                schema.Set("default", field.Type.Kind != TypeRefKind.Primitive ? JsonValue.Of(defaultText) : field.Type.Primitive switch
                {
                    PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal => JsonValue.Number(defaultText),
                    PrimitiveKind.Bool => JsonValue.Of(defaultText == "true"),
                    _ => JsonValue.Of(defaultText),
                });
            }

            if (field.Deprecated)
            {
                schema.Set("deprecated", JsonValue.Of(true));
                schema.Set("deprecationMessage", field.DeprecatedMessage ?? "'" + field.WireName + "' is deprecated.");
            }

            // The value's own description (an enum's or a record's) yields to the field's.
            foreach (var key in new[] { "type", "format", "pattern", "enum", "enumDescriptions", "markdownEnumDescriptions", "x-intellij-enum-metadata", "const", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "items", "additionalProperties", "minItems", "maxItems", "uniqueItems", "anyOf", "allOf" })
            {
                if (value.Get(key) is { } v)
                {
                    schema.Set(key, v);
                }
            }

            return schema;
        }

        private string Markdown(FieldModel field)
        {
            var sb = new StringBuilder();
            if (field.Deprecated)
            {
                sb.Append("**Deprecated**").Append(field.DeprecatedMessage is null ? "." : ": " + field.DeprecatedMessage).Append("\n\n");
            }

            sb.Append(field.Description ?? field.WireName).Append("\n\n");
            sb.Append('`').Append(TypeText(field.Type)).Append('`').Append(field.Required ? ", required" : ", optional");
            var words = TypeWords.ConstraintWords(field.Constraints, field.Type);
            if (words.Length > 0)
            {
                sb.Append("; ").Append(words);
            }

            sb.Append('.');
            if (RefTarget(field.Type) is { } target)
            {
                sb.Append("\n\nThe id of ").Append(EmitHelpers.A(target)).Append(" in the catalog; that it exists is checked by the catalog's Validate(), not by this schema.");
            }

            return sb.ToString();
        }

        private string? RefTarget(TypeRefModel type)
        {
            while (type.Kind is TypeRefKind.List or TypeRefKind.Map)
            {
                type = type.Element!;
            }

            return type.Kind == TypeRefKind.Ref ? TargetName(type) : null;
        }

        private string TargetName(TypeRefModel reference) => TypeWords.TargetName(reference, _byFullName);

        public string TypeText(TypeRefModel type) => TypeWords.TypeText(type, _byFullName);

        /// <summary>The schema of a value of <paramref name="type"/>. List and count constraints go on the outer list; the others on the innermost scalar, as the generator applies them.</summary>
        private JsonObject Value(TypeRefModel type, FieldConstraints c, bool outer, bool nullable)
        {
            switch (type.Kind)
            {
                case TypeRefKind.List:
                {
                    var list = new JsonObject().Set("type", Types("array", nullable)).Set("items", Value(type.Element!, c, outer: false, nullable: false));
                    if (outer)
                    {
                        list.Set("minItems", c.MinItems is { } min ? JsonValue.Of(min) : null);
                        list.Set("maxItems", c.MaxItems is { } max ? JsonValue.Of(max) : null);
                        list.Set("uniqueItems", c.UniqueItems ? JsonValue.Of(true) : null);
                    }

                    return list;
                }

                case TypeRefKind.Map:
                    return new JsonObject().Set("type", Types("object", nullable)).Set("additionalProperties", Value(type.Element!, c, outer: false, nullable: false));
                case TypeRefKind.Ref:
                    return new JsonObject().Set("type", Types("string", nullable));
                case TypeRefKind.Enum:
                    return Enum(type, nullable);
                case TypeRefKind.Record:
                case TypeRefKind.Entity:
                {
                    var name = TypeText(type);
                    return nullable
                        ? new JsonObject().Set("anyOf", new JsonArray().Add(Ref(name)).Add(new JsonObject().Set("type", "null")))
                        : new JsonObject().Set("allOf", new JsonArray().Add(Ref(name)));
                }

                default:
                    return Primitive(type.Primitive, c, nullable);
            }
        }

        private JsonObject Enum(TypeRefModel type, bool nullable)
        {
            var members = type.FullName is { } f && _byFullName.TryGetValue(f, out var e) ? e.Members.ToList() : new List<EnumMemberModel>();
            var values = JsonArray.Of(members.Select(m => m.WireName));
            var descriptions = JsonArray.Of(members.Select(m => m.Description ?? string.Empty));
            if (nullable)
            {
                values.Add(JsonValue.Null);
                descriptions.Add(JsonValue.Of("Absent."));
            }

            var obj = new JsonObject().Set("type", Types("string", nullable)).Set("enum", values).Set("enumDescriptions", descriptions).Set("markdownEnumDescriptions", descriptions);
            if (members.Any(m => m.Description is not null))
            {
                var metadata = new JsonObject();
                foreach (var m in members)
                {
                    metadata.Set(m.WireName, new JsonObject().Set("description", m.Description ?? string.Empty));
                }

                obj.Set("x-intellij-enum-metadata", metadata);
            }

            return obj;
        }

        private static JsonValue Types(string type, bool nullable) => nullable ? JsonArray.Of(new[] { type, "null" }) : JsonValue.Of(type);
    }
}
