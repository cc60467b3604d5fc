using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NewsSchema.Generator.Compatibility;

/// <summary>A line of a baseline file that cannot be read: 1-based line and what is wrong.</summary>
internal sealed record BaselineError(int Line, string Message);

/// <summary>
/// The text of a baseline file (docs/compatibility.md, "The baseline file"): one fact per line,
/// <c>keyword subject key value</c>, in a fixed order (types by name, then their fields and values
/// by wire name), so that a schema change shows up as a few changed lines in review.
/// </summary>
internal static class BaselineFormat
{
    public const string FormatVersion = "1";

    internal static readonly string[] TypeKeys = { "kind", "csharp", "file", "abstract", "base", "discriminator", "tag", "plural", "catalogProperty", "idPattern", "idType" };

    internal static readonly string[] ConstraintKeys =
    {
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems",
    };

    internal static readonly string[] FieldKeys = new[] { "type", "property", "csharpType", "required", "default", "alias" }.Concat(ConstraintKeys).ToArray();

    internal static readonly string[] ValueKeys = { "member" };

    // ---- writing ----------------------------------------------------------------------------

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

    private static string Quote(string text)
    {
        var b = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (NeedsEscape(c))
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        return b.Append('"').ToString();
    }

    // ---- reading ----------------------------------------------------------------------------

    /// <summary>Reads a baseline file. Any line it cannot read is an error; the baseline is then null.</summary>
    public static Baseline? Read(string text, out List<BaselineError> errors)
    {
        errors = new List<BaselineError>();
        var baseline = new Baseline();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sawFormat = false;
        var lines = (text ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (number == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line.Substring(1);
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (!TryParseLine(line, out var keyword, out var subject, out var key, out var value, out var problem))
            {
                errors.Add(new BaselineError(number, problem));
                continue;
            }

            if (!sawFormat)
            {
                if (keyword != "format" || subject != FormatVersion || key is not null)
                {
                    errors.Add(new BaselineError(number, keyword == "format"
                        ? "format '" + subject + "' is not known; this NewsSchema reads format " + FormatVersion
                        : "the first fact must be 'format " + FormatVersion + "'"));
                    return null;
                }

                sawFormat = true;
                continue;
            }

            var error = Apply(baseline, seen, number, keyword, subject, key, value);
            if (error is not null)
            {
                errors.Add(new BaselineError(number, error));
            }
        }

        if (!sawFormat)
        {
            errors.Add(new BaselineError(1, "the file holds no facts; the first fact must be 'format " + FormatVersion + "'"));
        }

        foreach (var type in baseline.Types.Values)
        {
            if (type.Kind is null)
            {
                errors.Add(new BaselineError(type.Line, "type '" + type.Name + "' has no 'kind' fact"));
            }

            foreach (var field in type.Fields.Values.Where(f => f.Type is null))
            {
                errors.Add(new BaselineError(field.Line, "field '" + type.Name + "." + field.Name + "' has no 'type' fact"));
            }

            foreach (var value in type.Values.Values.Where(v => v.Member is null))
            {
                errors.Add(new BaselineError(value.Line, "value '" + type.Name + "." + value.Name + "' has no 'member' fact"));
            }
        }

        if (errors.Count > 0)
        {
            errors.Sort((a, b) => a.Line.CompareTo(b.Line));
            return null;
        }

        return baseline;
    }

    private static string? Apply(Baseline baseline, HashSet<string> seen, int line, string keyword, string subject, string? key, string? value)
    {
        switch (keyword)
        {
            case "format":
                return "'format' may appear only once, as the first fact";
            case "catalog":
                if (key is not null)
                {
                    return "a catalog fact is 'catalog <namespace>.<class>'";
                }

                if (baseline.Catalog is not null)
                {
                    return "the catalog is recorded twice";
                }

                baseline.Catalog = subject;
                baseline.CatalogLine = line;
                return null;
            case "type":
            case "field":
            case "value":
                break;
            default:
                return "unknown fact '" + keyword + "'; expected format, catalog, type, field or value";
        }

        var allowed = keyword == "type" ? TypeKeys : keyword == "field" ? FieldKeys : ValueKeys;
        if (key is null || value is null)
        {
            return "a " + keyword + " fact is '" + keyword + " <subject> <key> <value>'";
        }

        if (Array.IndexOf(allowed, key) < 0)
        {
            return "unknown " + keyword + " key '" + key + "'; expected one of: " + string.Join(", ", allowed);
        }

        if (key != "alias" && !seen.Add(keyword + " " + subject + " " + key))
        {
            return "'" + keyword + " " + subject + " " + key + "' is recorded twice";
        }

        if (keyword == "type")
        {
            if (!baseline.Types.TryGetValue(subject, out var type))
            {
                type = new BaselineType(subject) { Line = line };
                baseline.Types.Add(subject, type);
            }

            switch (key)
            {
                case "kind":
                    if (value is not ("entity" or "record" or "enum"))
                    {
                        return "kind '" + value + "' is not entity, record or enum";
                    }

                    type.Kind = value;
                    break;
                case "csharp": type.CSharp = value; break;
                case "file": type.File = value; break;
                case "abstract":
                    if (value != "true")
                    {
                        return "'abstract' is recorded only as 'true'";
                    }

                    type.Abstract = true;
                    break;
                case "base": type.Base = value; break;
                case "discriminator": type.Discriminator = value; break;
                case "tag": type.Tag = value; break;
                case "plural": type.Plural = value; break;
                case "catalogProperty": type.CatalogProperty = value; break;
                case "idPattern": type.IdPattern = value; break;
                case "idType": type.IdType = value; break;
            }

            return null;
        }

        var dot = subject.IndexOf('.');
        if (dot <= 0 || dot == subject.Length - 1)
        {
            return "a " + keyword + " subject is '<Type>.<name>'";
        }

        if (!baseline.Types.TryGetValue(subject.Substring(0, dot), out var owner))
        {
            return "'" + subject.Substring(0, dot) + "' has no 'type' facts before this line";
        }

        var name = subject.Substring(dot + 1);
        if (keyword == "value")
        {
            if (!owner.Values.TryGetValue(name, out var enumValue))
            {
                enumValue = new BaselineValue(name) { Line = line };
                owner.Values.Add(name, enumValue);
            }

            enumValue.Member = value;
            return null;
        }

        if (!owner.Fields.TryGetValue(name, out var field))
        {
            field = new BaselineField(name) { Line = line };
            owner.Fields.Add(name, field);
        }

        switch (key)
        {
            case "type": field.Type = value; break;
            case "property": field.Property = value; break;
            case "csharpType": field.CSharpType = value; break;
            case "required":
                if (value != "true")
                {
                    return "'required' is recorded only as 'true'";
                }

                field.Required = true;
                break;
            case "default": field.Default = value; break;
            case "alias":
                if (!field.Aliases.Add(value))
                {
                    return "alias '" + value + "' of '" + subject + "' is recorded twice";
                }

                break;
            default:
                field.Constraints[key] = value;
                break;
        }

        return null;
    }

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
