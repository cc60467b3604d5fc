using System.Collections.Generic;
using System.Globalization;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    private const string YamlWriterType = EmitHelpers.Serialization + ".YamlWriter";
    private const string JsonWriterType = "global::System.Text.Json.Utf8JsonWriter";

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
                public string ToYaml()
                {
                    var writer = new {{YamlWriterType}}();
                    writer.BeginMapping();
                    WriteYamlBody(writer);
                    writer.EndMapping();
                    return writer.ToString();
                }

                """);
        }

        w.Block($$"""
            /// <summary>Writes a list of {{type.Name}} as a YAML document.</summary>
            public static string ToYamlList({{Collections}}.IEnumerable<{{type.FullName}}> items)
            {
                var writer = new {{YamlWriterType}}();
                writer.BeginSequence();
                foreach (var item in items)
                {
                    writer.BeginItem();
                    writer.BeginMapping();
                    item.WriteYamlBody(writer);
                    writer.EndMapping();
                    writer.EndItem();
                }

                writer.EndSequence();
                return writer.ToString();
            }

            """);
        if (type.IsAbstract)
        {
            if (type.IsRoot)
            {
                w.Block($$"""
                    {{EditorBrowsableNever}}
                    internal abstract void WriteYamlBody({{YamlWriterType}} writer);

                    /// <summary>Writes this value as indented JSON: the discriminator first, then keys in schema order.</summary>
                    public string ToJson() => {{Serialization}}.JsonWriting.ToJsonString(this, static (writer, value) => value.WriteJson(writer));

                    /// <summary>Writes this value as a JSON object to <paramref name="writer"/>.</summary>
                    public abstract void WriteJson({{JsonWriterType}} writer);

                    """);
            }

            EmitJsonListWriter(w, type);
            return;
        }

        var @override = type.BaseFullName is null ? string.Empty : "override ";
        w.Line(EditorBrowsableNever);
        w.Open($"internal {@override}void WriteYamlBody({YamlWriterType} writer)");
        if (type.Tag is not null)
        {
            w.Block($$"""
                writer.WriteKey({{Literal(type.Discriminator!)}});
                writer.WriteString(WireTag);
                """);
        }

        var counter = 0;
        foreach (var member in members)
        {
            var f = member.Field;
            var source = Source(member);
            var key = $"writer.WriteKey({Literal(f.WireName)});";
            if (member.IsCollection)
            {
                if (f.Required) { w.Open(); } else { w.Open($"if ({source}.Count > 0)"); }
                w.Line(key);
                YamlWrite(w, f.Type, source, ref counter);
                w.Close();
            }
            else if (f.DefaultText is not null || (f.Required && IsValueType(f.Type)))
            {
                w.Line(key);
                YamlWrite(w, f.Type, source, ref counter);
            }
            else
            {
                var n = (counter++).ToString(CultureInfo.InvariantCulture);
                w.Open($"if ({source} is {{ }} p{n})");
                w.Line(key);
                YamlWrite(w, f.Type, "p" + n, ref counter);
                w.Close();
            }
        }

        w.Close();
        w.Line();

        if (declaresDocumentWriters)
        {
            w.Block($$"""
                /// <summary>Writes this value as indented JSON: keys in schema order, absent optional fields left out.</summary>
                public string ToJson() => {{Serialization}}.JsonWriting.ToJsonString(this, static (writer, value) => value.WriteJson(writer));

                """);
        }

        EmitJsonListWriter(w, type);
        w.Line("/// <summary>Writes this value as a JSON object to <paramref name=\"writer\"/>.</summary>");
        w.Open($"public {@override}void WriteJson({JsonWriterType} writer)");
        w.Line("writer.WriteStartObject();");
        if (type.Tag is not null)
        {
            w.Line("writer.WriteString(s_jsonDiscriminator, WireTag);");
        }

        EmitJsonBody(w, members, ref counter);
    }

    private static void EmitJsonListWriter(CodeWriter w, TypeModel type)
    {
        w.Block($$"""
            /// <summary>Writes a list of {{type.Name}} as a JSON array.</summary>
            public static string ToJsonList({{Collections}}.IEnumerable<{{type.FullName}}> items)
            {
                return {{Serialization}}.JsonWriting.ToJsonString(items, static (writer, values) =>
                {
                    writer.WriteStartArray();
                    foreach (var item in values)
                    {
                        item.WriteJson(writer);
                    }

                    writer.WriteEndArray();
                });
            }

            """);
    }

    private static void EmitJsonBody(CodeWriter w, List<Member> members, ref int counter)
    {
        foreach (var member in members)
        {
            var f = member.Field;
            var source = Source(member);
            var key = $"writer.WritePropertyName(s_json{member.Index.ToString(CultureInfo.InvariantCulture)});";
            if (member.IsCollection)
            {
                if (f.Required) { w.Open(); } else { w.Open($"if ({source}.Count > 0)"); }
                w.Line(key);
                JsonWrite(w, f.Type, source, ref counter);
                w.Close();
            }
            else if (f.DefaultText is not null || (f.Required && IsValueType(f.Type)))
            {
                w.Line(key);
                JsonWrite(w, f.Type, source, ref counter);
            }
            else
            {
                var n = (counter++).ToString(CultureInfo.InvariantCulture);
                w.Open($"if ({source} is {{ }} p{n})");
                w.Line(key);
                JsonWrite(w, f.Type, "p" + n, ref counter);
                w.Close();
            }
        }

        w.Line("writer.WriteEndObject();");
        w.Close();
        w.Line();
    }

    private static void YamlWrite(CodeWriter w, TypeRefModel type, string value, ref int counter)
    {
        var n = (counter++).ToString(CultureInfo.InvariantCulture);
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
                w.Line("writer.BeginMapping();");
                w.Line($"{value}.WriteYamlBody(writer);");
                w.Line("writer.EndMapping();");
                break;
            case TypeRefKind.List:
                w.Line("writer.BeginSequence();");
                w.Open($"foreach (var i{n} in {value})");
                w.Line("writer.BeginItem();");
                YamlWrite(w, type.Element!, "i" + n, ref counter);
                w.Line("writer.EndItem();");
                w.Close();
                w.Line();
                w.Line("writer.EndSequence();");
                break;
            case TypeRefKind.Map:
                w.Line("writer.BeginMapping();");
                w.Open($"foreach (var e{n} in {value})");
                w.Line($"writer.WriteKey(e{n}.Key);");
                YamlWrite(w, type.Element!, $"e{n}.Value", ref counter);
                w.Close();
                w.Line();
                w.Line("writer.EndMapping();");
                break;
        }
    }

    private static void JsonWrite(CodeWriter w, TypeRefModel type, string value, ref int counter)
    {
        var n = (counter++).ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                w.Line(type.Primitive switch
                {
                    PrimitiveKind.String => $"writer.WriteStringValue({Serialization}.LoneSurrogates.Checked({value}));",
                    PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal => $"writer.WriteNumberValue({value});",
                    PrimitiveKind.Bool => $"writer.WriteBooleanValue({value});",
                    PrimitiveKind.Date or PrimitiveKind.DateTime => $"writer.WriteStringValue({Serialization}.ScalarParsers.Format({value}));",
                    _ => $"writer.WriteStringValue({Serialization}.LoneSurrogates.Checked({value}.OriginalString));",
                });
                break;
            case TypeRefKind.Ref:
                w.Line($"writer.WriteStringValue({Serialization}.LoneSurrogates.Checked({value}.ToString()));");
                break;
            case TypeRefKind.Enum:
                w.Line($"writer.WriteStringValue({type.FullName}Extensions.ToWireName({value}));");
                break;
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                w.Line($"{value}.WriteJson(writer);");
                break;
            case TypeRefKind.List:
                w.Line("writer.WriteStartArray();");
                w.Open($"foreach (var i{n} in {value})");
                JsonWrite(w, type.Element!, "i" + n, ref counter);
                w.Close();
                w.Line();
                w.Line("writer.WriteEndArray();");
                break;
            case TypeRefKind.Map:
                w.Line("writer.WriteStartObject();");
                w.Open($"foreach (var e{n} in {value})");
                w.Line($"writer.WritePropertyName({Serialization}.LoneSurrogates.Checked(e{n}.Key));");
                JsonWrite(w, type.Element!, $"e{n}.Value", ref counter);
                w.Close();
                w.Line();
                w.Line("writer.WriteEndObject();");
                break;
        }
    }
}
