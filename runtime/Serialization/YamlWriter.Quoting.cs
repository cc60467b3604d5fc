using System;
using System.Globalization;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>The quoting rule: when a string may be plain, and how it is double-quoted when not.</summary>
public sealed partial class YamlWriter
{
    /// <summary>
    /// Writes <paramref name="value"/> plain or double-quoted. A lone surrogate is refused with
    /// <see cref="LoneSurrogates.Checked"/>'s exception: text that holds one is never plain (it is
    /// not printable), and the quoted form stops at it, so no separate pass looks for them.
    /// </summary>
    private void WriteScalarText(string value, bool plain)
    {
        if (plain)
        {
            Utf8(value.AsSpan());
            return;
        }

        Byte((byte)'"');
        for (var i = 0; i < value.Length;)
        {
            var next = NextEscape(value, i);
            Utf8(value.AsSpan(i, next - i));
            if (next == value.Length)
            {
                break;
            }

            var c = value[next];
            if (char.IsSurrogate(c))
            {
                LoneSurrogates.Checked(value); // throws: NextEscape stops at no surrogate of a pair
            }

            if (ShortEscape(c) is { } escape)
            {
                Ascii(escape);
            }
            else
            {
                var hex = Reserve(6);
                hex[0] = (byte)'\\';
                hex[1] = (byte)'u';
                ((int)c).TryFormat(hex.Slice(2), out _, "X4", CultureInfo.InvariantCulture);
                _count += 6;
            }

            i = next + 1;
        }

        Byte((byte)'"');
    }

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
        for (var i = 0; i < value.Length;)
        {
            var next = NextEscape(value, i);
            builder.Append(value, i, next - i);
            if (next == value.Length)
            {
                break;
            }

            var c = value[next];
            builder.Append(ShortEscape(c) ?? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            i = next + 1;
        }

        builder.Append('"');
    }

    /// <summary>
    /// The index of the first character at or after <paramref name="i"/> that the double-quoted
    /// form escapes, or the length. A character outside the BMP (a surrogate pair) is printable
    /// YAML and written as it is: escaping each half as \uD83D\uDE00 is not valid YAML, and other
    /// readers reject it.
    /// </summary>
    private static int NextEscape(string value, int i)
    {
        for (; i < value.Length; i++)
        {
            var c = value[i];
            if (IsPair(value, i))
            {
                i++;
                continue;
            }

            if (c is '"' or '\\' || !IsPrintable(c) || c is '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
            {
                return i;
            }
        }

        return value.Length;
    }

    /// <summary>The two-character escape of <paramref name="c"/>, or null when it is written as <c>\uXXXX</c>.</summary>
    private static string? ShortEscape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\0' => "\\0",
        _ => null,
    };

    /// <summary>The UTF-8 length of <paramref name="value"/> (at most 3 bytes per UTF-16 character), counted only when it could exceed an implicit key.</summary>
    private static int Utf8Length(string value)
        => value.Length * 3 <= MaxImplicitKeyLength ? value.Length : System.Text.Encoding.UTF8.GetByteCount(value);

    /// <summary>The length in UTF-16 characters of the double-quoted form of <paramref name="value"/>.</summary>
    private static int QuotedLength(string value)
    {
        if ((value.Length * 6) + 2 <= MaxImplicitKeyLength)
        {
            return value.Length + 2; // short enough whatever it escapes
        }

        var length = 2;
        for (var i = 0; i < value.Length;)
        {
            var next = NextEscape(value, i);
            length += next - i;
            if (next == value.Length)
            {
                break;
            }

            length += ShortEscape(value[next]) is null ? 6 : 2;
            i = next + 1;
        }

        return length;
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

        // Most text is letters, digits, spaces and a few marks that no rule below is about: one
        // vectorized pass decides it, and only text with some other character takes the loop.
        if (value.AsSpan().IndexOfAnyExcept(PlainAlways) < 0)
        {
            return !IsReserved(value);
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

    /// <summary>
    /// Characters that can be anywhere in a plain scalar but first (the loop of <see cref="CanBePlain"/>
    /// never refuses them): ASCII letters and digits, the space, and <c>. _ ( ) /</c>. None is an
    /// indicator, a flow character or ':', so no pair of them is refused either.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> PlainAlways =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ._()/");

    /// <summary>
    /// Whether <paramref name="value"/> is a YAML 1.1 null or boolean word in any case. An ASCII
    /// comparison ignoring case is exact here: no character outside ASCII lower-cases to a letter
    /// of these words, and nothing is allocated.
    /// </summary>
    private static bool IsReserved(string value) => value.Length switch
    {
        1 => value[0] is 'y' or 'Y' or 'n' or 'N',
        2 => System.Text.Ascii.EqualsIgnoreCase(value, "no") || System.Text.Ascii.EqualsIgnoreCase(value, "on"),
        3 => System.Text.Ascii.EqualsIgnoreCase(value, "yes") || System.Text.Ascii.EqualsIgnoreCase(value, "off"),
        4 => System.Text.Ascii.EqualsIgnoreCase(value, "null") || System.Text.Ascii.EqualsIgnoreCase(value, "true"),
        5 => System.Text.Ascii.EqualsIgnoreCase(value, "false"),
        _ => false,
    };
}
