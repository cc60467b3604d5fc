using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>
/// What the generated YAML and JSON readers share: the field locals, the per-field entry, the
/// value readers, the end of a record and the list readers. The record readers themselves are in
/// RecordEmitter.YamlReader.cs and RecordEmitter.JsonReader.cs: they differ in how a key is matched
/// (a string switch on the YAML key, a match on the UTF-8 bytes of the JSON property name).
/// </summary>
internal static partial class RecordEmitter
{
    /// <summary>
    /// Names the generated code declares in a reader method besides the field locals: the field
    /// locals stay clear of them (and of their numbered forms, <c>items2</c>, <c>seen1</c>).
    /// </summary>
    private static readonly HashSet<string> ReaderNames = new(StringComparer.Ordinal)
    {
        "reader", "context", "errors", "positions", "key", "line", "column", "start", "result", "tag", "offset",
        "seen", "seenTag", "value", "text", "textLine", "textColumn", "textOffset", "member", "items", "item", "index",
        "entries", "entryKey", "field", "nextField", "s_fieldNames", "s_jsonKeys", "s_tags", "WireTag", "MatchJsonField", "ReadYaml", "ReadJson", "ReadYamlList", "ReadJsonList",
    };

    /// <summary>Names each field's local after its property (<c>participants</c>), clear of the reader's other names and of keywords.</summary>
    private static void NameLocals(List<Member> members)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var property = member.Field.PropertyName.TrimStart('@');
            var name = char.ToLowerInvariant(property[0]) + property.Substring(1);
            while (ReaderNames.Contains(name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')) || !taken.Add(name))
            {
                name += "Value";
            }

            var keyword = SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None;
            member.Local = keyword ? "@" + name : name;
        }
    }

    private static string LocalDeclaration(Member member)
    {
        var f = member.Field;
        if (member.IsCollection)
        {
            return $"{StorageType(f.Type)}? {member.Local} = null;";
        }

        if (f.DefaultText is not null)
        {
            return $"{CSharpType(f.Type)} {member.Local} = {DefaultLiteral(f)};";
        }

        return $"{CSharpType(f.Type)}? {member.Local} = null;";
    }

    private static string ConstructorValue(Member member)
    {
        var f = member.Field;
        if (member.IsCollection)
        {
            return $"{member.Local} ?? {StorageType(f.Type)}.Empty";
        }

        if (f.DefaultText is not null || !f.Required)
        {
            return member.Local;
        }

        return IsValueType(f.Type) ? member.Local + ".GetValueOrDefault()" : member.Local + "!";
    }

    private static string New(TypeModel type) => type.BaseFullName is null ? string.Empty : "new ";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The keys that set a field, for messages: <c>'title', 'name'</c>.</summary>
    private static string KeysOf(FieldModel f)
        => string.Join(", ", new[] { f.WireName }.Concat(f.Aliases).Select(k => "'" + k + "'"));

    /// <summary>The locals of a record reader: the seen-bits, the discriminator flag and one local per field.</summary>
    private static void EmitReaderLocals(CodeWriter w, TypeModel type, List<Member> members)
    {
        for (var i = 0; i < (members.Count + 63) / 64; i++)
        {
            w.Line($"ulong seen{Number(i)} = 0;");
        }

        if (type.Tag is not null)
        {
            w.Line("var seenTag = false;");
        }

        foreach (var member in members)
        {
            w.Line(LocalDeclaration(member));
        }
    }

    /// <summary>
    /// The value of one field, after its key: the runtime's <c>EnterField</c> checks for a
    /// duplicate, marks the field seen, records the position and rejects a null; then the value is read.
    /// </summary>
    private static void EmitFieldValue(CodeWriter w, Member member, Dialect d)
    {
        var f = member.Field;
        var arguments = $"ref {member.SeenWord}, {member.SeenBit}, positions, {Number(member.Index)}, {Literal(f.WireName)}, required: {(f.Required ? "true" : "false")}";
        if (f.Aliases.Count > 0)
        {
            arguments += $", keys: {Literal(KeysOf(f))}";
        }

        if (f.Deprecated)
        {
            arguments += $", deprecated: {Literal(f.DeprecatedMessage ?? string.Empty)}";
        }

        w.Open($"if ({d.EnterField(arguments)})");
        // An entity's own id is read once per entity: looking it up among the strings read before would
        // only miss and push out the references and short values that do repeat (ReadOwnId never looks).
        ValueReader(w, d, f.Type, value => $"{member.Local} = {value};", "if", 0, member.Index, member.IsId ? "ReadOwnId" : "ReadReference");
        if (d.ExitField is not null)
        {
            w.Line();
            w.Line(d.ExitField);
        }

        w.Close();
        w.Line();
    }

