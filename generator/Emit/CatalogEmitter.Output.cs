using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>What the catalog gives back: <c>Validate</c> across every entity, and the YAML and JSON writers.</summary>
internal static partial class CatalogEmitter
{
    private static void EmitValidation(CodeWriter w, CatalogModel model)
    {
        w.Block($$"""
            /// <summary>
            /// Validates every entity (its own constraints and custom rules), and adds <c>duplicate-id</c>
            /// for an id used twice and <c>unresolved-reference</c> for a <c>ref&lt;&gt;</c> to an id no
            /// entity has. Errors carry file, line and column when the catalog was parsed, and come ordered
            /// by file, line and column.
            /// </summary>
            {{NonUserCode}}
            public {{Runtime}}.ValidationResult Validate()
            {
                var context = {{Runtime}}.ValidationContext.Rent(Positions, this);
            """);
        w.Indent();
        foreach (var e in model.Entities)
        {
            var starts = $"_{Raw(e)}Starts";
            w.Block($$"""
                for (var i = 0; i < {{e.PropertyName}}.Count; i++)
                {
                    var item = {{e.PropertyName}}[i];
                    context.PushName({{Literal(e.Plural)}});
                    context.PushIndex(LocalIndex({{starts}}, i));
                    item.ValidateInto(context);
                    if (_{{Raw(e)}}Index.TryGetValue(item.Id, out var first) && first != i)
                    {
                        context.RecordError(item, 0, "id", "duplicate-id", $"the id '{item.Id}' is already used by {{XmlSafe(e.Plural)}}[{LocalIndex({{starts}}, first)}]{context.Locate({{e.PropertyName}}[first])}");
                    }

                    context.Pop();
                    context.Pop();
                }

                """);
        }

        w.Line("return context.FinishSorted();");
        w.Close();
        w.Line();
    }

    private static string XmlSafe(string plural) => plural.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("{", "{{").Replace("}", "}}");

    /// <summary>
    /// <c>WriteYamlBody</c> and <c>WriteJsonBody</c>: one list per entity, under its plural, in the same
    /// order. The two loops are alike in shape only; each is the text of its format's writer calls.
    /// </summary>
    private static void EmitWriting(CodeWriter w, CatalogModel model)
    {
        var writing = Serialization + ".YamlWriting";
        w.Block($$"""
            /// <summary>Writes the catalog as a YAML catalog file.</summary>
            {{NonUserCode}}
            public string ToYaml() => {{writing}}.ToYamlString(this, static (writer, catalog) => catalog.WriteYamlBody(writer));

            /// <summary>Writes the catalog as a YAML catalog file, in UTF-8, to <paramref name="output"/>.</summary>
            {{NonUserCode}}
            public void ToYaml(global::System.Buffers.IBufferWriter<byte> output) => {{writing}}.WriteYaml(this, output, static (writer, catalog) => catalog.WriteYamlBody(writer));

            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal void WriteYamlBody({{Serialization}}.YamlWriter writer)
            {
            """);
        w.Indent();
        for (var i = 0; i < model.Entities.Count; i++)
        {
            var e = model.Entities[i];
            if (i > 0)
            {
                w.Line();
            }

            w.Block($$"""
                if ({{e.PropertyName}}.Count > 0)
                {
                    writer.WriteKey({{Literal(e.Plural)}});
                    {{writing}}.WriteList(writer, {{e.PropertyName}}, static (itemWriter, item) => item.WriteYamlBody(itemWriter));
                }
                """);
        }

        w.Close();
        w.Block($$"""

            /// <summary>Writes the catalog as indented JSON.</summary>
            {{NonUserCode}}
            public string ToJson() => {{Serialization}}.JsonWriting.ToJsonString(this, static (writer, catalog) => catalog.WriteJsonBody(writer));

            /// <summary>Writes the catalog as a JSON object to <paramref name="writer"/>, with its options.</summary>
            {{NonUserCode}}
            public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer) => WriteJsonBody({{Serialization}}.JsonWriter.Over(writer));

            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal void WriteJsonBody({{Serialization}}.JsonWriter writer)
            {
                writer.WriteStartObject();
            """);
        w.Indent();
        foreach (var e in model.Entities)
        {
            w.Block($$"""
                if ({{e.PropertyName}}.Count > 0)
                {
                    writer.WritePropertyName({{Literal(e.Plural)}});
                    writer.WriteStartArray();
                    foreach (var item in {{e.PropertyName}})
                    {
                        item.WriteJsonBody(writer);
                    }

                    writer.WriteEndArray();
                }

                """);
        }

        w.Line("writer.WriteEndObject();");
        w.Close();
    }
}
