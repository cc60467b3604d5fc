using System.Linq;
using System.Text;
using NewsSchema.Generator.Export;

namespace NewsSchema.Generator.Compatibility;

// Writing a baseline: a header, the format, the catalog, then each type's facts and its fields'
// and values' facts, in the order of the sorted dictionaries.
internal static partial class BaselineFormat
{
    public static string Write(Baseline baseline)
    {
        var w = new StringBuilder();
        w.Append("# NewsSchema compatibility baseline: the public shape of this project's schemas, one fact per line.\n");
        w.Append("# Do not edit by hand: update it with `dotnet build -p:NewsSchemaUpdateBaseline=true` when you accept a change.\n");
        w.Append("# The format and the rules of the gate: docs/compatibility.md.\n");
        w.Append("format ").Append(FormatVersion).Append('\n');
        if (baseline.Catalog is not null)
        {
            w.Append("catalog ").Append(Token(baseline.Catalog)).Append('\n');
        }

        foreach (var type in baseline.Types.Values)
        {
            w.Append('\n');
            var subject = Token(type.Name);
            Fact(w, "type", subject, "kind", type.Kind);
            Fact(w, "type", subject, "csharp", type.CSharp);
            Fact(w, "type", subject, "file", type.File);
            Fact(w, "type", subject, "abstract", type.Abstract ? "true" : null);
            Fact(w, "type", subject, "base", type.Base);
            Fact(w, "type", subject, "discriminator", type.Discriminator);
            Fact(w, "type", subject, "tag", type.Tag);
            Fact(w, "type", subject, "plural", type.Plural);
            Fact(w, "type", subject, "catalogProperty", type.CatalogProperty);
            Fact(w, "type", subject, "idPattern", type.IdPattern);
            Fact(w, "type", subject, "idType", type.IdType);
            foreach (var field in type.Fields.Values)
            {
                var fieldSubject = Token(type.Name + "." + field.Name);
                Fact(w, "field", fieldSubject, "type", field.Type);
                Fact(w, "field", fieldSubject, "property", field.Property);
                Fact(w, "field", fieldSubject, "csharpType", field.CSharpType);
                Fact(w, "field", fieldSubject, "required", field.Required ? "true" : null);
                Fact(w, "field", fieldSubject, "default", field.Default);
                foreach (var alias in field.Aliases)
                {
                    Fact(w, "field", fieldSubject, "alias", alias);
                }

                foreach (var key in ConstraintKeys)
                {
                    if (field.Constraints.TryGetValue(key, out var value))
                    {
                        Fact(w, "field", fieldSubject, key, value);
                    }
                }
            }

            foreach (var value in type.Values.Values)
            {
                Fact(w, "value", Token(type.Name + "." + value.Name), "member", value.Member);
            }
        }

        return w.ToString();
    }

    private static void Fact(StringBuilder w, string keyword, string subject, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        w.Append(keyword).Append(' ').Append(subject).Append(' ').Append(key).Append(' ').Append(Value(value)).Append('\n');
    }

    /// <summary>A subject: plain when it has no space, quote or control character, else a JSON string.</summary>
    private static string Token(string text)
        => text.Length == 0 || text[0] == '"' || text.Any(c => c == ' ' || NeedsEscape(c)) ? Quote(text) : text;

    /// <summary>A value, the rest of the line: plain unless it is empty, padded, starts with a quote or holds a control character.</summary>
    private static string Value(string text)
        => text.Length == 0 || text[0] == '"' || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]) || text.Any(NeedsEscape) ? Quote(text) : text;

    private static bool NeedsEscape(char c) => c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029';

    /// <summary>A JSON string; unlike the exported schemas, a baseline also escapes DEL and the Unicode line breaks, so every fact stays on one visible line.</summary>
    private static string Quote(string text)
    {
        var b = new StringBuilder(text.Length + 2);
        JsonValue.Quote(b, text, NeedsEscape);
        return b.ToString();
    }
}
