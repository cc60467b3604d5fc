using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>
/// Writes canonical block-style YAML for the generated writers: two-space indentation,
/// keys in schema order, strings plain when that reads back as the same text and
/// double-quoted otherwise.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class YamlWriter
{
    private readonly StringBuilder _builder;
    private readonly System.Collections.Generic.Stack<(int Length, int Indent)> _frames = new();
    private int _indent;
    private string? _pending; // "- " prefixes waiting for the first key or scalar of a list item
    private bool _afterKey;   // a "key:" was written and waits for its value

    /// <summary>Creates a writer.</summary>
    public YamlWriter(StringBuilder? builder = null) => _builder = builder ?? new StringBuilder(256);

    /// <summary>The text written.</summary>
    public override string ToString() => _builder.ToString();

    /// <summary>Writes a mapping key; its value must follow.</summary>
    public void WriteKey(string key)
    {
        StartLine();
        var start = _builder.Length;
        WriteString(key, _builder);
        if (_builder.Length - start > MaxImplicitKeyLength)
        {
            // YAML allows at most 1024 characters in an implicit key; a longer one is written as an
            // explicit key ("? key" and ": value" on the next line, at the mapping's indentation).
            _builder.Insert(start, "? ").Append('\n').Append(' ', _indent);
        }

        _builder.Append(':');
        _afterKey = true;
    }

    private const int MaxImplicitKeyLength = 1000;

    private void StartLine()
    {
        if (_afterKey)
        {
            // The key's value is a nested block: it starts on the next line.
            _builder.Append('\n');
            _afterKey = false;
        }

        if (_pending is not null)
        {
            _builder.Append(_pending);
            _pending = null;
        }
        else
        {
            _builder.Append(' ', _indent);
        }
    }

    /// <summary>Begins a block mapping: the document's, a key's value, or a list item.</summary>
    public void BeginMapping() => Push(_afterKey ? 2 : 0);

    /// <summary>Ends a block mapping; an empty one is written as <c>{}</c>.</summary>
    public void EndMapping() => Pop("{}");

    /// <summary>Begins a block sequence: the document's, a key's value, or a list item.</summary>
    public void BeginSequence() => Push(_afterKey ? 2 : 0);

    /// <summary>Ends a block sequence; an empty one is written as <c>[]</c>.</summary>
    public void EndSequence() => Pop("[]");

    private void Push(int indent)
    {
        _frames.Push((_builder.Length, indent));
        _indent += indent;
    }

    private void Pop(string empty)
    {
        var (length, indent) = _frames.Pop();
        _indent -= indent;
        if (_builder.Length == length)
        {
            WriteRaw(empty);
        }
    }

    /// <summary>Begins a list item: the next key or scalar gets a <c>- </c> prefix.</summary>
    public void BeginItem()
    {
        if (_afterKey)
        {
            _builder.Append('\n');
            _afterKey = false;
        }

        _pending = (_pending ?? new string(' ', _indent)) + "- ";
        _indent += 2;
    }

    /// <summary>Ends a list item.</summary>
    public void EndItem() => _indent -= 2;

    /// <summary>Writes a scalar already in YAML form (a number, true/false, {} or []).</summary>
    public void WriteRaw(string text)
    {
        if (_afterKey)
        {
            _builder.Append(' ');
            _afterKey = false;
        }
        else
        {
            StartLine();
        }

        _builder.Append(text).Append('\n');
    }

    /// <summary>Writes text, quoted when a plain scalar would read back differently.</summary>
    public void WriteString(string value)
    {
        if (_afterKey)
        {
            _builder.Append(' ');
            _afterKey = false;
        }
        else
        {
            StartLine();
        }

        WriteString(value, _builder);
        _builder.Append('\n');
    }

    /// <summary>Writes an int.</summary>
    public void WriteInt32(int value) => WriteRaw(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a long.</summary>
    public void WriteInt64(long value) => WriteRaw(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Writes a double in round-trip form.</summary>
    public void WriteDouble(double value) => WriteRaw(ScalarParsers.Format(value));

    /// <summary>Writes a decimal.</summary>
    public void WriteDecimal(decimal value) => WriteRaw(ScalarParsers.Format(value));

    /// <summary>Writes true or false.</summary>
    public void WriteBoolean(bool value) => WriteRaw(value ? "true" : "false");

    /// <summary>Writes a date.</summary>
    public void WriteDate(DateOnly value) => WriteRaw(ScalarParsers.Format(value));

    /// <summary>Writes a date and time.</summary>
    public void WriteDateTime(DateTimeOffset value) => WriteRaw(ScalarParsers.Format(value));

    /// <summary>Writes a URI.</summary>
    public void WriteUri(Uri value) => WriteString(value.OriginalString);

    /// <summary>Writes <paramref name="value"/> as a YAML scalar that reads back as that exact text.</summary>
    public static void WriteString(string value, StringBuilder builder)
    {
        LoneSurrogates.Checked(value);
        if (CanBePlain(value))
        {
            builder.Append(value);
            return;
        }

        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPair(value, i))
            {
                // A character outside the BMP is printable YAML: write it as it is (escaping each
                // half as \uD83D\uDE00 is not valid YAML, and other readers reject it).
                builder.Append(c).Append(value[++i]);
                continue;
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (!IsPrintable(c) || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    /// <summary>
    /// True when <paramref name="value"/> can be written as a plain scalar: it reads back as
    /// the same text and cannot be taken for null, a bool, a number or a date by any YAML
    /// reader (1.1 or 1.2), so other tools see a string too. The rule: not empty, at most 200
    /// characters; no indicator, digit, '+' or '.' first; no space or ':' last; every character
    /// printable and no line break of any kind (U+0085, U+2028, U+2029 included) nor BOM; no
    /// flow indicator (<c>,[]{}</c>) anywhere; no ": "; no indicator right after a space; not a
    /// YAML 1.1 boolean or null word. QuotingPropertyTests checks Parse(Write(x)) == x.
    /// </summary>
    public static bool CanBePlain(string value)
    {
        if (value.Length == 0 || value.Length > 200)
        {
            return false;
        }

        var first = value[0];
        if (first is ' ' or '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '~' or '=' or '<'
            || (first is >= '0' and <= '9') || first is '+' or '.')
        {
            return false;
        }

        if (value[value.Length - 1] is ' ' or ':')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPair(value, i))
            {
                i++;
                continue;
            }

            if (!IsPrintable(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
            {
                return false;
            }

            if ((c == ':' && i + 1 < value.Length && value[i + 1] == ' ') || c is '{' or '}' or '[' or ']' or ',')
            {
                return false;
            }

            // An indicator right after a space starts something in some readers (YamlDotNet takes
            // the key "a *b" for an alias), and " #" starts a comment in all: quote those.
            if (i > 0 && value[i - 1] == ' ' && c is '-' or '?' or ':' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
            {
                return false;
            }
        }

        return !IsReserved(value);
    }

    /// <summary>True at a high surrogate followed by a low one (one character outside the BMP).</summary>
    private static bool IsPair(string value, int i)
        => char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);

    /// <summary>
    /// YAML's printable characters within the BMP (tab, line feed and carriage return aside):
    /// C0 and C1 controls, DEL, lone surrogates and U+FFFE/U+FFFF must be escaped.
    /// </summary>
    private static bool IsPrintable(char c)
        => c is (>= '\u0020' and <= '\u007E') or '\u0085' or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');

    private static bool IsReserved(string value)
    {
        switch (value.ToLowerInvariant())
        {
            case "null":
            case "true":
            case "false":
            case "yes":
            case "no":
            case "on":
            case "off":
            case "y":
            case "n":
                return true;
            default:
                return false;
        }
    }
}
