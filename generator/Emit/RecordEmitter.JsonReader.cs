using System.Collections.Generic;
using NewsSchema.Generator.Model;
using System.Linq;
using System.Text;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    /// <summary>The JSON reader of a concrete type: property names matched on their UTF-8 bytes, then a switch on the field's index.</summary>
    private static void EmitJsonReader(CodeWriter w, TypeModel type, List<Member> members)
    {
        NameLocals(members);
        w.Block($$"""
            /// <summary>The fields' keys as a compact writer writes them (<c>"name":</c>), tried in order before a name is matched.</summary>
            private static readonly {{EmitHelpers.Serialization}}.JsonPropertyKey[] s_jsonKeys = {{EmitHelpers.Serialization}}.JsonPropertyKey.For(s_fieldNames);

            """);
        EmitJsonFieldMatch(w, type, members);
        w.Block($$"""
            /// <summary>Reads one value starting at the current token; null when it had errors (they are in the context).</summary>
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal static {{New(type)}}{{type.FullName}}? ReadJson(ref {{JsonReaderType}} reader, {{JsonContextType}} context)
            {
                if (!context.BeginObject(ref reader, {{Literal(A(type.Name) + " object")}}, out var start))
                {
                    return null;
                }

                var errors = context.Errors.Count;
                var positions = context.StartPositions(start, s_fieldNames);
            """);
        w.Indent();
        EmitReaderLocals(w, type, members);
        w.Line();
        // The loop mirrors EmitYamlReader's; they differ in how a key finds its field (here by its bytes).
        w.Line("var nextField = 0;");
        // Fields usually come in schema order: the next one's key is tried first, and only a wrong
        // guess searches for the name's end and matches its bytes.
        w.Open("while (context.NextProperty(ref reader, s_jsonKeys, ref nextField, out var field))");
        w.Block($$"""
            if (field < 0)
            {
                field = MatchJsonField({{JsonContextType}}.PropertyNameUtf8(ref reader));
                nextField = field + 1;
            }

            """);
        w.Open("switch (field)");
        foreach (var member in members)
        {
            w.Line($"case {Number(member.Index)}:");
            w.Indent();
            EmitFieldValue(w, member, Dialect.Json);
            w.Line("break;");
            w.Outdent();
        }

        if (type.Tag is not null)
        {
            var discriminator = Literal(type.Discriminator!);
            w.Block($$"""
                case {{Number(members.Count)}}:
                    if (seenTag)
                    {
                        context.DuplicateProperty(ref reader, {{discriminator}});
                        break;
                    }

                    seenTag = true;
                    context.EnterProperty(ref reader, {{discriminator}});
                    context.ExpectTag(ref reader, {{discriminator}}, WireTag, {{Literal(type.Name)}});
                    context.ExitProperty();
                    break;
                """);
        }

        w.Block($$"""
            default:
                context.UnknownProperty(ref reader, {{Literal(type.Name)}}, s_fieldNames);
                break;
            """);
        w.Close();
        w.Close();
        w.Line();
        EmitReaderEnd(w, type, members, Dialect.Json);
        EmitListReader(w, type, Dialect.Json);
    }

    /// <summary>Property names are matched on their UTF-8 bytes: by length first, then by content; -1 for no field.</summary>
    private static void EmitJsonFieldMatch(CodeWriter w, TypeModel type, List<Member> members)
    {
        w.Block(NonUserCode);
        w.Open("private static int MatchJsonField(global::System.ReadOnlySpan<byte> name)");
        var names = members
            .SelectMany(m => new[] { m.Field.WireName }.Concat(m.Field.Aliases).Select(n => (Name: n, Value: m.Index)))
            .Concat(type.Tag is not null ? new[] { (Name: type.Discriminator!, Value: members.Count) } : System.Array.Empty<(string Name, int Value)>());
        Utf8NameSwitch(w, "name", names, index => $"return {Number(index)};");
        w.Line();
        w.Line("return -1;");
        w.Close();
        w.Line();
    }
}
