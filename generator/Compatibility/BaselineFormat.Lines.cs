using System.Globalization;
using System.Text;

namespace NewsSchema.Generator.Compatibility;

// The syntax of one line: <keyword> <subject> [<key> [<value>]], separated by single spaces; the
// subject is a token or a JSON string, the value the rest of the line or a JSON string.
internal static partial class BaselineFormat
{
    /// <summary>Splits <c>keyword subject [key [value]]</c>; subject and value may be JSON strings.</summary>
    private static bool TryParseLine(string line, out string keyword, out string subject, out string? key, out string? value, out string problem)
    {
        keyword = subject = problem = string.Empty;
        key = value = null;
        var position = 0;
        keyword = PlainToken(line, ref position);
        if (keyword.Length == 0 || position >= line.Length)
        {
            problem = "expected '<keyword> <subject> ...', found '" + Shorten(line) + "'";
            return false;
        }

        position++;
        if (!ReadToken(line, ref position, out subject, out problem))
        {
            return false;
        }

        if (position >= line.Length)
        {
            return true;
        }

        if (line[position] != ' ')
        {
            problem = "expected a space after the subject";
            return false;
        }

        position++;
        key = PlainToken(line, ref position);
        if (key.Length == 0)
        {
            problem = "expected a key after the subject";
            return false;
        }

        if (position >= line.Length)
        {
            return true;
        }

        position++;
        var rest = line.Substring(position);
        if (rest.Length > 0 && rest[0] == '"')
        {
            var at = 0;
            if (!ReadQuoted(rest, ref at, out var quoted, out problem))
            {
                return false;
            }

            if (at != rest.Length)
            {
                problem = "unexpected text after the quoted value";
                return false;
            }

            value = quoted;
            return true;
        }

        value = rest;
        return true;
    }

    private static string PlainToken(string line, ref int position)
    {
        var start = position;
        while (position < line.Length && line[position] != ' ')
        {
            position++;
        }

        return line.Substring(start, position - start);
    }

    private static bool ReadToken(string line, ref int position, out string token, out string problem)
    {
        problem = string.Empty;
        if (position < line.Length && line[position] == '"')
        {
            return ReadQuoted(line, ref position, out token, out problem);
        }

        token = PlainToken(line, ref position);
        if (token.Length == 0)
        {
            problem = "expected a subject";
            return false;
        }

        return true;
    }

    /// <summary>Reads a JSON string as <see cref="Export.JsonValue.Quote"/> writes it (the inverse of that switch), from its opening quote.</summary>
    private static bool ReadQuoted(string text, ref int position, out string value, out string problem)
    {
        var b = new StringBuilder();
        value = problem = string.Empty;
        position++;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                value = b.ToString();
                return true;
            }

            if (c != '\\')
            {
                b.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                break;
            }

            var e = text[position++];
            switch (e)
            {
                case '"': b.Append('"'); break;
                case '\\': b.Append('\\'); break;
                case 'n': b.Append('\n'); break;
                case 'r': b.Append('\r'); break;
                case 't': b.Append('\t'); break;
                case 'u':
                    if (position + 4 <= text.Length && int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        b.Append((char)code);
                        position += 4;
                        break;
                    }

                    problem = "'\\u' needs four hex digits";
                    return false;
                default:
                    problem = "unknown escape '\\" + e + "' in a quoted text";
                    return false;
            }
        }

        problem = "a quoted text is not closed";
        return false;
    }

    private static string Shorten(string text) => text.Length > 60 ? text.Substring(0, 60) + "…" : text;
}
