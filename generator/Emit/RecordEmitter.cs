using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>
/// Writes an entity or record: the <c>sealed partial record</c> with its properties, the
/// generated YAML and JSON parsers and writers. The parsers read events and tokens straight
/// into locals and build the record once at the end; no reflection, no document tree.
/// </summary>
internal static partial class RecordEmitter
{
    private const string YamlReaderType = EmitHelpers.Serialization + ".YamlReader";
    private const string JsonContextType = EmitHelpers.Serialization + ".JsonContext";
    private const string JsonReaderType = "global::System.Text.Json.Utf8JsonReader";
    private const string JsonTokenType = "global::System.Text.Json.JsonTokenType";

    /// <summary>A field as the emitter sees it, with the implicit entity id first.</summary>
    private sealed class Member
    {
        public Member(FieldModel field, int index, bool inherited)
        {
            Field = field;
            Index = index;
            Inherited = inherited;
        }

        public FieldModel Field { get; }

        /// <summary>Declared by a base type of the family: no property here, and no access to its backing field.</summary>
        public bool Inherited { get; }

        public int Index { get; }

        /// <summary>The field's local in the generated readers (<c>participants</c>), set by NameLocals.</summary>
        public string Local { get; set; } = string.Empty;

        public string SeenWord => "seen" + (Index / 64).ToString(CultureInfo.InvariantCulture);

