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
}
