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

        return best ?? Related(word, candidates);
    }

    /// <summary>Words people write for a word of the schema language: <c>integer</c> for <c>int</c>, <c>enumeration</c> for <c>enum</c>.</summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["number"] = "double",
        ["float"] = "double",
        ["real"] = "double",
        ["text"] = "string",
        ["str"] = "string",
        ["timestamp"] = "datetime",
        ["url"] = "uri",
        ["array"] = "list",
        ["sequence"] = "list",
        ["dictionary"] = "map",
        ["dict"] = "map",
        ["object"] = "record",
        ["struct"] = "record",
        ["class"] = "record",
        ["yes"] = "true",
        ["no"] = "false",
        ["enumeration"] = "enum",
        ["inherits"] = "extends",
        ["base"] = "extends",
        ["optional"] = "required",
    };

    /// <summary>
    /// A candidate that is far by edits but plainly meant: a known synonym (<c>number</c> for
    /// <c>double</c>), a plural (<c>entities</c> for <c>entity</c>), or a word of at least three letters that starts the other
    /// (<c>integer</c> for <c>int</c>, <c>enumeration</c> for <c>enum</c>); the longest such candidate.
    /// </summary>
    private static string? Related(string word, IEnumerable<string> candidates)
    {
        if (!Synonyms.TryGetValue(word, out var synonym))
        {
            // A plural for a singular word: 'entities' for 'entity', 'records' for 'record'.
            synonym = word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 3) + "y"
                : word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 1)
                : null;
        }
        string? best = null;
        foreach (var candidate in candidates)
        {
            if (synonym is not null && string.Equals(candidate, synonym, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var shorter = candidate.Length <= word.Length ? candidate : word;
            var longer = candidate.Length <= word.Length ? word : candidate;
            if (shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && (best is null || candidate.Length > best.Length))
            {
                best = candidate;
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
