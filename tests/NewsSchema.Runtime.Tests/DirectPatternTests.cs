using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// Simple patterns (one ASCII class between the anchors, or runs of one class joined by single
/// characters of a disjoint one, as the default id pattern) are checked without the regular
/// expression engine. The direct check must give the regex's verdict on every value: these tests
/// compare the two on every string of up to 3 characters over an alphabet that has characters in
/// each class, in none, at the edges of the ranges, a line feed (which .NET's <c>$</c> would
/// accept before), non-ASCII letters and surrogate halves, and on every string of 4 characters
/// over the pattern's own characters, a line feed, a non-ASCII letter and a surrogate half.
/// </summary>
public class DirectPatternTests
{
    /// <summary>Patterns the direct check takes.</summary>
    public static TheoryData<string> Direct => new()
    {
        "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$",
        "^[A-Z]{2}$",
        "^[A-Z]{2,3}$",
        "^[A-Z]{1,}$",
        "^[a-z]*$",
        "^[a-z]?$",
        "^[a-z]$",
        "^[0-9]+$",
        "^\\d{3}$",
        "^\\w+$",
        "^[-a-c]+$",
        "^[a-c-]+$",
        "^[a-c_-]*$",
        "^[a^]+$",
        "^[a-c.$]+$",
        "^\\d+(?:[:]\\d+)*$",
        "^[A-Z]+(?:[ ][A-Z]+)*$",
        "^[a-z]{0}$",
    };

    /// <summary>Patterns that stay with the regular expression (the forms differ in meaning or are not plain).</summary>
    public static TheoryData<string> NotDirect => new()
    {
        "^[a-z]+",
        "[a-z]+$",
        "^[^a-z]+$",
        "^[a-z]+?$",
        "^[a-z]{2}?$",
        "^[a-z]+(?:[a-z0-9][a-z]+)*$",
        "^[a-z]+(?:[-][a-y]+)*$",
        "^[a-z]+(?:[-][a-z]+)+$",
        "^[a-c-e]+$",
        "^[\\d]+$",
        "^[a\\]]+$",
        "^[é]+$",
        "^\\s+$",
        "^.+$",
        "^a+$",
        "^[a-z]{,3}$",
        "^[a-z]{2,3,4}$",
        "^(?:[a-z])+$",
        "^[a-z]+|[0-9]+$",
        "^[--a]+$",
    };

    [Theory]
    [MemberData(nameof(Direct))]
    public void A_simple_pattern_is_checked_directly_with_the_regex_verdict_on_every_short_string(string pattern)
    {
        var regex = ValidationRules.CreateRegex(pattern);
        Assert.True(ValidationRules.IsCheckedDirectly(regex), pattern + " should be checked directly");
        var alphabet = Alphabet(pattern);
        var compared = 0;
        var matched = 0;
        foreach (var value in Strings(alphabet, maxLength: 3).Concat(Strings(Core(pattern), maxLength: 4)))
        {
            var expected = regex.IsMatch(value);
            var problem = ValidationRules.CheckPattern(regex, value);
            Assert.True(expected == (problem is null), $"{pattern} on '{Escape(value)}': regex says {expected}, direct check says {problem is null}");
            compared++;
            matched += expected ? 1 : 0;
        }

        // The alphabet reaches both verdicts (a check that said no to everything would not pass).
        Assert.True(matched > 0 && matched < compared, $"{pattern}: {matched} of {compared} matched");
    }

    [Theory]
    [MemberData(nameof(NotDirect))]
    public void Other_patterns_stay_with_the_regex(string pattern)
        => Assert.False(ValidationRules.IsCheckedDirectly(ValidationRules.CreateRegex(pattern)), pattern);

    [Fact]
    public void A_long_id_gets_the_regex_verdict()
    {
        var regex = ValidationRules.CreateRegex("^[a-z0-9]+(?:[-_.][a-z0-9]+)*$");
        var values = new[]
        {
            new string('a', 10_000), new string('a', 10_000) + "-", "-" + new string('a', 10_000),
            string.Join("-", new string[2_000]).Replace("-", "a-", StringComparison.Ordinal) + "a",
            string.Join("-", new string[2_000]).Replace("-", "a--", StringComparison.Ordinal) + "a",
            "meeting-0001", "meeting-0001\n", "Meeting-0001", "meeting_0001.b", "a.b-c_d", "a..b", "a-_b",
        };
        foreach (var value in values)
        {
            Assert.Equal(regex.IsMatch(value), ValidationRules.CheckPattern(regex, value) is null);
        }
    }

    [Fact]
    public void A_failed_direct_check_gives_the_regex_message()
    {
        var regex = ValidationRules.CreateRegex("^[A-Z]{2}$");
        Assert.Equal("must match the pattern '^[A-Z]{2}$', but is 'USA'", ValidationRules.CheckPattern(regex, "USA"));
        Assert.Null(ValidationRules.CheckPattern(regex, "US"));
    }

    /// <summary>Every character the pattern names, its neighbours, and characters in no class.</summary>
    private static char[] Alphabet(string pattern)
    {
        var set = new SortedSet<char> { '\n', ' ', 'é', '\uD83D', '\uDC32', '~', '\u007F' };
        foreach (var c in pattern)
        {
            if (c is >= ' ' and <= '~')
            {
                set.Add(c);
                set.Add((char)(c - 1));
                set.Add((char)(c + 1));
            }
        }

        // What \d and \w stand for, and their edges.
        foreach (var c in "0/:9aAzZ_`{@[")
        {
            set.Add(c);
        }

        return set.ToArray();
    }

    /// <summary>The pattern's own characters and three in no class: for the longer strings.</summary>
    private static char[] Core(string pattern)
        => pattern.Where(c => c is >= ' ' and <= '~').Concat("\né\uD83D").Distinct().ToArray();

    private static IEnumerable<string> Strings(char[] alphabet, int maxLength)
    {
        yield return string.Empty;
        var current = new List<string> { string.Empty };
        for (var length = 1; length <= maxLength; length++)
        {
            var next = new List<string>(current.Count * alphabet.Length);
            foreach (var prefix in current)
            {
                foreach (var c in alphabet)
                {
                    var value = prefix + c;
                    next.Add(value);
                    yield return value;
                }
            }

            current = next;
        }
    }

    private static string Escape(string value)
    {
        var sb = new StringBuilder();
        foreach (var c in value)
        {
            sb.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return sb.ToString();
    }
}
