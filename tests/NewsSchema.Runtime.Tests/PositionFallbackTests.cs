using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// Positions are kept in parse order and validation finds each record at a cursor; records met
/// out of that order are found by a lookup, and records that were never parsed validate without
/// positions (docs/decisions.md, "Positions and JSON from UTF-8").
/// </summary>
public class PositionFallbackTests
{
    private const string Yaml = """
        id: s
        title: ok
        points:
          - { lat: 91, lon: 0 }
          - lat: 0
            lon: 0
          - lat: 92
            lon: 0

        """;

    private const string Json = """
        {
          "id": "s",
          "title": "ok",
          "points": [ { "lat": 91, "lon": 0 },
            { "lat": 0, "lon": 0 }, { "lat": 92, "lon": 0 } ]
        }

        """;

    [Theory]
    [InlineData(false, 4, 12, 7, 10)]
    [InlineData(true, 4, 24, 5, 38)]
    public void Records_validated_out_of_parse_order_keep_their_positions(bool json, int firstLine, int firstColumn, int lastLine, int lastColumn)
    {
        var parsed = json ? Sample.ParseJson(Json, "s.data") : Sample.ParseYaml(Yaml, "s.data");
        var sample = ValidationAssert.Parsed(parsed);

        // The last point first, then the first, then the whole record: every lookup leaves the parse order.
        var last = Assert.Single(sample.Points[2].Validate(parsed.Positions).Errors);
        Assert.Equal(("maximum", "lat", "s.data", lastLine, lastColumn), (last.Code, last.Path, last.Source, last.Line, last.Column));
        var first = Assert.Single(sample.Points[0].Validate(parsed.Positions).Errors);
        Assert.Equal(("maximum", "lat", "s.data", firstLine, firstColumn), (first.Code, first.Path, first.Source, first.Line, first.Column));
        Assert.Collection(
            sample.Validate(parsed.Positions).Errors,
            e => Assert.Equal(("points[0].lat", firstLine, firstColumn), (e.Path, e.Line, e.Column)),
            e => Assert.Equal(("points[2].lat", lastLine, lastColumn), (e.Path, e.Line, e.Column)));
    }

    [Theory]
    [InlineData(false, 4, 12, 7, 10)]
    [InlineData(true, 4, 24, 5, 38)]
    public void A_with_copy_validates_without_its_own_positions_but_keeps_those_of_the_records_it_shares(bool json, int firstLine, int firstColumn, int lastLine, int lastColumn)
    {
        var parsed = json ? Sample.ParseJson(Json, "s.data") : Sample.ParseYaml(Yaml, "s.data");
        var copy = ValidationAssert.Parsed(parsed) with { Title = new string('x', 81) };

        Assert.Collection(
            copy.Validate(parsed.Positions).Errors,
            e => Assert.Equal(("max-length", "title", (string?)null, 0, 0), (e.Code, e.Path, e.Source, e.Line, e.Column)),
            e => Assert.Equal(("points[0].lat", "s.data", firstLine, firstColumn), (e.Path, e.Source, e.Line, e.Column)),
            e => Assert.Equal(("points[2].lat", "s.data", lastLine, lastColumn), (e.Path, e.Source, e.Line, e.Column)));
    }

    [Theory]
    [InlineData(false, 4, 12, 7, 10)]
    [InlineData(true, 4, 24, 5, 38)]
    public void A_record_built_in_code_inside_a_parsed_list_validates_without_positions(bool json, int firstLine, int firstColumn, int lastLine, int lastColumn)
    {
        var parsed = json ? Sample.ParseJson(Json, "s.data") : Sample.ParseYaml(Yaml, "s.data");
        var sample = ValidationAssert.Parsed(parsed);
        var mixed = sample with { Points = [sample.Points[0], new Point { Lat = 95, Lon = 0 }, sample.Points[2]] };

        // The list belongs to the copy, which has no positions: the built point's error has none, the parsed points keep theirs.
        Assert.Collection(
            mixed.Validate(parsed.Positions).Errors,
            e => Assert.Equal(("points[0].lat", "s.data", firstLine, firstColumn), (e.Path, e.Source, e.Line, e.Column)),
            e => Assert.Equal(("points[1].lat", (string?)null, 0, 0), (e.Path, e.Source, e.Line, e.Column)),
            e => Assert.Equal(("points[2].lat", "s.data", lastLine, lastColumn), (e.Path, e.Source, e.Line, e.Column)));
    }

    [Fact]
    public void Positions_count_the_records_of_the_parse()
    {
        var parsed = Sample.ParseJson(Json, "s.data");
        Assert.Equal(4, parsed.Positions!.Count);
        Assert.Null(parsed.Positions.Find(new Point { Lat = 0, Lon = 0 }));
        Assert.Null(Sample.ParseJson(Json, "s.data", new ParseOptions { TrackPositions = false }).Positions);
    }

    [Theory]
    [InlineData(false, "\n")]
    [InlineData(true, "\n")]
    [InlineData(true, "\r\n")]
    public void Positions_of_a_large_document_stay_right_past_the_first_chunk_of_the_arena(bool json, string newline)
    {
        // 5,000 points: 15,000 record and field slots and 10,000 item entries, beyond the 8,192 of one chunk.
        var points = Enumerable.Range(0, 5000).Select(i => i == 4321 ? 95 : i % 90).ToArray();
        var text = json
            ? "{ \"id\": \"s\", \"title\": \"ok\", \"points\": [" + newline + string.Join("," + newline, points.Select(p => $"  {{ \"lat\": {p}, \"lon\": 0 }}")) + newline + "] }"
            : "id: s" + newline + "title: ok" + newline + "points:" + newline + string.Concat(points.Select(p => $"  - {{ lat: {p}, lon: 0 }}{newline}"));
        var parsed = json ? Sample.ParseJson(text, "big") : Sample.ParseYaml(text, "big");
        var sample = ValidationAssert.Parsed(parsed);

        var error = Assert.Single(sample.Validate(parsed.Positions).Errors);
        Assert.Equal(("points[4321].lat", 4321 + (json ? 2 : 4), 12), (error.Path, error.Line, error.Column));
        var alone = Assert.Single(sample.Points[4321].Validate(parsed.Positions).Errors);
        Assert.Equal((error.Line, error.Column), (alone.Line, alone.Column));
    }
}
