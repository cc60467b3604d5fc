using System.Linq;
using System.Text;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>Writes an enum and its wire-name helpers (the parsers and writers use the wire names).</summary>
internal static class EnumEmitter
{
    public static string Emit(TypeModel type)
    {
        var w = StartFile(type.Namespace);
        DocComment(w, type.Description, $"The <c>{type.Name}</c> enum of the schema.");
        w.Line(GeneratedCodeAttribute);
        w.Open("public enum " + type.Name);
        foreach (var member in type.Members)
        {
            DocComment(w, member.Description, $"<c>{XmlEscape(member.WireName)}</c>");
            w.Line(member.MemberName + ",");
        }

        w.Close();
        w.Line();

        var helpers = type.Name + "Extensions";
        DocComment(w, null, $"Wire names of <see cref=\"{type.Name}\"/>: the exact text used in YAML and JSON.");
        w.Line(GeneratedCodeAttribute);
        w.Open($"public static partial class {helpers}");
        // A read-only wrapper, not the array: a caller cannot cast it back to string[] and change it.
        w.Block($$"""
            /// <summary>Every wire name, in schema order (read-only).</summary>
            public static {{Collections}}.IReadOnlyList<string> WireNames { get; } = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(new string[]
            """);
        w.Open();
        foreach (var member in type.Members)
        {
            w.Line(Literal(member.WireName) + ",");
        }

        w.Close(");");
        w.Line();
        w.Block($$"""
            /// <summary>The wire name of <paramref name="value"/>.</summary>
            {{NonUserCode}}
            public static string ToWireName(this {{type.FullName}} value) => value switch
            """);
        SwitchArms(w, type, member => Literal(member.WireName), $"throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined {type.Name} value.\")");
        w.Block($$"""

            /// <summary>True when <paramref name="value"/> is one of the declared members.</summary>
            {{NonUserCode}}
            public static bool IsDefined(this {{type.FullName}} value) => value switch
            """);
        SwitchArms(w, type, _ => "true", "false");
        w.Line();
        w.Block($$"""
            /// <summary>Maps a wire name (case-sensitive) to its value.</summary>
            {{NonUserCode}}
            public static bool TryParseWireName(string? text, out {{type.FullName}} value)
            """);
        w.Open();
        w.Open("switch (text)");
        foreach (var member in type.Members)
        {
            w.Line($"case {Literal(member.WireName)}: value = {type.FullName}.{member.MemberName}; return true;");
            foreach (var former in member.FormerNames)
            {
                w.Line($"case {Literal(former)}: value = {type.FullName}.{member.MemberName}; return true; // renamedFrom");
            }
        }

        w.Line("default: value = default; return false;");
        w.Close();
        w.Close();
        w.Line();
        EmitUtf8Match(w, type);
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// <c>TryParseWireName(ReadOnlySpan&lt;byte&gt;)</c>: the same names matched on their UTF-8 bytes,
    /// by length first, then by content, so a parser reading UTF-8 maps a name without making a string.
    /// </summary>
    private static void EmitUtf8Match(CodeWriter w, TypeModel type)
    {
        w.Block($$"""
            /// <summary>Maps a wire name given as UTF-8 bytes (case-sensitive, unescaped) to its value.</summary>
            {{NonUserCode}}
            public static bool TryParseWireName(global::System.ReadOnlySpan<byte> utf8, out {{type.FullName}} value)
            """);
        w.Open();
        var names = type.Members
            .SelectMany(m => new[] { m.WireName }.Concat(m.FormerNames).Select(n => (Name: n, Value: m.MemberName)));
        Utf8NameSwitch(w, "utf8", names, member => $"{{ value = {type.FullName}.{member}; return true; }}");
        w.Line();
        w.Line("value = default;");
        w.Line("return false;");
        w.Close();
    }

    /// <summary>The arms of a switch expression on the enum's value: one per member, then the discard.</summary>
    private static void SwitchArms(CodeWriter w, TypeModel type, System.Func<EnumMemberModel, string> result, string otherwise)
    {
        w.Open();
        foreach (var member in type.Members)
        {
            w.Line($"{type.FullName}.{member.MemberName} => {result(member)},");
        }

        w.Line($"_ => {otherwise},");
        w.Close(";");
    }
}
