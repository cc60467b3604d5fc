using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsSchema.Generated;

/// <summary>The checks behind the generated validators (JSON Schema 2020-12 meanings).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static partial class ValidationRules
{
    /// <summary>How long a backtracking pattern may run on one value before it counts as failed.</summary>
    public static TimeSpan PatternTimeout { get; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Compiles a schema pattern once: with the non-backtracking engine (linear time, so no
    /// hostile string can hang it), or, for constructs it lacks (lookarounds, backreferences),
    /// with a match timeout.
    /// </summary>
    /// The pattern is ECMA-262, as in JSON Schema: it is translated to .NET first
    /// (<c>$</c> is the end of the text, <c>\d</c> is ASCII, ...; see <see cref="EcmaPattern"/>).
    public static Regex CreateRegex(string pattern)
    {
        var dotNet = EcmaPattern.ToDotNet(pattern);
        try
        {
            return new SchemaRegex(pattern, dotNet, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, Regex.InfiniteMatchTimeout);
        }
        catch (NotSupportedException)
        {
            return new SchemaRegex(pattern, dotNet, RegexOptions.CultureInvariant, PatternTimeout);
        }
    }

    /// <summary>
    /// A compiled schema pattern that shows (in messages) the pattern as the schema wrote it, and
    /// holds the direct check of a simple pattern (see <see cref="DirectPattern"/>), which
    /// <see cref="CheckPattern"/> uses instead of the regular expression.
    /// </summary>
    private sealed class SchemaRegex : Regex
    {
        private readonly string _source;

        public SchemaRegex(string source, string dotNet, RegexOptions options, TimeSpan timeout)
            : base(dotNet, options, timeout)
        {
            _source = source;
            Direct = DirectPattern.TryCreate(source);
        }

        public DirectPattern? Direct { get; }

        public override string ToString() => _source;
    }

    /// <summary>
    /// True when <see cref="CheckPattern"/> checks <paramref name="regex"/> (made by <see cref="CreateRegex"/>)
    /// without the regular expression engine, with the same meaning (for tests and diagnosis).
    /// </summary>
    public static bool IsCheckedDirectly(Regex regex) => regex is SchemaRegex { Direct: not null };

    /// <summary>Null when <paramref name="value"/> matches somewhere; otherwise the message (also for a timeout).</summary>
    public static string? CheckPattern(Regex regex, string value)
    {
        try
        {
            var matches = regex is SchemaRegex { Direct: { } direct } ? direct.IsMatch(value) : regex.IsMatch(value);
            return matches ? null : $"must match the pattern '{regex}', but is {Quote(value)}";
        }
        catch (RegexMatchTimeoutException)
        {
            return string.Create(CultureInfo.InvariantCulture, $"matching the pattern '{regex}' took longer than {regex.MatchTimeout.TotalMilliseconds:0} ms; the value {Quote(value)} is treated as not matching");
        }
    }

    /// <summary>A value quoted for a message; long values are cut, with their length.</summary>
    private static string Quote(string value)
    {
        const int Shown = 60;
        if (value.Length <= Shown)
        {
            return "'" + value + "'";
        }

        var cut = char.IsHighSurrogate(value[Shown - 1]) ? Shown - 1 : Shown;
        return string.Create(CultureInfo.InvariantCulture, $"'{value.Substring(0, cut)}…' ({value.Length} characters)");
    }

    /// <summary>Length in Unicode code points (a surrogate pair counts once), as JSON Schema counts.</summary>
    public static int CodePointLength(string value)
    {
#if NET8_0_OR_GREATER
        // Most text is ASCII, so it has no surrogate: one vectorized check, and the length is the
        // count of UTF-16 units. (Not the generic IndexOfAnyInRange: until tiered compilation
        // optimizes it, its unoptimized code boxes, and valid data must allocate nothing.)
        if (System.Text.Ascii.IsValid(value.AsSpan()))
        {
            return value.Length;
        }
#endif

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
        var comparer = ValueEquality.Comparer<T>();
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
        var firstNull = -1;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                // Only in lists built in code; a dictionary takes no null key.
                if (firstNull >= 0)
                {
                    firstIndex = firstNull;
                    return i;
                }

                firstNull = i;
                continue;
            }

            if (seen.TryGetValue(item, out var j))
            {
                firstIndex = j;
                return i;
            }

            seen.Add(item, i);
        }

        firstIndex = -1;
        return -1;
    }

    /// <summary>
    /// Every item equal to an earlier one, with the index of the first equal item, in list order
    /// (so each duplicate is reported, not only the first). Called only when
    /// <see cref="FirstDuplicate{T}(IReadOnlyList{T}, out int)"/> found one, so valid data never gets here.
    /// </summary>
    public static IReadOnlyList<(int Index, int FirstIndex)> Duplicates<T>(IReadOnlyList<T> items)
        where T : notnull
    {
        var found = new List<(int Index, int FirstIndex)>();
        var seen = new Dictionary<T, int>(items.Count, ValueEquality.Comparer<T>()!);
        var firstNull = -1;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is null)
            {
                if (firstNull >= 0)
                {
                    found.Add((i, firstNull));
                }
                else
                {
                    firstNull = i;
                }
            }
            else if (seen.TryGetValue(item, out var j))
            {
                found.Add((i, j));
            }
            else
            {
                seen.Add(item, i);
            }
        }

        return found;
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
    public static string Text(DateOnly value) => ScalarParsers.Format(value);

    /// <summary>Invariant text of a bound for messages.</summary>
    public static string Text(DateTimeOffset value) => ScalarParsers.Format(value);
}
