using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSchema;

/// <summary>The checks behind the generated validators (JSON Schema 2020-12 meanings).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValidationRules
{
    /// <summary>How long a backtracking pattern may run on one value before it counts as failed.</summary>
    public static TimeSpan PatternTimeout { get; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Compiles a schema pattern once: with the non-backtracking engine (linear time, so no
    /// hostile string can hang it), or, for constructs it lacks (lookarounds, backreferences),
    /// with a match timeout.
    /// </summary>
    public static Regex CreateRegex(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, PatternTimeout);
        }
    }

    /// <summary>Null when <paramref name="value"/> matches somewhere; otherwise the message (also for a timeout).</summary>
    public static string? CheckPattern(Regex regex, string value)
    {
        try
        {
            return regex.IsMatch(value) ? null : $"must match the pattern '{regex}'";
        }
        catch (RegexMatchTimeoutException)
        {
            return $"matching the pattern '{regex}' took longer than {PatternTimeout.TotalMilliseconds:0} ms; the value is treated as not matching";
        }
    }

    /// <summary>Length in Unicode code points (a surrogate pair counts once), as JSON Schema counts.</summary>
    public static int CodePointLength(string value)
    {
        var length = value.Length;
        for (var i = 0; i < value.Length - 1; i++)
        {
            if (char.IsHighSurrogate(value[i]) && char.IsLowSurrogate(value[i + 1]))
            {
                length--;
                i++;
            }
        }

        return length;
    }

    /// <summary>Index of the first item equal to an earlier one, or -1 (no allocation for up to 64 items).</summary>
    public static int FirstDuplicate<T>(IReadOnlyList<T> items, out int firstIndex)
        where T : notnull
    {
        var comparer = EqualityComparer<T>.Default;
        if (items.Count <= 64)
        {
            for (var i = 1; i < items.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(items[i], items[j]))
                    {
                        firstIndex = j;
                        return i;
                    }
                }
            }

            firstIndex = -1;
            return -1;
        }

        var seen = new Dictionary<T, int>(items.Count, comparer!);
        for (var i = 0; i < items.Count; i++)
        {
            if (seen.TryGetValue(items[i], out var j))
            {
                firstIndex = j;
                return i;
            }

            seen.Add(items[i], i);
        }

        firstIndex = -1;
        return -1;
    }

    /// <summary>Invariant text of a value for messages.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a value for messages.</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a bound for messages.</summary>
    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a bound for messages.</summary>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Invariant text of a bound for messages.</summary>
    public static string Text(DateOnly value) => Serialization.ScalarParsers.Format(value);

    /// <summary>Invariant text of a bound for messages.</summary>
    public static string Text(DateTimeOffset value) => Serialization.ScalarParsers.Format(value);
}