        public string SeenBit => "0x" + (1UL << (Index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";

        public bool IsCollection => IsCollection(Field.Type);

        public bool HasDefault => Field.DefaultText is not null;
    }

    public static string Emit(TypeModel type, CancellationToken cancellationToken)
    {
        var members = Members(type);
        var w = StartFile(type.Namespace);
        var what = type.Kind == TypeKind.Entity ? "entity" : "record";
        DocComment(w, type.Description, type.IsAbstract
            ? $"The abstract <c>{type.Name}</c> {what} of the schema: the base of a family told apart by <c>{XmlEscape(type.Discriminator!)}</c>."
            : $"The <c>{type.Name}</c> {what} of the schema.");
        w.Line(GeneratedCodeAttribute);
        var modifiers = type.IsAbstract ? "abstract" : "sealed";
        var baseList = type.BaseFullName is null ? string.Empty : " : " + type.BaseFullName;
        w.Open($"public {modifiers} partial record {type.Name}{baseList}");
        if (type.Tag is not null)
        {
            w.Line($"/// <summary>The value of <c>{XmlEscape(type.Discriminator!)}</c> that marks {A(type.Name)} in YAML and JSON.</summary>");
            w.Line($"public const string WireTag = {Literal(type.Tag)};");
            w.Line();
        }

        EmitProperties(w, type, members);
        EmitEquality(w, type, members);
        cancellationToken.ThrowIfCancellationRequested();
        EmitNames(w, type, members);
        EmitParseApi(w, type);
        if (type.IsAbstract)
        {
            EmitDispatch(w, type);
        }
        else
        {
            EmitYamlReader(w, type, members);
            cancellationToken.ThrowIfCancellationRequested();
            EmitJsonReader(w, type, members);
        }

        EmitWriters(w, type, members);
        cancellationToken.ThrowIfCancellationRequested();
        EmitValidation(w, type, members);
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static List<Member> Members(TypeModel type)
    {
        var fields = new List<FieldModel>();
        if (type.Kind == TypeKind.Entity)
        {
            fields.Add(new FieldModel(
                "id",
                "Id",
                new TypeRefModel(TypeRefKind.Ref, PrimitiveKind.None, type.IdFullName, type.RootName ?? type.Name, null),
                Required: true,
                $"The id of this {type.RootName ?? type.Name}: unique among all {type.RootName ?? type.Name} entities.",
                DefaultText: null,
                Deprecated: false,
                DeprecatedMessage: null,
                EquatableArray<string>.Empty,
                FieldConstraints.None with { Pattern = type.IdPattern }));
        }

        fields.AddRange(type.Fields);

        // The id and the first InheritedFieldCount fields come from the base of a family.
        var inherited = type.BaseFullName is null ? 0 : type.InheritedFieldCount + (type.Kind == TypeKind.Entity ? 1 : 0);
        return fields.Select((f, i) => new Member(f, i, i < inherited)).ToList();
    }

    // ---- the record --------------------------------------------------------------------

    private static void EmitProperties(CodeWriter w, TypeModel type, List<Member> members)
    {
        foreach (var member in members.Where(m => !m.Inherited))
        {
            var f = member.Field;
            var fallback = $"The <c>{XmlEscape(f.WireName)}</c> field.";
            var csType = CSharpType(f.Type);
            if (member.IsCollection)
            {
                var storage = StorageType(f.Type);
                var backing = "_" + char.ToLowerInvariant(f.PropertyName[0]) + f.PropertyName.Substring(1);
                w.Line($"private readonly {storage} {backing} = {storage}.Empty;");
                w.Line();
                DocComment(w, f.Description, fallback);
                w.Line("/// <remarks>Never null; absent in the data means empty. Compared by value.</remarks>");
                EmitObsolete(w, f);
                var required = f.Required ? "required " : string.Empty;
                w.Line($"public {required}{csType} {f.PropertyName} {{ get => {backing}; init => {backing} = {Equatable(f.Type, "value")}; }}");
            }
            else
            {
                DocComment(w, f.Description, fallback);
                EmitObsolete(w, f);
                if (f.Required)
                {
                    w.Line($"public required {csType} {f.PropertyName} {{ get; init; }}");
                }
                else if (f.DefaultText is not null)
                {
                    w.Line($"public {csType} {f.PropertyName} {{ get; init; }} = {DefaultLiteral(f)};");
                }
                else
                {
                    w.Line($"public {csType}? {f.PropertyName} {{ get; init; }}");
                }
            }

            w.Line();
        }
    }

    /// <summary>
    /// Value equality when a field holds a URI: the compiler's record equality would use
    /// <c>Uri.Equals</c>, which ignores the fragment, so two records that write different text
    /// would compare equal. Here every own field is compared, a URI by its text. (Lists and maps
    /// of URIs compare by text through the runtime's equatable collections.)
    /// </summary>
    private static void EmitEquality(CodeWriter w, TypeModel type, List<Member> members)
    {
        var own = members.Where(m => !m.Inherited).ToList();
        if (!own.Any(m => !m.IsCollection && m.Field.Type.Kind == TypeRefKind.Primitive && m.Field.Type.Primitive == PrimitiveKind.Uri))
        {
            return;
        }

        const string Equality = "global::NewsSchema.ValueEquality";
        var virtualWord = type.IsAbstract ? "virtual " : string.Empty;
        w.Line("/// <summary>Value equality: the same type and the same values, a URI compared by its text (fragment included).</summary>");
        w.Open($"public {virtualWord}bool Equals({type.Name}? other)");
        w.Line("if (ReferenceEquals(this, other)) return true;");
        w.Line("if (other is null) return false;");
        w.Line(type.BaseFullName is null
            ? "if (EqualityContract != other.EqualityContract) return false;"
            : $"if (!base.Equals(({type.BaseFullName})other)) return false;");
        foreach (var m in own)
        {
            var name = m.Field.PropertyName;
            if (!m.IsCollection && m.Field.Type.Kind == TypeRefKind.Primitive && m.Field.Type.Primitive == PrimitiveKind.Uri)
            {
                w.Line($"if (!{Equality}.UriEquals({name}, other.{name})) return false;");
            }
            else
            {
                var csType = m.IsCollection ? StorageType(m.Field.Type) : CSharpType(m.Field.Type) + (IsValueType(m.Field.Type) && !m.Field.Required && m.Field.DefaultText is null ? "?" : string.Empty);
                var value = m.IsCollection ? "_" + char.ToLowerInvariant(name[0]) + name.Substring(1) : name;
                w.Line($"if (!global::System.Collections.Generic.EqualityComparer<{csType}>.Default.Equals({value}, other.{value})) return false;");
            }
        }

        w.Line("return true;");
        w.Close();
        w.Line();
        w.Line("/// <summary>A hash code consistent with <see cref=\"Equals(" + type.Name + "?)\"/>.</summary>");
        w.Open("public override int GetHashCode()");
        w.Line("var hash = new global::System.HashCode();");
        w.Line(type.BaseFullName is null
            ? "hash.Add(EqualityContract);"
            : "hash.Add(base.GetHashCode());");
        foreach (var m in own)
        {
            var name = m.Field.PropertyName;
            if (!m.IsCollection && m.Field.Type.Kind == TypeRefKind.Primitive && m.Field.Type.Primitive == PrimitiveKind.Uri)
            {
                w.Line($"hash.Add({Equality}.UriHashCode({name}));");
            }
            else
            {
                w.Line($"hash.Add({(m.IsCollection ? "_" + char.ToLowerInvariant(name[0]) + name.Substring(1) : name)});");
            }
        }

        w.Line("return hash.ToHashCode();");
        w.Close();
        w.Line();
    }

    /// <summary>
    /// The expression that stores a list or map given by user code as an equatable one (no copy
    /// when it already is); nested lists and maps are converted too, so they compare by value.
    /// </summary>
    private static string Equatable(TypeRefModel type, string value)
    {
        var kind = type.Kind == TypeRefKind.List ? "EquatableList" : "EquatableMap";
        var element = type.Element!;
        if (!IsCollection(element))
        {
            return $"{Runtime}.{kind}.From({value})";
        }

        return $"{Runtime}.{kind}.Deep({value}, static x => ({CSharpType(element)}){Equatable(element, "x")})";
    }

    private static void EmitObsolete(CodeWriter w, FieldModel f)
    {
        if (f.Deprecated)
        {
            w.Line(f.DeprecatedMessage is { Length: > 0 } message
                ? $"[global::System.Obsolete({Literal(message)})]"
                : "[global::System.Obsolete]");
        }
    }

    /// <summary>The C# expression of a field's default (the resolver validated the text).</summary>
    private static string DefaultLiteral(FieldModel f)
    {
        var text = f.DefaultText!;
        if (f.Type.Kind == TypeRefKind.Enum)
        {
            return $"{f.Type.FullName}.{EnumMemberName(text)}";
        }

        switch (f.Type.Primitive)
        {
            case PrimitiveKind.String:
                return Literal(text);
            case PrimitiveKind.Int:
                return int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            case PrimitiveKind.Long:
                return long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "L";
            case PrimitiveKind.Double:
                return double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture) + "d";
            case PrimitiveKind.Decimal:
                return decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) + "m";
            case PrimitiveKind.Bool:
                return text == "true" ? "true" : "false";
            case PrimitiveKind.Date:
                return $"global::System.DateOnly.ParseExact({Literal(text)}, \"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)";
            case PrimitiveKind.DateTime:
                return $"global::System.DateTimeOffset.Parse({Literal(text)}, global::System.Globalization.CultureInfo.InvariantCulture)";
            case PrimitiveKind.Uri:
                return $"new global::System.Uri({Literal(text)}, global::System.UriKind.Absolute)";
            default:
                return "default!";
        }
    }

