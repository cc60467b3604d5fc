using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    private const string YamlWriterType = EmitHelpers.Serialization + ".YamlWriter";
    private const string YamlWriting = EmitHelpers.Serialization + ".YamlWriting";
    private const string Utf8JsonWriterType = "global::System.Text.Json.Utf8JsonWriter";
    private const string JsonWriterType = EmitHelpers.Serialization + ".JsonWriter";

    /// <summary>The expression a writer reads a member from: the equatable backing field for collections.</summary>
    private static string Source(Member member)
        => member.IsCollection && !member.Inherited ? member.BackingField : member.Field.PropertyName;

    private static void EmitWriters(CodeWriter w, TypeModel type, List<Member> members)
    {
        // In a family the root writes the document and each concrete type its own body.
        var declaresDocumentWriters = type.BaseFullName is null;
        if (declaresDocumentWriters)
        {
            w.Block($$"""
                /// <summary>Writes this value as canonical block-style YAML: keys in schema order, absent optional fields left out.</summary>
                {{NonUserCode}}
                public string ToYaml() => {{YamlWriting}}.ToYamlString(this, static (writer, value) => value.WriteYamlBody(writer));

                /// <summary>Writes this value as canonical block-style YAML, in UTF-8, to <paramref name="output"/>.</summary>
                {{NonUserCode}}
                public void ToYaml(global::System.Buffers.IBufferWriter<byte> output) => {{YamlWriting}}.WriteYaml(this, output, static (writer, value) => value.WriteYamlBody(writer));

                """);
        }

        w.Block($$"""
            /// <summary>Writes a list of {{type.Name}} as a YAML document.</summary>
            {{NonUserCode}}
            public static string ToYamlList({{Collections}}.IEnumerable<{{type.FullName}}> items) => {{YamlWriting}}.ToYamlListString(items, static (writer, item) => item.WriteYamlBody(writer));

            /// <summary>Writes a list of {{type.Name}} as a YAML document, in UTF-8, to <paramref name="output"/>.</summary>
            {{NonUserCode}}
            public static void ToYamlList({{Collections}}.IEnumerable<{{type.FullName}}> items, global::System.Buffers.IBufferWriter<byte> output) => {{YamlWriting}}.WriteYamlList(items, output, static (writer, item) => item.WriteYamlBody(writer));

            """);
        if (type.IsAbstract)
        {
            if (type.IsRoot)
            {
                w.Block($$"""
                    {{EditorBrowsableNever}}
                    internal abstract void WriteYamlBody({{YamlWriterType}} writer);

                    /// <summary>Writes this value as indented JSON: the discriminator first, then keys in schema order.</summary>
                    {{NonUserCode}}
                    public string ToJson() => {{Serialization}}.JsonWriting.ToJsonString(this, static (writer, value) => value.WriteJsonBody(writer));

                    /// <summary>Writes this value as a JSON object to <paramref name="writer"/>, with its options.</summary>
                    {{NonUserCode}}
                    public void WriteJson({{Utf8JsonWriterType}} writer) => WriteJsonBody({{JsonWriterType}}.Over(writer));

                    {{EditorBrowsableNever}}
                    internal abstract void WriteJsonBody({{JsonWriterType}} writer);

                    """);
            }

            EmitJsonListWriter(w, type);
            return;
        }

        var @override = type.BaseFullName is null ? string.Empty : "override ";
        w.Block($$"""
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal {{@override}}void WriteYamlBody({{YamlWriterType}} writer)
            """);
        w.Open();
        if (type.Tag is not null)
        {
            w.Block($$"""
                writer.WriteKey({{Literal(type.Discriminator!)}});
                writer.WriteString(WireTag);
                """);
        }

        EmitFieldWrites(w, members, json: false);
        w.Close();
        w.Line();

        if (declaresDocumentWriters)
        {
            w.Block($$"""
                /// <summary>Writes this value as indented JSON: keys in schema order, absent optional fields left out.</summary>
                {{NonUserCode}}
                public string ToJson() => {{Serialization}}.JsonWriting.ToJsonString(this, static (writer, value) => value.WriteJsonBody(writer));

                /// <summary>Writes this value as a JSON object to <paramref name="writer"/>, with its options.</summary>
                {{NonUserCode}}
                public void WriteJson({{Utf8JsonWriterType}} writer) => WriteJsonBody({{JsonWriterType}}.Over(writer));

                """);
        }

        EmitJsonListWriter(w, type);
        w.Block($$"""
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal {{@override}}void WriteJsonBody({{JsonWriterType}} writer)
            {
                writer.WriteStartObject();
            """);
        w.Indent();
        if (type.Tag is not null)
        {
            w.Line("writer.WriteString(s_jsonDiscriminator, WireTag);");
        }

        BlankLineIf(w, EmitFieldWrites(w, members, json: true));
        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();
    }

    private static void EmitJsonListWriter(CodeWriter w, TypeModel type)
    {
        w.Block($$"""
            /// <summary>Writes a list of {{type.Name}} as a JSON array.</summary>
            {{NonUserCode}}
            public static string ToJsonList({{Collections}}.IEnumerable<{{type.FullName}}> items)
            {
                return {{Serialization}}.JsonWriting.ToJsonString(items, static (writer, values) =>
                {
                    writer.WriteStartArray();
                    foreach (var item in values)
                    {
                        item.WriteJsonBody(writer);
                    }

                    writer.WriteEndArray();
                });
            }

            """);
    }

    /// <summary>
    /// The body of <c>WriteYamlBody</c> or <c>WriteJsonBody</c>: each field's key and value, in schema
    /// order; an absent optional field, or an empty optional list or map, is left out.
    /// </summary>
    /// <returns>Whether the last thing written was a block (a person would leave a blank line after it).</returns>
    private static bool EmitFieldWrites(CodeWriter w, List<Member> members, bool json)
    {
        var names = new LocalNames(ReservedInMethod(members, "writer"));
        var values = members.ToDictionary(m => m, m => names.Take(LocalNames.For(m.Field.PropertyName)));
        var afterBlock = false;
        foreach (var member in members)
        {
            var f = member.Field;
            var source = Source(member);
            // A JSON key goes into the value's own write call (WriteString(key, value)), one writer call per field.
            var jsonKey = $"s_json{member.Index.ToString(CultureInfo.InvariantCulture)}";
            var key = json ? null : $"writer.WriteKey({Literal(f.WireName)});";
            var always = member.IsCollection ? f.Required : f.DefaultText is not null || (f.Required && IsValueType(f.Type));
            if (always)
            {
                BlankLineIf(w, afterBlock);
                WriteField(w, key, jsonKey, f.Type, source, names, json);
                afterBlock = false;
                continue;
            }

            // A person leaves a blank line around a block, but not at the start of the method.
            BlankLineIf(w, afterBlock || member.Index > 0);
            if (!always)
            {
                w.Open(member.IsCollection ? $"if ({source}.Count > 0)" : $"if ({source} is {{ }} {values[member]})");
            }

            WriteField(w, key, jsonKey, f.Type, member.IsCollection ? source : values[member], names, json);
            if (!always)
            {
                w.Close();
            }

            afterBlock = true;
        }

        return afterBlock;
    }

    private static void BlankLineIf(CodeWriter w, bool blank)
    {
        if (blank)
        {
            w.Line();
        }
    }

    /// <summary>
    /// The names a generated method body must not give its locals: its parameters and the type's
    /// own names it uses (property names, and the field names whose locals are taken up front).
    /// </summary>
    private static IEnumerable<string> ReservedInMethod(List<Member> members, params string[] parameters)
        => parameters.Concat(members.Select(m => m.Field.PropertyName));

    /// <summary>One field: the YAML key line then the value, or the JSON value written under its pre-encoded key (<paramref name="jsonKey"/>).</summary>
    private static void WriteField(CodeWriter w, string? yamlKey, string jsonKey, TypeRefModel type, string value, LocalNames names, bool json)
    {
        if (json)
        {
            JsonWrite(w, type, value, names, jsonKey);
        }
        else
        {
            w.Line(yamlKey!);
            YamlWrite(w, type, value, names);
        }
    }

    /// <remarks>
    /// <see cref="JsonWrite"/> has the same cases: the two formats differ in every one of them
    /// (YAML items are framed with BeginItem/EndItem, JSON values take their key in the same call,
    /// JSON keys of records are pre-encoded), so each is written out rather than parameterised.
    /// </remarks>
    private static void YamlWrite(CodeWriter w, TypeRefModel type, string value, LocalNames names)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                w.Line(type.Primitive switch
                {
                    PrimitiveKind.String => $"writer.WriteString({value});",
                    PrimitiveKind.Int => $"writer.WriteInt32({value});",
                    PrimitiveKind.Long => $"writer.WriteInt64({value});",
                    PrimitiveKind.Double => $"writer.WriteDouble({value});",
                    PrimitiveKind.Decimal => $"writer.WriteDecimal({value});",
                    PrimitiveKind.Bool => $"writer.WriteBoolean({value});",
                    PrimitiveKind.Date => $"writer.WriteDate({value});",
                    PrimitiveKind.DateTime => $"writer.WriteDateTime({value});",
                    _ => $"writer.WriteUri({value});",
                });
                break;
            case TypeRefKind.Ref:
                w.Line($"writer.WriteString({value}.ToString());");
                break;
            case TypeRefKind.Enum:
                w.Line($"writer.WriteString({type.FullName}Extensions.ToWireName({value}));");
                break;
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                w.Block($$"""
                    writer.BeginMapping();
                    {{value}}.WriteYamlBody(writer);
                    writer.EndMapping();
                    """);
                break;
            case TypeRefKind.List:
            {
                names.Open();
                var item = names.Take("item");
                w.Line("writer.BeginSequence();");
                w.Open($"foreach (var {item} in {value})");
                w.Line("writer.BeginItem();");
                YamlWrite(w, type.Element!, item, names);
                w.Line("writer.EndItem();");
                w.Close();
                w.Line();
                w.Line("writer.EndSequence();");
                names.Close();
                break;
            }

            case TypeRefKind.Map:
            {
                names.Open();
                var entry = names.Take("entry");
                w.Line("writer.BeginMapping();");
                w.Open($"foreach (var {entry} in {value})");
                w.Line($"writer.WriteKey({entry}.Key);");
                YamlWrite(w, type.Element!, $"{entry}.Value", names);
                w.Close();
                w.Line();
                w.Line("writer.EndMapping();");
                names.Close();
                break;
            }
        }
    }

    /// <summary>
    /// Writes one JSON value; with <paramref name="key"/> (a pre-encoded property name) the value is
    /// written under it by the same call (<c>WriteString(key, value)</c>, <c>WriteStartArray(key)</c>),
    /// else as an array item or after a map key.
    /// </summary>
    private static void JsonWrite(CodeWriter w, TypeRefModel type, string value, LocalNames names, string? key = null)
    {
        // "Value" methods without a key, the named overloads with one: WriteStringValue(v) / WriteString(key, v).
        var under = key is null ? string.Empty : key + ", ";
        var valueSuffix = key is null ? "Value" : string.Empty;
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                w.Line(type.Primitive switch
                {
                    PrimitiveKind.String => $"writer.WriteString{valueSuffix}({under}{value});",
                    PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal => $"writer.WriteNumber{valueSuffix}({under}{value});",
                    PrimitiveKind.Bool => $"writer.WriteBoolean{valueSuffix}({under}{value});",
                    PrimitiveKind.Date => $"{Serialization}.JsonWriting.WriteDate(writer, {under}{value});",
                    PrimitiveKind.DateTime => $"writer.WriteString{valueSuffix}({under}{Serialization}.ScalarParsers.Format({value}));",
                    _ => $"writer.WriteString{valueSuffix}({under}{value}.OriginalString);",
                });
                break;
            case TypeRefKind.Ref:
                w.Line($"writer.WriteString{valueSuffix}({under}{value}.ToString());");
                break;
            case TypeRefKind.Enum:
                w.Line($"writer.WriteString{valueSuffix}({under}{type.FullName}Extensions.ToWireName({value}));");
                break;
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                if (key is not null)
                {
                    w.Line($"writer.WritePropertyName({key});");
                }

                w.Line($"{value}.WriteJsonBody(writer);");
                break;
            case TypeRefKind.List:
            {
                names.Open();
                var item = names.Take("item");
                w.Line($"writer.WriteStartArray({key});");
                w.Open($"foreach (var {item} in {value})");
                JsonWrite(w, type.Element!, item, names);
                w.Close();
                w.Line();
                w.Line("writer.WriteEndArray();");
                names.Close();
                break;
            }

            case TypeRefKind.Map:
            {
                names.Open();
                var entry = names.Take("entry");
                w.Line($"writer.WriteStartObject({key});");
                w.Open($"foreach (var {entry} in {value})");
                w.Line($"writer.WritePropertyName({entry}.Key);");
                JsonWrite(w, type.Element!, $"{entry}.Value", names);
                w.Close();
                w.Line();
                w.Line("writer.WriteEndObject();");
                names.Close();
                break;
            }
        }
    }
}
