using System;
using System.Collections.Generic;

namespace NewsSchema.Generator.Parsing;

/// <summary>"Did you mean" suggestions for misspelt keys and type names.</summary>
internal static class Suggestions
{
    private const int MaxWordLength = 64;

    /// <summary>
    /// The closest candidate to <paramref name="word"/>: a case-insensitive equal one first, else the one
    /// with the smallest Damerau-Levenshtein (optimal string alignment) distance, if that distance is at
    /// most max(1, length/3). Null when nothing is close.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        if (string.IsNullOrEmpty(word) || word.Length > MaxWordLength)
        {
            return null;
        }

        var threshold = Math.Max(1, word.Length / 3);
        var lowerWord = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            if (Math.Abs(candidate.Length - word.Length) > threshold)
            {
                continue;
            }

            var distance = Distance(lowerWord, candidate.ToLowerInvariant());
            if (distance <= threshold && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>". Did you mean 'x'?" (to follow a message that has no final period) or an empty string.</summary>
    public static string Sentence(string word, IEnumerable<string> candidates)
    {
        var closest = Closest(word, candidates);
        return closest is null ? string.Empty : ". Did you mean '" + closest + "'?";
    }

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
