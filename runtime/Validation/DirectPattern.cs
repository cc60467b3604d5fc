namespace NewsSchema;

/// <summary>
/// A schema pattern simple enough to be checked without a regular expression engine, with exactly
/// the meaning of the ECMA-262 pattern: one character class between the anchors, repeated
/// (<c>^[A-Z]{2}$</c>, <c>^[a-z0-9_]+$</c>, <c>^\d{4}$</c>), or runs of one class separated by
/// single characters of another, disjoint one (<c>^[a-z0-9]+(?:[-_.][a-z0-9]+)*$</c>, the default
/// id pattern). Any other pattern, and any class that is not a plain list of printable ASCII
/// characters and ranges, goes to the regular expression. <see cref="TryCreate"/> reads the
/// pattern once, when the field's regex is created.
/// </summary>
/// <remarks>
/// Why the meaning is the same. The classes hold ASCII characters only, so a value with any other
/// UTF-16 unit (a surrogate half included) fails both checks, as it fails the pattern; counting
/// code units or code points is then the same. <c>^</c> and <c>$</c> without flags are the start
/// and the end of the value (EcmaPattern writes <c>$</c> as <c>\z</c>). With one class, the value
/// matches when its length is within the quantifier's bounds and every character is in the class.
/// With runs, A+(?:SA+)* where A and S share no character: every character is in A or S, the first
/// and the last are in A, and no two S are adjacent; since A and S are disjoint, that splits the
/// value in exactly one way into runs of A joined by single S. The runtime tests compare both with
/// the regular expression on every short string over an alphabet that covers each case.
/// </remarks>
internal sealed class DirectPattern
{
    private readonly int _min;
    private readonly int _max;
    private readonly bool _runs;

    // The class and the separators as sets of the 128 ASCII characters, two 64-bit words each.
    private readonly ulong _classLow;
    private readonly ulong _classHigh;
    private readonly ulong _separatorLow;
    private readonly ulong _separatorHigh;

    private DirectPattern(bool[] @class, bool[]? separators, int min, int max)
    {
        _min = min;
        _max = max;
        (_classLow, _classHigh) = Bits(@class);
        if (separators is not null)
        {
            _runs = true;
            (_separatorLow, _separatorHigh) = Bits(separators);
        }
    }

    /// <summary>True when <paramref name="value"/> matches the pattern.</summary>
    public bool IsMatch(string value)
    {
        if (!_runs)
        {
            if (value.Length < _min || value.Length > _max)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (!In(c, _classLow, _classHigh))
                {
                    return false;
                }
            }

            return true;
        }

        // Runs of the class joined by single separators: starts and ends in the class, no two separators side by side.
        var afterSeparator = true;
        foreach (var c in value)
        {
            if (In(c, _classLow, _classHigh))
            {
                afterSeparator = false;
            }
            else if (!afterSeparator && In(c, _separatorLow, _separatorHigh))
            {
                afterSeparator = true;
            }
            else
            {
                return false;
            }
        }

