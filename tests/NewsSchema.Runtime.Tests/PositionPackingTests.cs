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

    /// <summary>
    /// Records in a long flow line, and records after a million lines, report their own positions
    /// and their fields' errors where they are (a record's own position is kept whole; a try at
    /// keeping it in 32 bits when it fits put every record after line 1,048,575 of the 100,000-entity
    /// catalog in the table of far positions).
    /// </summary>
    [Fact]
    public void Records_past_column_2046_and_line_a_million_report_where_they_are()
    {
        var pad = new string('x', 3000);
        var wide = "{title: " + pad + ", where: {lat: 1, lon: 999}, points: [{lat: 95, lon: 0}]}\n";
        Assert.Equal(
            new[] { ("points[0].lat", 1, wide.IndexOf("95", StringComparison.Ordinal) + 1), ("where.lon", 1, wide.IndexOf("999", StringComparison.Ordinal) + 1) },
            Errors(wide));
        var wideResult = Checked.ParseYaml(wide, "far.yaml");
        var where = wideResult.Positions!.Find(wideResult.Value!.Where!)!.Value;
        Assert.Equal((1, wide.IndexOf("{lat: 1", StringComparison.Ordinal) + 1), (where.Line, where.Column));
        var point = wideResult.Positions!.Find(wideResult.Value!.Points[0])!.Value;
        Assert.Equal((1, wide.IndexOf("{lat: 95", StringComparison.Ordinal) + 1), (point.Line, point.Column));

        var deep = string.Concat(Enumerable.Repeat("#\n", 1_048_600)) + "title: t\nwhere:\n  lat: 1\n  lon: 999\n";
        Assert.Equal(new[] { ("where.lon", 1_048_604, 8) }, Errors(deep));
        var deepResult = Checked.ParseYaml(deep, "far.yaml");
        var record = deepResult.Positions!.Find(deepResult.Value!)!.Value;
        Assert.Equal((1_048_601, 1), (record.Line, record.Column));
        var deepWhere = deepResult.Positions!.Find(deepResult.Value!.Where!)!.Value;
        Assert.Equal((1_048_603, 3), (deepWhere.Line, deepWhere.Column));
    }

    private static (string Path, int Line, int Column)[] Errors(string yaml)
    {
        var result = Checked.ParseYaml(yaml, "far.yaml");
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        return result.Value!.Validate(result.Positions).Errors.Select(e => (e.Path, e.Line, e.Column)).ToArray();
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
