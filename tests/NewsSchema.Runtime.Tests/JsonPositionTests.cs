using NewsSchema.Tests.Family;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>Validation errors on JSON data carry file, line and column, as they do for YAML.</summary>
public class JsonPositionTests
{
    [Fact]
    public void A_validation_error_in_json_points_at_the_value()
    {
        const string json = """
            {
              "id": "a",
              "title": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
              "points": [ { "lat": 10, "lon": 1 }, { "lat": 91, "lon": 2 } ]
            }

            """;
        var result = Sample.ParseJson(json, "s.json");
        Assert.True(result.IsSuccess);
        var errors = result.Value!.Validate(result.Positions).Errors;
        Assert.Collection(
            errors,
            e => Assert.Equal(("max-length", "title", "s.json", 3, 12), (e.Code, e.Path, e.Source, e.Line, e.Column)),
            e => Assert.Equal(("maximum", "points[1].lat", "s.json", 4, 49), (e.Code, e.Path, e.Source, e.Line, e.Column)));
    }

    [Fact]
    public void A_json_catalog_keeps_positions_for_references_and_duplicate_ids()
    {
        const string json = """
            { "parties": [
              { "type": "human", "id": "ann", "name": "Ann", "employer": "nobody" },
              { "type": "club", "id": "ann", "name": "Ann's club" }
            ] }

            """;
        var result = TestCatalog.ParseJson(json, "c.json");
        Assert.True(result.IsSuccess);
        var errors = result.Value!.Validate().Errors;
        Assert.Collection(
            errors,
            e => Assert.Equal(("unresolved-reference", "parties[0].employer", "c.json", 2, 62), (e.Code, e.Path, e.Source, e.Line, e.Column)),
            e => Assert.Equal(("duplicate-id", "parties[1].id", "c.json", 3, 27), (e.Code, e.Path, e.Source, e.Line, e.Column)));
    }

    [Fact]
    public void Plain_ascii_json_resolves_positions_as_the_walk_of_the_text_does()
    {
        // ASCII without a CR takes the per-offset resolution (line starts and a binary search); a CR or a
        // non-ASCII character anywhere takes the ordered walk. The same values on the same lines and columns
        // must give the same positions either way, on many lines and on one.
        var lines = new System.Collections.Generic.List<string> { "[" };
        for (var i = 0; i < 40; i++)
        {
            var pad = new string(' ', i % 7);
            lines.Add($"  {{ \"id\": \"s{i}\", \"title\": \"t{i}\",{pad} \"points\": [ {{ \"lat\": {(i % 3 == 0 ? 95 : 1)}, \"lon\": 1 }},");
            lines.Add($"    {pad}{{ \"lat\": 1, \"lon\": {(i % 4 == 0 ? 200 : 2)} }} ] }}{(i < 39 ? "," : string.Empty)}");
        }

        lines.Add("]");
        var plain = string.Join("\n", lines);
        var crlf = plain.Replace("\n", "\r\n");
        var nonAscii = plain.Replace("\"t0\"", "\"\u00e90\"").Replace("\"t39\"", "\"t\u00e99\""); // as many UTF-16 units
        var oneLine = plain.Replace("\n", " ");
        var oneLineNonAscii = nonAscii.Replace("\n", " ");

        var expected = Errors(plain);
        Assert.Equal(24, expected.Count);
        Assert.Equal(("maximum", "[0].points[0].lat", 2, 53), expected[0]);
        Assert.Equal(("maximum", "[0].points[1].lon", 3, 24), expected[1]);
        Assert.Equal(expected, Errors(crlf));
        Assert.Equal(expected, Errors(nonAscii));
        Assert.Equal(Errors(oneLine), Errors(oneLineNonAscii));
        Assert.Equal(("maximum", "[0].points[0].lat", 1, 55), Errors(oneLine)[0]);

        static System.Collections.Generic.List<(string, string, int, int)> Errors(string json)
        {
            var result = Sample.ParseJsonList(json, "p.json");
            Assert.True(result.IsSuccess);
            var found = new System.Collections.Generic.List<(string, string, int, int)>();
            for (var i = 0; i < result.Value!.Count; i++)
            {
                foreach (var e in result.Value[i].Validate(result.Positions).Errors)
                {
                    found.Add((e.Code, $"[{i}].{e.Path}", e.Line, e.Column));
                }
            }

            return found;
        }
    }
}
