using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The uniqueItems check over a record's list (<see cref="EquatableList{T}"/>) gives the answer of
/// the check over <see cref="IReadOnlyList{T}"/>: for value types, strings (null included), URIs
/// (compared by their text) and other references, up to 64 items and beyond.
/// </summary>
public class FirstDuplicateTests
{
    [Fact]
    public void The_list_overload_agrees_with_the_interface_overload()
    {
        var random = new Random(14);
        var compared = 0;
        var found = 0;
        foreach (var count in new[] { 0, 1, 2, 3, 5, 12, 64, 65, 200 })
        {
            for (var round = 0; round < 40; round++)
            {
                // Few distinct values so duplicates come often, many so they sometimes do not.
                var distinct = round % 2 == 0 ? count + 1 : Math.Max(1, count * 4);
                var numbers = Enumerable.Range(0, count).Select(_ => random.Next(distinct * 3)).ToArray();
                found += Agree(numbers);
                Agree(numbers.Select(n => n % 7 == 0 ? null! : "v" + n).ToArray()); // nulls: only in lists built in code
                Agree(numbers.Select(n => new DateOnly(2000, 1, 1).AddDays(n)).ToArray());
                Agree(numbers.Select(n => n * 0.5).ToArray());
                Agree(numbers.Select(n => new Uri("https://example.com/a" + (n / 2) + (n % 2 == 0 ? "#x" : "#y"))).ToArray());
                Agree(numbers.Select(n => new Uri("HTTPS://example.com/a" + n)).Concat(numbers.Select(n => new Uri("https://example.com/a" + n))).ToArray());
                compared++;
            }
        }

        Assert.Equal(9 * 40, compared);
        Assert.InRange(found, 50, 9 * 40);
    }

    [Fact]
    public void Uris_differing_in_the_fragment_are_not_duplicates()
    {
        var list = EquatableList.Create(new Uri("https://example.com/a#x"), new Uri("https://example.com/a#y"));
        Assert.Equal(-1, ValidationRules.FirstDuplicate(list, out _));
        Assert.Equal(1, ValidationRules.FirstDuplicate(EquatableList.Create("b", "b"), out var first));
        Assert.Equal(0, first);
    }

    /// <summary>1 when the lists have a duplicate, after checking both overloads say the same.</summary>
    private static int Agree<T>(T[] items)
        where T : notnull
    {
        var list = EquatableList.Create(items);
        var expected = ValidationRules.FirstDuplicate((IReadOnlyList<T>)list, out var expectedFirst);
        var actual = ValidationRules.FirstDuplicate(list, out var actualFirst);
        Assert.Equal((expected, expectedFirst), (actual, actualFirst));
        return expected >= 0 ? 1 : 0;
    }
}
