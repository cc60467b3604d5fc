using System;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

#pragma warning disable CS0618 // Legacy is deprecated: it is only a long value here

namespace NewsSchema.Tests;

/// <summary>
/// A YAML record's field and item positions are kept in 32 bits, relative to the record's own
/// (docs/decisions.md, "Writing speed" and "Positions and JSON from UTF-8"); those that do not fit
/// (far below the record, or past column 1,048,574) are kept whole, and read back the same.
/// </summary>
public class PositionPackingTests
{
    private static (int Line, int Column) Field(ParseResult<Sample> result, string name, int item = -1)
    {
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var positions = result.Positions!.Find(result.Value!)!.Value;
        var index = positions.FieldNames!.ToList().IndexOf(name);
        Assert.True(index >= 0, name);
        return item < 0 ? positions.Field(index) : positions.Item(index, item);
    }

    [Fact]
    public void Positions_near_the_record_and_far_below_it_read_back()
    {
        var lines = string.Concat(Enumerable.Range(0, 3000).Select(i => "  line " + i + "\n"));
        var yaml = "id: s\ntitle: near\ntags:\n  - a\n  - b\nrenamed: |\n" + lines + "legacy: far\nowners:\n  - o1\n  -   o2\n";
        var result = Sample.ParseYaml(yaml, "far.yaml");

        Assert.Equal((2, 8), Field(result, "title"));
        Assert.Equal((5, 5), Field(result, "tags", 1));
        Assert.Equal((3007, 9), Field(result, "legacy"));
        Assert.Equal((3009, 5), Field(result, "owners", 0));
        Assert.Equal((3010, 7), Field(result, "owners", 1));
        Assert.Equal(1, result.Positions!.Find(result.Value!)!.Value.Line);
    }

    [Fact]
    public void Positions_past_a_million_columns_read_back()
    {
        var text = new string('x', 900_000);
        var yaml = "{id: s, title: t, renamed: " + text + ", legacy: " + text + ", tags: [a, b]}\n";
        var result = Sample.ParseYaml(yaml, "wide.yaml");

        var tags = yaml.IndexOf("tags", StringComparison.Ordinal);
        Assert.Equal((1, tags + 7), Field(result, "tags"));
        Assert.Equal((1, tags + 11), Field(result, "tags", 1));
        Assert.Equal((1, yaml.IndexOf("title", StringComparison.Ordinal) + 8), Field(result, "title"));
    }
}
