using System.Collections.Generic;
using System.Globalization;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    private const string JsonEncodedText = "global::System.Text.Json.JsonEncodedText";
    private const string RelaxedEncoder = "global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping";

    /// <summary>
    /// The name tables of a type: its field names (for "did you mean" suggestions and validation
    /// frames) and their encoded JSON forms; for an abstract base, the tags of its concrete types.
    /// </summary>
    private static void EmitNames(CodeWriter w, TypeModel type, List<Member> members)
    {
        if (type.IsAbstract)
        {
            // A base only dispatches: it needs the tags of its concrete types, nothing else.
            w.Block("""
                /// <summary>The tags of the concrete types of this family.</summary>
                private static readonly string[] s_tags = new string[]
                """);
            w.Open();
            foreach (var subtype in type.Subtypes)
            {
                w.Line(Literal(subtype.Tag) + ",");
            }

            w.Close(";");
            w.Line();
            return;
        }

        w.Block("""
            /// <summary>The field names, for "did you mean" suggestions.</summary>
            private static readonly string[] s_fieldNames = new string[]
            """);
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
            w.Line($"private static readonly {JsonEncodedText} s_jsonDiscriminator = {JsonEncodedText}.Encode({Literal(type.Discriminator!)}, {RelaxedEncoder});");
        }

        foreach (var member in members)
        {
            var index = member.Index.ToString(CultureInfo.InvariantCulture);
            w.Line($"private static readonly {JsonEncodedText} s_json{index} = {JsonEncodedText}.Encode({Literal(member.Field.WireName)}, {RelaxedEncoder});");
        }

        w.Line();
    }
}
