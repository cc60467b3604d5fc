using System.Collections.Generic;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The generated length checks count code points (ValidationRules.CodePointLength, which skips
/// text without surrogates in one vectorized search). On every mix of one-unit and two-unit
/// characters around the bounds, the verdict and the count in the message are those of the code
/// points (Checked.name: minLength 3, maxLength 10; Checked.tags items: maxLength 5).
/// </summary>
public class LengthBoundTests
{
    [Fact]
    public void Every_mix_of_pairs_and_single_units_gets_the_code_point_verdict()
    {
        var checkedCount = 0;
        foreach (var value in Mixes(maxCodePoints: 12))
        {
            var codePoints = value.EnumerateRunes().Count();
            var errors = new Checked { Title = "t", Name = value }.Validate().Errors;
            var expected = new List<string>();
            if (codePoints < 3)
            {
                expected.Add($"min-length: must be at least 3 characters long, but has {codePoints}");
            }

            if (codePoints > 10)
            {
                expected.Add($"max-length: must be at most 10 characters long, but has {codePoints}");
            }

            Assert.Equal(expected, errors.Select(e => e.Code + ": " + e.Message));

            var itemErrors = new Checked { Title = "t", Tags = new[] { value } }.Validate().Errors;
            Assert.Equal(codePoints > 5 ? new[] { $"tags[0] max-length: must be at most 5 characters long, but has {codePoints}" } : new string[0], itemErrors.Select(e => e.Path + " " + e.Code + ": " + e.Message));
            checkedCount++;
        }

        Assert.Equal((1 << 13) - 1, checkedCount);
    }

    /// <summary>Every string of 0 to <paramref name="maxCodePoints"/> code points, each 'a' or a surrogate pair.</summary>
    private static IEnumerable<string> Mixes(int maxCodePoints)
    {
        for (var n = 0; n <= maxCodePoints; n++)
        {
            for (var bits = 0; bits < (1 << n); bits++)
            {
                yield return string.Concat(Enumerable.Range(0, n).Select(i => ((bits >> i) & 1) == 0 ? "a" : "🐲"));
            }
        }
    }
}