    private static string EnumMemberName(string wireName) => Parsing.Naming.ToPascalCase(wireName);

    // ---- names -------------------------------------------------------------------------

    private static void EmitNames(CodeWriter w, TypeModel type, List<Member> members)
    {
        if (type.IsAbstract)
        {
            // A base only dispatches: it needs the tags of its concrete types, nothing else.
            w.Line("/// <summary>The tags of the concrete types of this family.</summary>");
            w.Line("private static readonly string[] s_tags = new string[]");
            w.Open();
            foreach (var subtype in type.Subtypes)
            {
                w.Line(Literal(subtype.Tag) + ",");
            }

            w.Close(";");
            w.Line();
            return;
        }

        w.Line("/// <summary>The field names, for \"did you mean\" suggestions.</summary>");
        w.Line("private static readonly string[] s_fieldNames = new string[]");
        w.Open();
        foreach (var member in members)
        {
            w.Line(Literal(member.Field.WireName) + ",");
        }

        if (type.Discriminator is not null)
        {
            // Last, so indexes of the fields stay those of their positions.
            w.Line(Literal(type.Discriminator) + ",");
        }

        w.Close(";");
        w.Line();
        if (type.Tag is not null)
        {
            w.Line($"private static readonly global::System.Text.Json.JsonEncodedText s_jsonDiscriminator = global::System.Text.Json.JsonEncodedText.Encode({Literal(type.Discriminator!)}, global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);");
        }

        foreach (var member in members)
        {
            w.Line($"private static readonly global::System.Text.Json.JsonEncodedText s_json{member.Index.ToString(CultureInfo.InvariantCulture)} = global::System.Text.Json.JsonEncodedText.Encode({Literal(member.Field.WireName)}, global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping);");
        }

        w.Line();
    }

