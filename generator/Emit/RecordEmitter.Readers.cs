using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
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

    /// <summary>What differs between the generated YAML and JSON readers; the shape of the code is shared.</summary>
    private sealed class Dialect
    {
        public Dialect(string owner, string missingAt, string listMethod, string parameters, string beginList, string nextItem, string exitItem, string readItem, string listNoun)
        {
            Owner = owner;
            MissingAt = missingAt;
            ListMethod = listMethod;
            Parameters = parameters;
            BeginList = beginList;
            NextItem = nextItem;
            ExitItem = exitItem;
            ReadItem = readItem;
            ListNoun = listNoun;
        }

        /// <summary>The runtime object the generated code talks to: <c>reader</c> or <c>context</c>.</summary>
        public string Owner { get; }

        public string MissingAt { get; }

        public string ListMethod { get; }

        public string Parameters { get; }

        public string BeginList { get; }

        public string NextItem { get; }

        public string ExitItem { get; }

        public string ReadItem { get; }

        public string ListNoun { get; }
    }

    private static readonly Dialect Yaml = new(
        "reader", "line, column", "ReadYamlList", $"{YamlReaderType} reader", "reader.BeginSequence({0})", "reader.TryReadItem(i)", "reader.EndItem();", "ReadYaml(reader)", "a list of ");

    private static readonly Dialect Json = new(
        "context", "start", "ReadJsonList", $"ref {JsonReaderType} reader, {JsonContextType} context", "context.BeginArray(ref reader, {0})", "context.NextItem(ref reader, i)", "context.ExitItem();", "ReadJson(ref reader, context)", "an array of ");

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
        EmitConstruction(w, type, members, d.Owner);
        w.Close();
        w.Line();
    }

    /// <summary>A list of this type as a document: every item read, all errors kept.</summary>
    private static void EmitListReader(CodeWriter w, TypeModel type, Dialect d)
    {
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static {New(type)}{Collections}.IReadOnlyList<{type.FullName}>? {d.ListMethod}({d.Parameters})");
        w.Line($"if (!{string.Format(CultureInfo.InvariantCulture, d.BeginList, Literal(d.ListNoun + type.Name))})");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Line($"var errors = {d.Owner}.Errors.Count;");
        w.Line($"var items = new {Collections}.List<{type.FullName}>();");
        w.Open($"for (var i = 0; {d.NextItem}; i++)");
        w.Line($"var item = {d.ReadItem};");
        w.Line("if (item is not null)");
        w.Open().Line("items.Add(item);").Close();
        w.Line();
        w.Line(d.ExitItem);
        w.Close();
        w.Line();
        w.Line($"return {d.Owner}.Errors.Count == errors ? {Runtime}.EquatableList<{type.FullName}>.From(items) : null;");
        w.Close();
        w.Line();
    }

    private static void EmitSeenWords(CodeWriter w, List<Member> members)
    {
        for (var i = 0; i < (members.Count + 63) / 64; i++)
        {
            w.Line($"ulong seen{i} = 0;");
        }
    }

    private static void EmitConstruction(CodeWriter w, TypeModel type, List<Member> members, string owner)
    {
        w.Line($"var result = new {type.FullName}");
        w.Open();
        foreach (var member in members)
        {
            w.Line($"{member.Field.PropertyName} = {ConstructorValue(member)},");
        }

        w.Close(";");
        w.Line("if (positions is not null)");
        w.Open().Line($"{owner}.Positions!.Add(result, positions);").Close();
        w.Line();

        w.Line("return result;");
    }

    // ---- YAML ------------------------------------------------------------------------------

    /// <summary>The keys that set a field, for messages: <c>'title', 'name'</c>.</summary>
    private static string KeysOf(FieldModel f)
        => string.Join(", ", new[] { f.WireName }.Concat(f.Aliases).Select(k => "'" + k + "'"));

    private static void EmitYamlReader(CodeWriter w, TypeModel type, List<Member> members)
    {
        w.Line("/// <summary>Reads one value from the current node; null when it had errors (they are in the reader).</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static {New(type)}{type.FullName}? ReadYaml({YamlReaderType} reader)");
        w.Line($"if (!reader.BeginMapping({Literal(A(type.Name) + " mapping")}, out var line, out var column))");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Line("var errors = reader.Errors.Count;");
        w.Line("var positions = reader.StartPositions(line, column, s_fieldNames);");
        EmitSeenWords(w, members);
        if (type.Tag is not null)
        {
            w.Line("var seenTag = false;");
        }

        foreach (var member in members)
        {
            w.Line(LocalDeclaration(member));
        }

        w.Open("while (reader.TryReadKey(out var key))");
        w.Open("switch (key)");
        var counter = 0;
        foreach (var member in members)
        {
            var f = member.Field;
            w.Line($"case {Literal(f.WireName)}:");
            foreach (var alias in f.Aliases)
            {
                w.Line($"case {Literal(alias)}:");
            }

            w.Indent();
            w.Line($"if (({member.SeenWord} & {member.SeenBit}) != 0)");
            w.Open().Line(f.Aliases.Count == 0 ? "reader.DuplicateKey(key);" : $"reader.DuplicateKey(key, {Literal(f.WireName)}, {Literal(KeysOf(f))});").Line("break;").Close();
            w.Line();
            w.Line($"{member.SeenWord} |= {member.SeenBit};");
            if (f.Deprecated)
            {
                w.Line($"reader.Deprecated({Literal(f.WireName)}, {(f.DeprecatedMessage is null ? "null" : Literal(f.DeprecatedMessage))});");
            }

            w.Line($"positions?.SetField({member.Index.ToString(CultureInfo.InvariantCulture)}, reader.Line, reader.Column);");
            w.Open("if (reader.IsNull)");
            w.Line(f.Required ? $"reader.NullNotAllowed({Literal(f.WireName)});" : "reader.Advance();");
            w.Close();
            w.Open("else");
            YamlValue(w, f.Type, expr => $"{member.Local} = {expr};", ref counter, member.Index);
            w.Close();
            w.Line();
            w.Line("break;");
            w.Outdent();
        }

        if (type.Tag is not null)
        {
            w.Line($"case {Literal(type.Discriminator!)}:");
            w.Indent();
            w.Line("if (seenTag)");
            w.Open().Line("reader.DuplicateKey(key);").Line("break;").Close();
            w.Line();
            w.Line("seenTag = true;");
            w.Line($"reader.ExpectTag({Literal(type.Discriminator!)}, WireTag, {Literal(type.Name)});");
            w.Line("break;");
            w.Outdent();
        }

        w.Line("default:");
        w.Indent();
        w.Line($"reader.UnknownField(key, {Literal(type.Name)}, s_fieldNames);");
        w.Line("break;");
        w.Outdent();
        w.Close();
        w.Line();
        w.Line("reader.EndEntry();");
        w.Close();
        w.Line();
        EmitReaderEnd(w, type, members, Yaml);
        EmitListReader(w, type, Yaml);
    }

    /// <summary>An abstract type reads nothing itself: it finds the discriminator and hands over to the concrete type.</summary>
    private static void EmitDispatch(CodeWriter w, TypeModel type)
    {
        var key = Literal(type.Discriminator!);
        w.Line("/// <summary>Reads one value of the family from the current node, choosing the concrete type by its discriminator.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static {New(type)}{type.FullName}? ReadYaml({YamlReaderType} reader)");
        w.Line($"if (!reader.ReadDiscriminator({key}, {Literal(A(type.Name) + " mapping")}, s_tags, out var tag, out var line, out var column))");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Open("switch (tag)");
        foreach (var subtype in type.Subtypes)
        {
            w.Line($"case {Literal(subtype.Tag)}:");
            w.Indent().Line($"return {subtype.FullName}.ReadYaml(reader);").Outdent();
        }

        w.Line("default:");
        w.Indent();
        w.Line($"reader.UnknownTag({key}, tag, {Literal(type.Name)}, s_tags, line, column);");
        w.Line("return null;");
        w.Outdent();
        w.Close();
        w.Close();
        w.Line();
        EmitListReader(w, type, Yaml);

        w.Line("/// <summary>Reads one value of the family from the current token, choosing the concrete type by its discriminator.</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static {New(type)}{type.FullName}? ReadJson(ref {JsonReaderType} reader, {JsonContextType} context)");
        w.Line($"if (!context.ReadDiscriminator(ref reader, {key}, {Literal(A(type.Name) + " object")}, s_tags, out var tag, out var offset))");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Open("switch (tag)");
        foreach (var subtype in type.Subtypes)
        {
            w.Line($"case {Literal(subtype.Tag)}:");
            w.Indent().Line($"return {subtype.FullName}.ReadJson(ref reader, context);").Outdent();
        }

        w.Line("default:");
        w.Indent();
        w.Line($"context.UnknownTag(ref reader, {key}, tag, {Literal(type.Name)}, s_tags, offset);");
        w.Line("return null;");
        w.Outdent();
        w.Close();
        w.Close();
        w.Line();
        EmitListReader(w, type, Json);
    }

    /// <summary>Emits statements reading one value of <paramref name="type"/>; on success they run <paramref name="assign"/>.</summary>
    private static void YamlValue(CodeWriter w, TypeRefModel type, Func<string, string> assign, ref int counter, int positionField = -1)
    {
        var n = (counter++).ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                w.Line($"if (reader.{ScalarMethod(type.Primitive)}(out var v{n}))");
                w.Open().Line(assign("v" + n)).Close();
                break;
            case TypeRefKind.Ref:
                w.Line($"if (reader.ReadString(out var v{n}))");
                w.Open().Line(assign($"new {type.FullName}(v{n})")).Close();
                break;
            case TypeRefKind.Enum:
                w.Open($"if (reader.ReadEnumText({Literal(type.Name!)}, out var v{n}, out var l{n}, out var c{n}))");
                w.Line($"if ({type.FullName}Extensions.TryParseWireName(v{n}, out var e{n}))");
                w.Open().Line(assign("e" + n)).Close();
                w.Line("else");
                w.Open().Line($"reader.EnumError(v{n}, {Literal(type.Name!)}, {type.FullName}Extensions.WireNames, l{n}, c{n});").Close();
                w.Close();
                break;
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                w.Line($"var r{n} = {type.FullName}.ReadYaml(reader);");
                w.Line($"if (r{n} is not null)");
                w.Open().Line(assign("r" + n)).Close();
                break;
            case TypeRefKind.List:
            {
                var element = CSharpType(type.Element!);
                w.Open($"if (reader.BeginSequence(\"a list\"))");
                w.Line($"var b{n} = new {Collections}.List<{element}>();");
                w.Open($"for (var i{n} = 0; reader.TryReadItem(i{n}); i{n}++)");
                if (positionField >= 0)
                {
                    w.Line($"positions?.SetItem({positionField.ToString(CultureInfo.InvariantCulture)}, i{n}, reader.Line, reader.Column);");
                }

                w.Line("if (reader.IsNull)");
                w.Open().Line($"reader.NullItem({Literal(Describe(type.Element!, json: false))});").Close();
                w.Line("else");
                w.Open();
                YamlValue(w, type.Element!, expr => $"b{n}.Add({expr});", ref counter);
                w.Close();
                w.Line();
                w.Line("reader.EndItem();");
                w.Close();
                w.Line();
                w.Line(assign($"{Runtime}.EquatableList<{element}>.From(b{n})"));
                w.Close();
                break;
            }

            case TypeRefKind.Map:
            {
                var element = CSharpType(type.Element!);
                w.Open($"if (reader.BeginMapping(\"a mapping\", out _, out _))");
                w.Line($"var m{n} = new {Runtime}.EquatableMap<{element}>.Builder();");
                w.Open($"while (reader.TryReadKey(out var k{n}))");
                if (positionField >= 0)
                {
                    // Entry i of the finished map is the i-th added, so its position is kept under that index.
                    w.Line($"positions?.SetItem({positionField.ToString(CultureInfo.InvariantCulture)}, m{n}.Count, reader.Line, reader.Column);");
                }

                w.Line($"if (m{n}.ContainsKey(k{n}))");
                w.Open().Line($"reader.DuplicateKey(k{n});").Close();
                w.Line("else if (reader.IsNull)");
                w.Open().Line($"reader.NullItem({Literal(Describe(type.Element!, json: false))});").Close();
                w.Line("else");
                w.Open();
                YamlValue(w, type.Element!, expr => $"m{n}.TryAdd(k{n}, {expr});", ref counter);
                w.Close();
                w.Line();
                w.Line("reader.EndEntry();");
                w.Close();
                w.Line();
                w.Line(assign($"m{n}.ToMap()"));
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

    // ---- JSON ------------------------------------------------------------------------------

    private static void EmitJsonReader(CodeWriter w, TypeModel type, List<Member> members)
    {
        // Property names are matched on their UTF-8 bytes: by length first, then by content.
        w.Open($"private static int MatchJsonField(global::System.ReadOnlySpan<byte> name)");
        w.Open("switch (name.Length)");
        var names = members
            .SelectMany(m => new[] { m.Field.WireName }.Concat(m.Field.Aliases).Select(n => (Name: n, m.Index)))
            .Concat(type.Tag is not null ? new[] { (Name: type.Discriminator!, Index: members.Count) } : Array.Empty<(string Name, int Index)>())
            .GroupBy(x => Encoding.UTF8.GetByteCount(x.Name))
            .OrderBy(g => g.Key);
        foreach (var group in names)
        {
            w.Line($"case {group.Key.ToString(CultureInfo.InvariantCulture)}:");
            w.Indent();
            foreach (var (name, index) in group)
            {
                w.Line($"if (global::System.MemoryExtensions.SequenceEqual(name, {Utf8Literal(name)})) return {index.ToString(CultureInfo.InvariantCulture)};");
            }

            w.Line("break;");
            w.Outdent();
        }

        w.Close();
        w.Line();
        w.Line("return -1;");
        w.Close();
        w.Line();

        w.Line("/// <summary>Reads one value starting at the current token; null when it had errors (they are in the context).</summary>");
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static {New(type)}{type.FullName}? ReadJson(ref {JsonReaderType} reader, {JsonContextType} context)");
        w.Line($"if (!context.BeginObject(ref reader, {Literal(A(type.Name) + " object")}, out var start))");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Line("var errors = context.Errors.Count;");
        w.Line("var positions = context.StartPositions(start, s_fieldNames);");
        EmitSeenWords(w, members);
        if (type.Tag is not null)
        {
            w.Line("var seenTag = false;");
        }

        foreach (var member in members)
        {
            w.Line(LocalDeclaration(member));
        }

        w.Open("while (context.NextProperty(ref reader))");
        w.Open($"switch (MatchJsonField({JsonContextType}.PropertyNameUtf8(ref reader)))");
        var counter = 0;
        foreach (var member in members)
        {
            var f = member.Field;
            w.Line($"case {member.Index.ToString(CultureInfo.InvariantCulture)}:");
            w.Indent();
            w.Line($"if (({member.SeenWord} & {member.SeenBit}) != 0)");
            w.Open().Line(f.Aliases.Count == 0 ? $"context.DuplicateProperty(ref reader, {Literal(f.WireName)});" : $"context.DuplicateProperty(ref reader, {Literal(f.WireName)}, {Literal(KeysOf(f))});").Line("break;").Close();
            w.Line();
            w.Line($"{member.SeenWord} |= {member.SeenBit};");
            w.Line($"context.EnterProperty(ref reader, {Literal(f.WireName)});");
            if (f.Deprecated)
            {
                w.Line($"context.Deprecated({Literal(f.WireName)}, {(f.DeprecatedMessage is null ? "null" : Literal(f.DeprecatedMessage))});");
            }

            w.Line($"{JsonContextType}.MarkField(positions, {member.Index.ToString(CultureInfo.InvariantCulture)}, ref reader);");
            w.Line($"if (reader.TokenType == {JsonTokenType}.Null)");
            w.Open();
            if (f.Required)
            {
                w.Line($"context.NullNotAllowed(ref reader, {Literal(f.WireName)});");
            }

            w.Close();
            w.Open("else");
            JsonValue(w, f.Type, expr => $"{member.Local} = {expr};", ref counter, member.Index);
            w.Close();
            w.Line();
            w.Line("context.ExitProperty();");
            w.Line("break;");
            w.Outdent();
        }

        if (type.Tag is not null)
        {
            w.Line($"case {members.Count.ToString(CultureInfo.InvariantCulture)}:");
            w.Indent();
            w.Line("if (seenTag)");
            w.Open().Line($"context.DuplicateProperty(ref reader, {Literal(type.Discriminator!)});").Line("break;").Close();
            w.Line();
            w.Line("seenTag = true;");
            w.Line($"context.EnterProperty(ref reader, {Literal(type.Discriminator!)});");
            w.Line($"context.ExpectTag(ref reader, {Literal(type.Discriminator!)}, WireTag, {Literal(type.Name)});");
            w.Line("context.ExitProperty();");
            w.Line("break;");
            w.Outdent();
        }

        w.Line("default:");
        w.Indent();
        w.Line($"context.UnknownProperty(ref reader, {Literal(type.Name)}, s_fieldNames);");
        w.Line("break;");
        w.Outdent();
        w.Close();
        w.Close();
        w.Line();
        EmitReaderEnd(w, type, members, Json);
        EmitListReader(w, type, Json);
    }

    private static void JsonValue(CodeWriter w, TypeRefModel type, Func<string, string> assign, ref int counter, int positionField = -1)
    {
        var n = (counter++).ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                w.Line($"if (context.{ScalarMethod(type.Primitive)}(ref reader, out var v{n}))");
                w.Open().Line(assign("v" + n)).Close();
                break;
            case TypeRefKind.Ref:
                w.Line($"if (context.ReadString(ref reader, out var v{n}))");
                w.Open().Line(assign($"new {type.FullName}(v{n})")).Close();
                break;
            case TypeRefKind.Enum:
                w.Open($"if (context.ReadEnumText(ref reader, {Literal(type.Name!)}, out var v{n}, out var o{n}))");
                w.Line($"if ({type.FullName}Extensions.TryParseWireName(v{n}, out var e{n}))");
                w.Open().Line(assign("e" + n)).Close();
                w.Line("else");
                w.Open().Line($"context.EnumError(v{n}, {Literal(type.Name!)}, {type.FullName}Extensions.WireNames, o{n});").Close();
                w.Close();
                break;
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                w.Line($"var r{n} = {type.FullName}.ReadJson(ref reader, context);");
                w.Line($"if (r{n} is not null)");
                w.Open().Line(assign("r" + n)).Close();
                break;
            case TypeRefKind.List:
            {
                var element = CSharpType(type.Element!);
                w.Open($"if (context.BeginArray(ref reader, \"an array\"))");
                w.Line($"var b{n} = new {Collections}.List<{element}>();");
                w.Open($"for (var i{n} = 0; context.NextItem(ref reader, i{n}); i{n}++)");
                if (positionField >= 0)
                {
                    w.Line($"{JsonContextType}.MarkItem(positions, {positionField.ToString(CultureInfo.InvariantCulture)}, i{n}, ref reader);");
                }

                w.Line($"if (reader.TokenType == {JsonTokenType}.Null)");
                w.Open().Line($"context.NullItem(ref reader, {Literal(Describe(type.Element!, json: true))});").Close();
                w.Line("else");
                w.Open();
                JsonValue(w, type.Element!, expr => $"b{n}.Add({expr});", ref counter);
                w.Close();
                w.Line();
                w.Line("context.ExitItem();");
                w.Close();
                w.Line();
                w.Line(assign($"{Runtime}.EquatableList<{element}>.From(b{n})"));
                w.Close();
                break;
            }

            case TypeRefKind.Map:
            {
                var element = CSharpType(type.Element!);
                w.Open($"if (context.BeginObject(ref reader, \"an object\", out _))");
                w.Line($"var m{n} = new {Runtime}.EquatableMap<{element}>.Builder();");
                w.Open("while (context.NextProperty(ref reader))");
                w.Line($"var k{n} = context.EnterMapEntry(ref reader);");
                if (positionField >= 0)
                {
                    w.Line($"{JsonContextType}.MarkItem(positions, {positionField.ToString(CultureInfo.InvariantCulture)}, m{n}.Count, ref reader);");
                }

                w.Line($"if (m{n}.ContainsKey(k{n}))");
                w.Open().Line($"context.DuplicateMapKey(ref reader, k{n});").Close();
                w.Line($"else if (reader.TokenType == {JsonTokenType}.Null)");
                w.Open().Line($"context.NullItem(ref reader, {Literal(Describe(type.Element!, json: true))});").Close();
                w.Line("else");
                w.Open();
                JsonValue(w, type.Element!, expr => $"m{n}.TryAdd(k{n}, {expr});", ref counter);
                w.Close();
                w.Line();
                w.Line("context.ExitProperty();");
                w.Close();
                w.Line();
                w.Line(assign($"m{n}.ToMap()"));
                w.Close();
                break;
            }
        }
    }
}
