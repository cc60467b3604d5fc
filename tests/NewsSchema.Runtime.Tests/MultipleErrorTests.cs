using System.IO;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>Parsers report every error, in document order, and go on after a bad node.</summary>
public class MultipleErrorTests
{
    [Fact]
    public void Yaml_reports_every_mistake_in_document_order()
    {
        var result = Sample.ParseYaml(Read("several-mistakes.yaml"), "several-mistakes.yaml");
        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
        var expected = new (string Code, string Path, int Line, int Column)[]
        {
            (DataErrorCodes.Required, "title", 1, 1),
            (DataErrorCodes.Type, "count", 2, 8),
            (DataErrorCodes.Enum, "color", 3, 8),
            (DataErrorCodes.UnknownField, "titel", 4, 1),
            (DataErrorCodes.UnknownField, "point.alt", 5, 25),
            (DataErrorCodes.UnknownTag, "tags[1]", 6, 11),
            (DataErrorCodes.DuplicateKey, "count", 7, 1),
            (DataErrorCodes.Type, "flag", 8, 7),
            (DataErrorCodes.Type, "scores.b", 9, 19),
        };
        Assert.Equal(expected, result.Errors.Select(e => (e.Code, e.Path, e.Line, e.Column)).ToArray());
        Assert.True(result.Errors.Select(e => e.Code).Distinct().Count() >= 4);
        Assert.All(result.Errors, e => Assert.Equal("several-mistakes.yaml", e.Source));
    }

    [Fact]
    public void Json_reports_every_mistake_in_document_order()
    {
        var result = Sample.ParseJson(File.ReadAllBytes(PathOf("several-mistakes.json")), "several-mistakes.json");
        Assert.False(result.IsSuccess);
        var expected = new (string Code, string Path, int Line, int Column)[]
        {
            (DataErrorCodes.Required, "title", 1, 1),
            (DataErrorCodes.Type, "count", 3, 12),
            (DataErrorCodes.Enum, "color", 4, 12),
            (DataErrorCodes.UnknownField, "titel", 5, 3),
            (DataErrorCodes.UnknownField, "point.alt", 6, 33),
            (DataErrorCodes.Type, "tags[1]", 7, 17),
            (DataErrorCodes.DuplicateKey, "count", 8, 3),
            (DataErrorCodes.Type, "flag", 9, 11),
            (DataErrorCodes.Type, "scores.b", 10, 27),
        };
        Assert.Equal(expected, result.Errors.Select(e => (e.Code, e.Path, e.Line, e.Column)).ToArray());
    }

    [Fact]
    public void After_a_bad_node_the_parser_goes_on()
    {
        // A bad list item, a bad nested record and a bad map value: the fields after them are still read.
        var result = Yaml("""
            id: a
            title: T
            grid: [[1, x], {a: 1}, [2]]
            points: [{lat: 1}, [], {lat: 1, lon: 2}]
            count: nope
            level: 9
            mood: rot

            """);
        Assert.Equal(
            "type@grid[0][1],type@grid[1],required@points[0].lon,type@points[1],type@count,enum@mood",
            string.Join(",", result.Errors.Select(e => e.Code + "@" + e.Path)));
    }

    [Fact]
    public void A_list_document_reports_errors_of_every_item()
    {
        var result = Sample.ParseYamlList("""
            - id: a
              title: A
            - id: b
            - id: c
              title: C
              count: x

            """);
        Assert.Equal("required@[1].title,type@[2].count", string.Join(",", result.Errors.Select(e => e.Code + "@" + e.Path)));
        var json = Sample.ParseJsonList("[{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\"}, {\"id\": \"c\", \"title\": \"C\", \"count\": \"x\"}]");
        Assert.Equal("required@[1].title,type@[2].count", string.Join(",", json.Errors.Select(e => e.Code + "@" + e.Path)));
    }

    [Fact]
    public void Paths_quote_odd_keys()
    {
        var error = Single(Yaml("""
            id: a
            title: T
            scores:
              "a.b c": x

            """));
        Assert.Equal("scores[\"a.b c\"]", error.Path);
    }
}