    // ---- public parse API ---------------------------------------------------------------

    private static void EmitParseApi(CodeWriter w, TypeModel type)
    {
        // Members of a family hide their base's parse methods with their own, more precise ones.
        var @new = type.BaseFullName is null ? string.Empty : "new ";
        var t = type.FullName;
        var result = $"{Runtime}.ParseResult<{t}>";
        var listResult = $"{Runtime}.ParseResult<{Collections}.IReadOnlyList<{t}>>";
        var options = $"{Runtime}.ParseOptions? options = null";
        w.Line($"/// <summary>Parses a YAML document holding one {type.Name}; throws <see cref=\"{Runtime}.DataException\"/> with every error.</summary>");
        w.Line($"public static {@new}{t} FromYaml(string yaml, string? source = null, {options}) => ParseYaml(yaml, source, options).GetValueOrThrow();");
        w.Line();
        w.Line($"/// <summary>Parses a YAML document holding one {type.Name}, collecting every error with its line and column.</summary>");
        w.Line($"public static {@new}{result} ParseYaml(string yaml, string? source = null, {options})");
        w.Line($"    => {YamlReaderType}.ParseDocument<{t}>(yaml, source, options, static reader => ReadYaml(reader));");
        w.Line();
        w.Line($"/// <summary>Parses YAML given as bytes (UTF-8, or UTF-16 with a byte order mark).</summary>");
        w.Line($"public static {@new}{result} ParseYaml(global::System.ReadOnlySpan<byte> utf8Yaml, string? source = null, {options})");
        w.Line($"    => {YamlReaderType}.ParseDocument<{t}>(utf8Yaml, source, options, static reader => ReadYaml(reader));");
        w.Line();
        w.Line($"/// <summary>Parses a YAML document holding a list of {type.Name}.</summary>");
        w.Line($"public static {@new}{listResult} ParseYamlList(string yaml, string? source = null, {options})");
        w.Line($"    => {YamlReaderType}.ParseDocument<{Collections}.IReadOnlyList<{t}>>(yaml, source, options, static reader => ReadYamlList(reader));");
        w.Line();
        w.Line($"/// <summary>Parses a JSON document holding one {type.Name}; throws <see cref=\"{Runtime}.DataException\"/> with every error.</summary>");
        w.Line($"public static {@new}{t} FromJson(string json, string? source = null, {options}) => ParseJson(json, source, options).GetValueOrThrow();");
        w.Line();
        w.Line($"/// <summary>Parses a JSON document holding one {type.Name}, collecting every error with its line and column.</summary>");
        w.Line($"public static {@new}{result} ParseJson(string json, string? source = null, {options})");
        w.Line($"    => {JsonContextType}.ParseDocument<{t}>(json, source, options, ReadJson);");
        w.Line();
        w.Line($"/// <summary>Parses JSON given as UTF-8 bytes.</summary>");
        w.Line($"public static {@new}{result} ParseJson(global::System.ReadOnlySpan<byte> utf8Json, string? source = null, {options})");
        w.Line($"    => {JsonContextType}.ParseDocument<{t}>(utf8Json, source, options, ReadJson);");
        w.Line();
        w.Line($"/// <summary>Parses a JSON array of {type.Name}.</summary>");
        w.Line($"public static {@new}{listResult} ParseJsonList(string json, string? source = null, {options})");
        w.Line($"    => {JsonContextType}.ParseDocument<{Collections}.IReadOnlyList<{t}>>(json, source, options, ReadJsonList);");
        w.Line();
    }
}
