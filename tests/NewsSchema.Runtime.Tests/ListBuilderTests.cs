using System.Linq;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>The pooled builder behind every parsed list gives exactly the items added, in order.</summary>
public class ListBuilderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(25)]
    [InlineData(1000)]
    public void The_finished_list_holds_the_items_added_and_the_builder_starts_over(int count)
    {
        var builder = new ListBuilder<string>();
        for (var i = 0; i < count; i++)
        {
            builder.Add("item " + i);
        }

        Assert.Equal(count, builder.Count);
        var list = builder.ToList();
        Assert.Equal(Enumerable.Range(0, count).Select(i => "item " + i), list);
        Assert.Equal(count, list.Count);
        Assert.Equal(0, builder.Count);
        Assert.Empty(builder.ToList());
        if (count == 0)
        {
            Assert.Same(EquatableList<string>.Empty, list);
        }
    }
}
