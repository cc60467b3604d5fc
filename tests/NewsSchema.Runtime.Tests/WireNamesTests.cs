using System;
using System.Collections.Generic;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>An enum's <c>WireNames</c> are the schema's, and no caller can change them (issue 13).</summary>
public class WireNamesTests
{
    [Fact]
    public void WireNames_list_the_wire_names_in_schema_order()
    {
        Assert.Equal(new[] { "red", "deep-blue", "yes" }, ColorExtensions.WireNames);
    }

    [Fact]
    public void WireNames_cannot_be_cast_back_to_an_array_or_changed()
    {
        var names = ColorExtensions.WireNames;
        Assert.Null(names as string[]);
        Assert.Throws<InvalidCastException>(() => (string[])(object)names);

        var list = Assert.IsAssignableFrom<IList<string>>(names);
        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = "blue");
        Assert.Throws<NotSupportedException>(() => list.Add("blue"));
        Assert.Equal("red", ColorExtensions.WireNames[0]);
    }
}