    /// <summary>
    /// Emits one <c>if</c> statement (opening with <paramref name="lead"/>: <c>if</c> or <c>else if</c>)
    /// that reads one value of <paramref name="type"/> at the current node and, when it is good,
    /// runs <paramref name="assign"/>. Temporaries nested <paramref name="depth"/> levels down get
    /// its number (<c>items2</c>), so they never hide the outer ones.
    /// </summary>
    private static void ValueReader(CodeWriter w, Dialect d, TypeRefModel type, Func<string, string> assign, string lead, int depth, int positionField, string readRef = "ReadReference")
    {
        var level = depth == 0 ? string.Empty : Number(depth + 1);
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                w.Line($"{lead} ({d.Call(ScalarMethod(type.Primitive), "out var value")})");
                w.Open().Line(assign("value")).Close();
                break;
            case TypeRefKind.Ref:
                // References repeat: ReadReference hands back the string the parse made for the same bytes before.
                w.Line($"{lead} ({d.Call(readRef, "out var value")})");
                w.Open().Line(assign($"new {type.FullName}(value)")).Close();
                break;
            case TypeRefKind.Enum:
                // Both readers match the name on its UTF-8 bytes (text is a span); the error makes the string.
                w.Open($"{lead} ({d.Call("ReadEnumUtf8", $"{Literal(type.Name!)}, out var text, {d.EnumPositionOut}")})");
                w.Line($"if ({type.FullName}Extensions.TryParseWireName(text, out var member))");
                w.Open().Line(assign("member")).Close();
                w.Line("else");
                w.Open().Line(d.IsJson
                    ? $"context.EnumError(ref reader, {Literal(type.Name!)}, {type.FullName}Extensions.WireNames, {d.EnumPosition});"
                    : $"{d.Owner}.EnumError({Literal(type.Name!)}, {type.FullName}Extensions.WireNames, {d.EnumPosition});").Close();
                w.Close();
                break;
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                w.Line($"{lead} ({type.FullName}.{d.ReadOne} is {{ }} value)");
                w.Open().Line(assign("value")).Close();
                break;
            case TypeRefKind.List:
            {
                var element = CSharpType(type.Element!);
                var items = "items" + level;
                var index = "index" + level;
                w.Open($"{lead} ({d.BeginList(Literal(d.ListName))})");
                w.Line($"var {items} = new {ListBuilderType}<{element}>();");
                w.Open($"for (var {index} = 0; {d.NextItem(index)}; {index}++)");
                if (positionField >= 0)
                {
                    w.Line(d.MarkItem(Number(positionField), index));
                }

                w.Line($"if ({d.IsNull})");
                w.Open().Line(d.NullItem(Literal(Describe(type.Element!, d.IsJson)))).Close();
                ValueReader(w, d, type.Element!, value => $"{items}.Add({value});", "else if", depth + 1, -1);
                w.Line();
                w.Line(d.ExitItem);
                w.Close();
                w.Line();
                w.Line(assign($"{items}.ToList()"));
                w.Close();
                break;
            }

            case TypeRefKind.Map:
            {
                // Read like a list (above), with each entry's key kept and checked for duplicates.
                var element = CSharpType(type.Element!);
                var entries = "entries" + level;
                var entryKey = "entryKey" + level;
                w.Open($"{lead} ({d.BeginMap})");
                w.Line($"var {entries} = new {Runtime}.EquatableMap<{element}>.Builder();");
                w.Open($"while ({d.TryReadMapKey(entryKey)})");
                if (positionField >= 0)
                {
                    // Entry i of the finished map is the i-th added, so its position is kept under that index.
                    w.Line(d.MarkItem(Number(positionField), entries + ".Count"));
                }

                w.Line($"if ({entries}.ContainsKey({entryKey}))");
                w.Open().Line(d.DuplicateMapKey(entryKey)).Close();
                w.Line($"else if ({d.IsNull})");
                w.Open().Line(d.NullItem(Literal(Describe(type.Element!, d.IsJson)))).Close();
                ValueReader(w, d, type.Element!, value => $"{entries}.TryAdd({entryKey}, {value});", "else if", depth + 1, -1);
                w.Line();
                w.Line(d.ExitEntry);
                w.Close();
                w.Line();
                w.Line(assign($"{entries}.ToMap()"));
                w.Close();
                break;
            }
        }
    }

    private static string ScalarMethod(PrimitiveKind kind) => kind switch
    {
        PrimitiveKind.String => "ReadString",
        PrimitiveKind.Int => "ReadInt32",
        PrimitiveKind.Long => "ReadInt64",
        PrimitiveKind.Double => "ReadDouble",
        PrimitiveKind.Decimal => "ReadDecimal",
        PrimitiveKind.Bool => "ReadBoolean",
        PrimitiveKind.Date => "ReadDate",
        PrimitiveKind.DateTime => "ReadDateTime",
        PrimitiveKind.Uri => "ReadUri",
        _ => "ReadString",
    };

    /// <summary>After the keys: required fields that never came, then the record (or null when there were errors).</summary>
    private static void EmitReaderEnd(CodeWriter w, TypeModel type, List<Member> members, Dialect d)
    {
        foreach (var member in members.Where(m => m.Field.Required))
        {
            w.Line($"if (({member.SeenWord} & {member.SeenBit}) == 0)");
            w.Open().Line($"{d.Owner}.Missing({Literal(member.Field.WireName)}, {Literal(type.Name)}, {d.MissingAt});").Close();
            w.Line();
        }

        w.Line($"if ({d.Owner}.Errors.Count != errors)");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Line($"var result = new {type.FullName}");
        w.Open();
        foreach (var member in members)
        {
            w.Line($"{member.Field.PropertyName} = {ConstructorValue(member)},");
        }

        w.Close(";");
        w.Line();
        w.Line($"{d.Owner}.EndPositions(positions, result);");
        w.Line();
        w.Line("return result;");
        w.Close();
        w.Line();
    }

    /// <summary>A list of this type as a document: every item read, all errors kept.</summary>
    private static void EmitListReader(CodeWriter w, TypeModel type, Dialect d)
    {
        var collection = $"{Collections}.IReadOnlyList<{type.FullName}>";
        w.Block($$"""
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal static {{New(type)}}{{collection}}? {{d.ListMethod}}({{d.Parameters}})
            {
                if (!{{d.BeginList(Literal(d.ListName + " of " + type.Name))}})
                {
                    return null;
                }

                var errors = {{d.Owner}}.Errors.Count;
                var items = new {{ListBuilderType}}<{{type.FullName}}>();
                for (var index = 0; {{d.NextItem("index")}}; index++)
                {
                    if ({{d.ReadOne}} is { } item)
                    {
                        items.Add(item);
                    }

                    {{d.ExitItem}}
                }

                var list = items.ToList();
                return {{d.Owner}}.Errors.Count == errors ? list : null;
            }

            """);
    }

    /// <summary>An abstract type reads nothing itself: it finds the discriminator and hands over to the concrete type.</summary>
    private static void EmitDispatch(CodeWriter w, TypeModel type)
    {
        foreach (var d in new[] { Dialect.Yaml, Dialect.Json })
        {
            var key = Literal(type.Discriminator!);
            var expected = Literal(A(type.Name) + (d.IsJson ? " object" : " mapping"));
            w.Block($$"""
                /// <summary>Reads one value of the family from the current {{(d.IsJson ? "token" : "node")}}, choosing the concrete type by its discriminator.</summary>
                {{EditorBrowsableNever}}
                {{NonUserCode}}
                internal static {{New(type)}}{{type.FullName}}? {{d.ReadMethod}}({{d.Parameters}})
                {
                    if (!{{d.Call("ReadDiscriminator", $"{key}, {expected}, s_tags, out var tag, {d.TagPositionOut}")}})
                    {
                        return null;
                    }

                """);
            w.Indent();
            w.Open("switch (tag)");
            foreach (var subtype in type.Subtypes)
            {
                w.Line($"case {Literal(subtype.Tag)}:");
                w.Indent().Line($"return {subtype.FullName}.{d.ReadOne};").Outdent();
            }

            w.Line("default:");
            w.Indent();
            w.Line(d.Call("UnknownTag", $"{key}, tag, {Literal(type.Name)}, s_tags, {d.TagPosition}") + ";");
            w.Line("return null;");
            w.Outdent();
            w.Close();
            w.Close();
            w.Line();
            EmitListReader(w, type, d);
        }
    }

    /// <summary>
    /// What differs between the generated YAML and JSON readers; the shape of the code is shared.
    /// The formats truly differ here: the YAML reader is one object holding its position, the JSON
    /// reader a <c>ref struct</c> passed along with its context (issue 14 keeps JSON on
    /// <c>Utf8JsonReader</c>); YAML positions are lines and columns, JSON ones byte offsets; and the
    /// runtime's names follow each format's words (sequence and mapping, array and object).
    /// </summary>
    private sealed class Dialect
    {
        public static readonly Dialect Yaml = new(json: false);

        public static readonly Dialect Json = new(json: true);

        private Dialect(bool json) => IsJson = json;

        public bool IsJson { get; }

        /// <summary>The runtime object the generated code talks to: <c>reader</c> or <c>context</c>.</summary>
        public string Owner => IsJson ? "context" : "reader";

        public string ReadMethod => IsJson ? "ReadJson" : "ReadYaml";

        public string ListMethod => IsJson ? "ReadJsonList" : "ReadYamlList";

        public string Parameters => IsJson ? $"ref {JsonReaderType} reader, {JsonContextType} context" : $"{YamlReaderType} reader";

        /// <summary>Reads one record at the current node: <c>ReadYaml(reader)</c>.</summary>
        public string ReadOne => IsJson ? "ReadJson(ref reader, context)" : "ReadYaml(reader)";

        public string ListName => IsJson ? "an array" : "a list";

        public string MissingAt => IsJson ? "start" : "line, column";

        public string EnumPositionOut => IsJson ? "out var textOffset" : "out var textLine, out var textColumn";

        public string EnumPosition => IsJson ? "textOffset" : "textLine, textColumn";

        public string TagPositionOut => IsJson ? "out var offset" : "out var line, out var column";

        public string TagPosition => IsJson ? "offset" : "line, column";

        public string IsNull => IsJson ? $"reader.TokenType == {JsonTokenType}.Null" : "reader.IsNull";

        public string BeginMap => IsJson ? "context.BeginObject(ref reader, \"an object\", out _)" : "reader.BeginMapping(\"a mapping\", out _, out _)";

        /// <summary>After the value of a field: the JSON context leaves the property; the YAML reader leaves the entry after the switch.</summary>
        public string? ExitField => IsJson ? "context.ExitProperty();" : null;

        public string ExitItem => IsJson ? "context.ExitItem();" : "reader.EndItem();";

        public string ExitEntry => IsJson ? "context.ExitProperty();" : "reader.EndEntry();";

        /// <summary>A call of a runtime method at the current node: <c>reader.M(a)</c> or <c>context.M(ref reader, a)</c>.</summary>
        public string Call(string method, string arguments) => IsJson ? $"context.{method}(ref reader, {arguments})" : $"reader.{method}({arguments})";

        /// <summary>The YAML key is the <c>key</c> local; the JSON one is still under the reader.</summary>
        public string EnterField(string arguments) => Call("EnterField", IsJson ? arguments : "key, " + arguments);

        public string BeginList(string expected) => IsJson ? $"context.BeginArray(ref reader, {expected})" : $"reader.BeginSequence({expected})";

        public string NextItem(string index) => IsJson ? $"context.NextItem(ref reader, {index})" : $"reader.TryReadItem({index})";

        public string MarkItem(string field, string item)
            => Call("MarkItem", $"positions, {field}, {item}") + ";";

        public string NullItem(string expected) => Call("NullItem", expected) + ";";

        public string TryReadMapKey(string key) => IsJson ? $"context.TryReadMapKey(ref reader, out var {key})" : $"reader.TryReadKey(out var {key})";

        public string DuplicateMapKey(string key) => IsJson ? $"context.DuplicateMapKey(ref reader, {key});" : $"reader.DuplicateKey({key});";
    }
}
