using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// <see cref="ValidationRules.CodePointLength"/> counts a surrogate pair once and a lone surrogate
/// once, wherever they sit: before, inside and after the part its vectorized search skips.
/// </summary>
public class CodePointLengthTests
{
    [Fact]
    public void Counts_what_rune_enumeration_counts_wherever_the_surrogates_are()
    {
        var pieces = new[] { "🐲", "\uD83D", "\uDC32", "é", "a" };
        var checkedCount = 0;
        foreach (var before in new[] { 0, 1, 7, 8, 15, 16, 31, 32, 33, 64, 100 })
        {
            foreach (var piece in pieces)
            {
                foreach (var second in pieces)
                {
                    foreach (var after in new[] { 0, 1, 40 })
                    {
                        var value = new string('x', before) + piece + new string('y', after) + second;
                        Assert.True(value.EnumerateRunes().Count() == ValidationRules.CodePointLength(value), Show(value));
                        checkedCount++;
                    }
                }
            }
        }

        Assert.Equal(11 * 5 * 5 * 3, checkedCount);
        Assert.Equal(0, ValidationRules.CodePointLength(string.Empty));
        Assert.Equal(1, ValidationRules.CodePointLength("🐲"));
        Assert.Equal(2, ValidationRules.CodePointLength("\uDC32\uD83D"));
        Assert.Equal(200, ValidationRules.CodePointLength(string.Concat(Enumerable.Repeat("🐲", 200))));
    }

    private static string Show(string value)
        => string.Concat(value.Select(c => c < 128 ? c.ToString() : $"\\u{(int)c:X4}"));
}
