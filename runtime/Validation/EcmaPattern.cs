using System.Text;

namespace NewsSchema;

/// <summary>
/// Translates a schema pattern, written in the ECMA-262 dialect that JSON Schema uses, to a .NET
/// pattern with the same meaning. Shared, as a linked source file, by the runtime (which compiles
/// the pattern) and the generator (which checks it), so both read a pattern the same way.
/// <list type="bullet">
/// <item><c>$</c> is the end of the text (<c>\z</c>); .NET's <c>$</c> also matches before a final <c>\n</c>.</item>
/// <item><c>.</c> matches anything but the ECMA line terminators (\n, \r, U+2028, U+2029).</item>
/// <item><c>\d</c>, <c>\w</c> are ASCII (<c>[0-9]</c>, <c>[A-Za-z0-9_]</c>); <c>\s</c> is ECMA's
/// white space and line terminators; <c>\D</c>, <c>\W</c>, <c>\S</c> their complements.</item>
/// <item><c>\cX</c> is the control character X mod 32, lower or upper case.</item>
/// <item><c>\p{Letter}</c> and the other long general-category names become .NET's short ones.</item>
/// <item><c>[</c> inside a class is a literal (in .NET, <c>-[</c> would start a class subtraction);
/// <c>[]</c> matches nothing and <c>[^]</c> anything.</item>
/// <item>A character outside the BMP (a surrogate pair) is one atom: <c>🐲*</c> repeats the whole character.</item>
/// </list>
/// </summary>
internal static class EcmaPattern
{
    /// <summary>ECMA-262 WhiteSpace and LineTerminator, as .NET class content.</summary>
    private const string Space = @"\t\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";

    private const string Digit = "0-9";
    private const string Word = "A-Za-z0-9_";

    /// <summary>The .NET pattern for an ECMA-262 pattern (without flags: not multiline, not dotAll, case-sensitive).</summary>
    public static string ToDotNet(string pattern)
    {
        var sb = new StringBuilder(pattern.Length + 16);
        var i = 0;

        // Outside a class; Class() has its own loop, since '[', '$' and '.' mean other things there.
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i = Escape(pattern, i, sb, inClass: false);
            }
            else if (c == '[')
            {
                i = Class(pattern, i, sb);
            }
            else if (c == '$')
            {
                sb.Append(@"\z");
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < pattern.Length && char.IsLowSurrogate(pattern[i + 1]))
            {
                // One character outside the BMP is one atom, so a quantifier after it repeats both halves.
                sb.Append("(?:").Append(c).Append(pattern[i + 1]).Append(')');
                i += 2;
            }
            else if (c == '.')
            {
                sb.Append(@"[^\n\r\u2028\u2029]");
                i++;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>A character class from <c>[</c> to its <c>]</c>; returns the index after it.</summary>
    private static int Class(string p, int start, StringBuilder sb)
    {
        var i = start + 1;
        var negated = i < p.Length && p[i] == '^';
        if (negated)
        {
            i++;
        }

        // In ECMA-262 a ']' right after '[' or '[^' closes the class.
        if (i < p.Length && p[i] == ']')
        {
            sb.Append(negated ? @"[\s\S]" : "(?!)");
            return i + 1;
        }

        sb.Append(negated ? "[^" : "[");

        // Inside a class; ToDotNet() has the loop outside one, since '[', '$' and '.' mean other things there.
        while (i < p.Length && p[i] != ']')
        {
            var c = p[i];
            if (c == '\\')
            {
                i = Escape(p, i, sb, inClass: true);
            }
            else if (c == '[')
            {
                sb.Append(@"\[");
                i++;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        if (i < p.Length)
        {
            sb.Append(']');
            i++;
        }

        // An unclosed class is left unclosed, so .NET reports it.
        return i;
    }

    /// <summary>An escape starting at <paramref name="start"/> (a backslash); returns the index after it.</summary>
    private static int Escape(string p, int start, StringBuilder sb, bool inClass)
    {
        if (start + 1 >= p.Length)
        {
            sb.Append('\\');
            return start + 1;
        }

        var e = p[start + 1];
        switch (e)
        {
            case 'd':
                sb.Append(inClass ? Digit : "[" + Digit + "]");
                return start + 2;
            case 'w':
                sb.Append(inClass ? Word : "[" + Word + "]");
                return start + 2;
            case 's':
                sb.Append(inClass ? Space : "[" + Space + "]");
                return start + 2;
            case 'D' when !inClass:
                sb.Append("[^" + Digit + "]");
                return start + 2;
            case 'W' when !inClass:
                sb.Append("[^" + Word + "]");
                return start + 2;
            case 'S' when !inClass:
                sb.Append("[^" + Space + "]");
                return start + 2;
            case 'c' when start + 2 < p.Length && IsAsciiLetter(p[start + 2]):
                sb.Append(@"\u").Append(((int)(p[start + 2] % 32)).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                return start + 3;
            case 'p' or 'P' when start + 2 < p.Length && p[start + 2] == '{':
                var close = p.IndexOf('}', start + 3);
                if (close > 0)
                {
                    var name = p.Substring(start + 3, close - start - 3);
                    sb.Append('\\').Append(e).Append('{').Append(ShortCategory(name)).Append('}');
                    return close + 1;
                }

                break;
        }

        sb.Append('\\').Append(e);
        return start + 2;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>.NET's name for a Unicode general category given by its long name (or the name itself).</summary>
    private static string ShortCategory(string name)
    {
        var value = name.StartsWith("General_Category=", System.StringComparison.Ordinal) ? name.Substring(17)
            : name.StartsWith("gc=", System.StringComparison.Ordinal) ? name.Substring(3)
            : name;
        return value switch
        {
            "Letter" => "L",
            "Uppercase_Letter" => "Lu",
            "Lowercase_Letter" => "Ll",
            "Titlecase_Letter" => "Lt",
            "Modifier_Letter" => "Lm",
            "Other_Letter" => "Lo",
            "Mark" or "Combining_Mark" => "M",
            "Nonspacing_Mark" => "Mn",
            "Spacing_Mark" => "Mc",
            "Enclosing_Mark" => "Me",
            "Number" => "N",
            "Decimal_Number" or "digit" => "Nd",
            "Letter_Number" => "Nl",
            "Other_Number" => "No",
            "Punctuation" or "punct" => "P",
            "Connector_Punctuation" => "Pc",
            "Dash_Punctuation" => "Pd",
            "Open_Punctuation" => "Ps",
            "Close_Punctuation" => "Pe",
            "Initial_Punctuation" => "Pi",
            "Final_Punctuation" => "Pf",
            "Other_Punctuation" => "Po",
            "Symbol" => "S",
            "Math_Symbol" => "Sm",
            "Currency_Symbol" => "Sc",
            "Modifier_Symbol" => "Sk",
            "Other_Symbol" => "So",
            "Separator" => "Z",
            "Space_Separator" => "Zs",
            "Line_Separator" => "Zl",
            "Paragraph_Separator" => "Zp",
            "Other" => "C",
            "Control" or "cntrl" => "Cc",
            "Format" => "Cf",
            "Surrogate" => "Cs",
            "Private_Use" => "Co",
            "Unassigned" => "Cn",
            _ => value,
        };
    }
}
