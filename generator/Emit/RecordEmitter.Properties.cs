using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    private const string ValueEquality = "global::NewsSchema.ValueEquality";

    /// <summary>
    /// One property per own field: required, defaulted or nullable; a list or map stored in an
    /// equatable backing field so records compare by value.
    /// </summary>
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
                var backing = member.BackingField;
                w.Line($"private readonly {storage} {backing} = {storage}.Empty;");
                w.Line();
                DocComment(w, f.Description, fallback);
                w.Line("/// <remarks>Never null; absent in the data means empty. Compared by value.</remarks>");
                EmitObsolete(w, f);
                w.Block(NonUserCode);
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

    private static bool IsUri(Member m)
        => !m.IsCollection && m.Field.Type.Kind == TypeRefKind.Primitive && m.Field.Type.Primitive == PrimitiveKind.Uri;

    /// <summary>
    /// Value equality when a field holds a URI: the compiler's record equality would use
    /// <c>Uri.Equals</c>, which ignores the fragment, so two records that write different text
    /// would compare equal. Here every own field is compared, a URI by its text. (Lists and maps
    /// of URIs compare by text through the runtime's equatable collections.)
    /// </summary>
    private static void EmitEquality(CodeWriter w, TypeModel type, List<Member> members)
    {
        var own = members.Where(m => !m.Inherited).ToList();
        if (!own.Any(IsUri))
        {
            return;
        }

        var virtualWord = type.IsAbstract ? "virtual " : string.Empty;
        var baseEquals = type.BaseFullName is null
            ? "if (EqualityContract != other.EqualityContract) return false;"
            : $"if (!base.Equals(({type.BaseFullName})other)) return false;";
        w.Block($$"""
            /// <summary>Value equality: the same type and the same values, a URI compared by its text (fragment included).</summary>
            {{NonUserCode}}
            public {{virtualWord}}bool Equals({{type.Name}}? other)
            {
                if (ReferenceEquals(this, other)) return true;
                if (other is null) return false;
                {{baseEquals}}
            """);
        w.Indent();
        foreach (var m in own)
        {
            if (IsUri(m))
            {
                var name = m.Field.PropertyName;
                w.Line($"if (!{ValueEquality}.UriEquals({name}, other.{name})) return false;");
            }
            else
            {
                var csType = m.IsCollection ? StorageType(m.Field.Type) : CSharpType(m.Field.Type) + (IsValueType(m.Field.Type) && !m.Field.Required && m.Field.DefaultText is null ? "?" : string.Empty);
                var value = m.IsCollection ? m.BackingField : m.Field.PropertyName;
                w.Line($"if (!global::System.Collections.Generic.EqualityComparer<{csType}>.Default.Equals({value}, other.{value})) return false;");
            }
        }

        w.Line("return true;");
        w.Close();
        w.Line();
        var baseHash = type.BaseFullName is null ? "hash.Add(EqualityContract);" : "hash.Add(base.GetHashCode());";
        w.Block($$"""
            /// <summary>A hash code consistent with <see cref="Equals({{type.Name}}?)"/>.</summary>
            {{NonUserCode}}
            public override int GetHashCode()
            {
                var hash = new global::System.HashCode();
                {{baseHash}}
            """);
        w.Indent();
        foreach (var m in own)
        {
            w.Line(IsUri(m)
                ? $"hash.Add({ValueEquality}.UriHashCode({m.Field.PropertyName}));"
                : $"hash.Add({(m.IsCollection ? m.BackingField : m.Field.PropertyName)});");
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
}
