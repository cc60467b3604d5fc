using System.Collections.Generic;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>Lists of lists built in code compare by value with parsed ones (the init accessor converts them deeply).</summary>
public class NestedEqualityTests
{
    [Fact]
    public void A_nested_list_built_from_arrays_equals_the_parsed_one()
    {
        var parsed = Sample.FromYaml("""
            id: a
            title: T
            grid: [[1, 2], [3]]

            """);
        var built = new Sample { Id = new SampleId("a"), Title = "T", Grid = new[] { new[] { 1, 2 }, new[] { 3 } } };
        Assert.Equal(parsed, built);
        Assert.Equal(parsed.GetHashCode(), built.GetHashCode());
        Assert.NotEqual(parsed, built with { Grid = new[] { new[] { 1, 2 }, new[] { 4 } } });
    }

    [Fact]
    public void Equatable_collections_are_kept_as_they_are()
    {
        var parsed = Sample.FromYaml("""
            id: a
            title: T
            grid: [[1, 2]]

            """);
        var copy = parsed with { Title = "U" };
        Assert.Same(parsed.Grid, copy.Grid);
        Assert.Same(parsed.Grid[0], copy.Grid[0]);
    }

    [Fact]
    public void Deep_conversion_copies_only_when_needed()
    {
        IReadOnlyList<int> inner = EquatableList.Create(1, 2);
        var outer = EquatableList.Create(inner);
        Assert.Same(outer, EquatableList.Deep<IReadOnlyList<int>>(outer, x => EquatableList.From(x)));
        var mixed = EquatableList.Create<IReadOnlyList<int>>(new[] { 1, 2 });
        var converted = EquatableList.Deep<IReadOnlyList<int>>(mixed, x => EquatableList.From(x));
        Assert.NotSame(mixed, converted);
        Assert.IsType<EquatableList<int>>(converted[0]);
    }
}
