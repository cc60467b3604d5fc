using System.Collections.Generic;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    /// <summary>The YAML reader of a concrete type: a switch on each key of the mapping.</summary>
    private static void EmitYamlReader(CodeWriter w, TypeModel type, List<Member> members)
    {
        NameLocals(members);
        w.Block($$"""
            /// <summary>Reads one value from the current node; null when it had errors (they are in the reader).</summary>
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal static {{New(type)}}{{type.FullName}}? ReadYaml({{YamlReaderType}} reader)
            {
                if (!reader.BeginMapping({{Literal(A(type.Name) + " mapping")}}, out var line, out var column))
                {
                    return null;
                }

                var errors = reader.Errors.Count;
                var positions = reader.StartPositions(line, column, s_fieldNames);
            """);
        w.Indent();
        EmitReaderLocals(w, type, members);
        w.Line();
        w.Open("while (reader.TryReadKey(out var key))");
        w.Open("switch (key)");
        foreach (var member in members)
        {
            var f = member.Field;
            w.Line($"case {Literal(f.WireName)}:");
            foreach (var alias in f.Aliases)
            {
                w.Line($"case {Literal(alias)}:");
            }

            w.Indent();
            EmitFieldValue(w, member, Dialect.Yaml);
            w.Line("break;");
            w.Outdent();
        }

        if (type.Tag is not null)
        {
            var discriminator = Literal(type.Discriminator!);
            w.Block($$"""
                case {{discriminator}}:
                    if (seenTag)
                    {
                        reader.DuplicateKey(key);
                        break;
                    }

                    seenTag = true;
                    reader.ExpectTag({{discriminator}}, WireTag, {{Literal(type.Name)}});
                    break;
                """);
        }

        w.Block($$"""
            default:
                reader.UnknownField(key, {{Literal(type.Name)}}, s_fieldNames);
                break;
            """);
        w.Close();
        w.Line();
        w.Line("reader.EndEntry();");
        w.Close();
        w.Line();
        EmitReaderEnd(w, type, members, Dialect.Yaml);
        EmitListReader(w, type, Dialect.Yaml);
    }
}