        return !afterSeparator;
    }

    /// <summary>The direct check for an ECMA-262 <paramref name="pattern"/> of one of the two forms, or null.</summary>
    public static DirectPattern? TryCreate(string pattern)
    {
        if (pattern.Length < 4 || pattern[0] != '^' || pattern[pattern.Length - 1] != '$')
        {
            return null;
        }

        // The body: between the anchors.
        var end = pattern.Length - 1;
        var i = 1;
        if (!ReadClass(pattern, end, ref i, out var first))
        {
            return null;
        }

        if (At(pattern, end, i, "+(?:"))
        {
            // ^A+(?:SA+)*$
            i += 4;
            if (!ReadClass(pattern, end, ref i, out var separators) || !ReadClass(pattern, end, ref i, out var again)
                || i + 3 != end || !At(pattern, end, i, "+)*") || !Same(first, again) || Overlap(first, separators))
            {
                return null;
            }

            return new DirectPattern(first, separators, 1, int.MaxValue);
        }

        return ReadQuantifier(pattern.Substring(i, end - i), out var min, out var max) ? new DirectPattern(first, null, min, max) : null;
    }

    /// <summary>
    /// Reads <c>\d</c>, <c>\w</c> or a bracketed class of printable ASCII characters and ranges
    /// (no escapes, no negation, no nested bracket; a <c>-</c> only first, last or between the
    /// two ends of a range) at <paramref name="i"/>, before <paramref name="end"/>, into a set of
    /// the 128 ASCII characters.
    /// </summary>
    private static bool ReadClass(string p, int end, ref int i, out bool[] set)
    {
        set = new bool[128];
        if (i + 1 < end && p[i] == '\\' && (p[i + 1] == 'd' || p[i + 1] == 'w'))
        {
            AddRange(set, '0', '9');
            if (p[i + 1] == 'w')
            {
                AddRange(set, 'A', 'Z');
                AddRange(set, 'a', 'z');
                set['_'] = true;
            }

            i += 2;
            return true;
        }

        if (i >= end || p[i] != '[')
        {
            return false;
        }

        var open = i + 1;
        var j = open;
        if (j < end && (p[j] == '^' || p[j] == ']'))
        {
            return false;
        }

        while (j < end && p[j] != ']')
        {
            var c = p[j];
            if (!Plain(c))
            {
                return false;
            }

            var isRange = c != '-' && j + 2 < end && p[j + 1] == '-' && p[j + 2] != ']';
            if (!isRange)
            {
                if (c == '-' && j != open && (j + 1 >= end || p[j + 1] != ']'))
                {
                    // A '-' in the middle that is not part of a range.
                    return false;
                }

                set[c] = true;
                j++;
                continue;
            }

            var high = p[j + 2];
            if (!Plain(high) || high == '-' || high < c || (j + 3 < end && p[j + 3] == '-' && (j + 4 >= end || p[j + 4] != ']')))
            {
                // Not a plain range, or a range followed by a '-' that is not the last character.
                return false;
            }

            AddRange(set, c, high);
            j += 3;
        }

        if (j >= end)
        {
            return false;
        }

        i = j + 1;
        return true;
    }

    /// <summary>Nothing, <c>?</c>, <c>*</c>, <c>+</c>, <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>, and nothing after it.</summary>
    private static bool ReadQuantifier(string q, out int min, out int max)
    {
        (min, max) = q switch
        {
            "" => (1, 1),
            "?" => (0, 1),
            "*" => (0, int.MaxValue),
            "+" => (1, int.MaxValue),
            _ => (-1, -1),
        };
        if (min >= 0)
        {
            return true;
        }

        if (q.Length < 3 || q[0] != '{' || q[q.Length - 1] != '}')
        {
            return false;
        }

        var inside = q.Substring(1, q.Length - 2);
        var comma = inside.IndexOf(',');
        if (!Digits(comma < 0 ? inside : inside.Substring(0, comma), out min))
        {
            return false;
        }

        if (comma < 0)
        {
            max = min;
            return true;
        }

        var high = inside.Substring(comma + 1);
        if (high.Length == 0)
        {
            max = int.MaxValue;
            return true;
        }

        return Digits(high, out max) && min <= max;
    }

    private static bool Digits(string text, out int value)
    {
        value = 0;
        if (text.Length == 0 || text.Length > 9)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool At(string p, int end, int i, string text)
        => i + text.Length <= end && string.CompareOrdinal(p, i, text, 0, text.Length) == 0;

    /// <summary>A printable ASCII character that means itself in a class of both dialects.</summary>
    private static bool Plain(char c) => c >= ' ' && c <= '~' && c != '\\' && c != '[' && c != ']';

    private static bool In(char c, ulong low, ulong high)
        => c < 64 ? ((low >> c) & 1) != 0 : c < 128 && ((high >> (c - 64)) & 1) != 0;

    private static void AddRange(bool[] set, char low, char high)
    {
        for (var c = low; c <= high; c++)
        {
            set[c] = true;
        }
    }

    private static bool Same(bool[] a, bool[] b)
    {
        for (var c = 0; c < 128; c++)
        {
            if (a[c] != b[c])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Overlap(bool[] a, bool[] b)
    {
        for (var c = 0; c < 128; c++)
        {
            if (a[c] && b[c])
            {
                return true;
            }
        }

        return false;
    }

    private static (ulong Low, ulong High) Bits(bool[] set)
    {
        ulong low = 0, high = 0;
        for (var c = 0; c < 64; c++)
        {
            low |= set[c] ? 1UL << c : 0;
            high |= set[c + 64] ? 1UL << c : 0;
        }

        return (low, high);
    }
}
