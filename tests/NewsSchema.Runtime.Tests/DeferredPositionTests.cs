using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// A parse of a string keeps the string and its records, and a JSON parse of bytes keeps a copy of
/// the bytes and its records; either makes the positions when they are first asked for, by a
/// second parse (docs/decisions.md, "Positions made when asked for"). They must be the positions a
/// parse keeps as it goes (the YAML parse of bytes; for JSON the second parse itself, called
/// through reflection), and valid data must never make them.
/// </summary>
public class DeferredPositionTests
{
    private static readonly string Yaml = string.Concat(Enumerable.Range(0, 30).Select(i => $"""
        - title: t{i}
          name: {(i % 4 == 0 ? "no" : "name" + i)}
          count: {(i % 5 == 0 ? 11 : 3)}
          tags: [a, {(i % 3 == 0 ? "toolong" : "b")}]
          labels: {"{"}x: ok, y: {(i % 6 == 0 ? "Bad" : "ok")}{"}"}
          where: {"{"}lat: 1, lon: {(i % 7 == 0 ? 200 : 2)}{"}"}
          points:
            - {"{"}lat: {(i % 2 == 0 ? 95 : 1)}, lon: 1{"}"}
            - lat: 2
              lon: 2

        """));

    private static readonly string Json = "[\n" + string.Join(",\n", Enumerable.Range(0, 30).Select(i => $$"""
          { "title": "t{{i}}", "name": "{{(i % 4 == 0 ? "no" : "name" + i)}}", "count": {{(i % 5 == 0 ? 11 : 3)}},
            "tags": [ "a", "{{(i % 3 == 0 ? "toolong" : "b")}}" ], "labels": { "x": "ok", "y": "{{(i % 6 == 0 ? "Bad" : "ok")}}" },
            "where": { "lat": 1, "lon": {{(i % 7 == 0 ? 200 : 2)}} },
            "points": [ { "lat": {{(i % 2 == 0 ? 95 : 1)}}, "lon": 1 },
                        { "lat": 2, "lon": 2 } ] }
        """)) + "\n]\n";

    private static bool Pending(SourcePositions? positions)
        => (bool)typeof(SourcePositions).GetProperty("IsPending", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(positions ?? throw new ArgumentNullException(nameof(positions)))!;

    public static TheoryData<string> Formats => new() { "yaml", "json" };

    private static ParseResult<IReadOnlyList<Checked>> FromText(string format)
        => format == "yaml" ? Checked.ParseYamlList(Yaml, "d.yaml") : Checked.ParseJsonList(Json, "d.json");

    private static ParseResult<IReadOnlyList<Checked>> FromBytes(string format)
        => format == "yaml"
            ? Checked.ParseYamlList(new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(Yaml)), "d.yaml")
            : Checked.ParseJsonList(new ReadOnlySpan<byte>(Encoding.UTF8.GetBytes(Json)), "d.json");

    /// <summary>A parse that keeps its positions as it goes: YAML from bytes; for JSON, the parse of the text that makes deferred positions (JsonContext.ParseText with deferPositions false).</summary>
    private static ParseResult<IReadOnlyList<Checked>> Eager(string format) => format == "yaml" ? FromBytes(format) : EagerJson(Json, "d.json");

    private static ParseResult<IReadOnlyList<Checked>> EagerJson(string json, string source)
    {
        var parseText = typeof(NewsSchema.Generated.JsonContext).GetMethod("ParseText", BindingFlags.Static | BindingFlags.NonPublic)!
            .MakeGenericMethod(typeof(IReadOnlyList<Checked>));
        var read = new NewsSchema.Generated.JsonReadFunc<IReadOnlyList<Checked>>(Checked.ReadJsonList);
        return (ParseResult<IReadOnlyList<Checked>>)parseText.Invoke(null, new object?[] { json, source, ParseOptions.Default, read, false })!;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Positions_made_when_asked_for_are_those_a_parse_keeps_as_it_goes(string format)
    {
        var eager = Eager(format);
        Assert.True(eager.IsSuccess, string.Join("\n", eager.Errors));
        Assert.False(Pending(eager.Positions));
        var fromText = FromText(format);
        var fromBytes = FromBytes(format);
        Assert.True(Pending(fromText.Positions));
        Assert.Equal(format == "json", Pending(fromBytes.Positions));
        foreach (var deferred in new[] { fromText, fromBytes })
        {
            Assert.True(deferred.IsSuccess, string.Join("\n", deferred.Errors));
            Assert.Equal(eager.Positions!.Count, deferred.Positions!.Count);
            var compared = 0;
            for (var i = 0; i < deferred.Value!.Count; i++)
            {
                var (a, b) = (deferred.Value[i], eager.Value![i]);
                compared += Same(deferred.Positions, a, eager.Positions, b, a.Tags.Count);
                compared += Same(deferred.Positions, a.Where!, eager.Positions, b.Where!, 0);
                for (var p = 0; p < a.Points.Count; p++)
                {
                    compared += Same(deferred.Positions, a.Points[p], eager.Positions, b.Points[p], 0);
                }
            }

            Assert.Equal(30 * 4, compared);
            Assert.False(Pending(deferred.Positions));
        }
    }

    /// <summary>
    /// The JSON parse of bytes keeps its own copy of them, in chunks of 64 KiB: a document over
    /// several chunks, whose caller's buffer is overwritten after the parse, still gets the
    /// positions of what was parsed; and a parse through a stream (a pooled buffer) likewise.
    /// </summary>
    [Fact]
    public void The_json_parse_of_bytes_keeps_its_own_copy_of_them()
    {
        var big = "[\n" + string.Join(",\n", Enumerable.Range(0, 3000).Select(i => $$"""
              { "title": "t{{i}}", "name": "{{(i % 4 == 0 ? "no" : "name" + i)}}", "count": 3, "tags": [ "a" ],
                "where": { "lat": 1, "lon": {{(i % 7 == 0 ? 200 : 2)}} } }
            """)) + "\n]\n";
        var buffer = Encoding.UTF8.GetBytes(big);
        Assert.True(buffer.Length > 3 * 64 * 1024, $"{buffer.Length} bytes: more than three chunks");
        var fromBytes = Checked.ParseJsonList(new ReadOnlySpan<byte>(buffer), "big.json");
        Array.Fill(buffer, (byte)' ');
        Assert.True(Pending(fromBytes.Positions));

        // Before anything else parses the text: a pooled buffer that held it could hide a bad copy.
        var found = Errors(fromBytes);
        Assert.False(Pending(fromBytes.Positions));
        var expected = Errors(EagerJson(big, "big.json"));
        Assert.Equal(750 + 429, expected.Count); // name on every fourth record, lon on every seventh
        Assert.Equal(expected, found);

        var fromStream = Checked.ParseJsonList(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(big)), "big.json");
        Assert.True(Pending(fromStream.Positions));
        Assert.Equal(expected, Errors(fromStream));
    }

    /// <summary>Every position of <paramref name="a"/> (its own, each field's, each item of a list of <paramref name="items"/>) is that of <paramref name="b"/>.</summary>
    private static int Same(SourcePositions deferred, object a, SourcePositions kept, object b, int items)
    {
        var x = deferred.Find(a) ?? throw new InvalidOperationException("no positions for a record of the parse of the string");
        var y = kept.Find(b) ?? throw new InvalidOperationException("no positions for a record of the parse of the bytes");
        Assert.NotNull(x.FieldNames);
        Assert.Equal(y.FieldNames, x.FieldNames);
        Assert.Equal((y.Line, y.Column), (x.Line, x.Column));
        for (var f = 0; f < x.FieldNames!.Count; f++)
        {
            Assert.Equal(y.Field(f), x.Field(f));
            for (var n = 0; n < items; n++)
            {
                Assert.Equal(y.Item(f, n), x.Item(f, n));
            }
        }

        return 1;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Validating_valid_data_never_makes_them_and_an_error_does(string format)
    {
        var valid = format == "yaml"
            ? Checked.ParseYamlList("- title: a\n  points: [{lat: 1, lon: 1}]\n- title: b\n", "v.yaml")
            : Checked.ParseJsonList("""[ { "title": "a", "points": [ { "lat": 1, "lon": 1 } ] }, { "title": "b" } ]""", "v.json");
        Assert.True(valid.IsSuccess);
        foreach (var record in valid.Value!)
        {
            Assert.True(record.Validate(valid.Positions).IsValid);
        }

        Assert.True(Pending(valid.Positions));
        if (format == "json")
        {
            var validBytes = Checked.ParseJsonList(Encoding.UTF8.GetBytes("""[ { "title": "a", "points": [ { "lat": 1, "lon": 1 } ] } ]"""), "v.json");
            Assert.True(validBytes.Value![0].Validate(validBytes.Positions).IsValid);
            Assert.True(Pending(validBytes.Positions));
        }

        var invalid = FromText(format);
        Assert.True(Pending(invalid.Positions));
        var errors = invalid.Value![0].Validate(invalid.Positions).Errors;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.Line > 1, e.ToString()));
        Assert.False(Pending(invalid.Positions));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Errors_of_deferred_parses_are_where_those_of_an_eager_one_are(string format)
    {
        var fromText = Errors(FromText(format));
        Assert.Equal(Errors(Eager(format)), fromText);
        Assert.Equal(fromText, Errors(FromBytes(format)));
        // name 8 times (every fourth), count 6, tags 10, labels 5, where 5, points 15.
        Assert.Equal(49, fromText.Count);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Threads_that_ask_at_once_get_the_same_positions(string format)
    {
        var expected = Errors(Eager(format));
        foreach (var result in new[] { FromText(format), FromBytes(format) })
        {
            var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Errors(result))));
            Assert.All(all, errors => Assert.Equal(expected, errors));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_copy_made_with_with_validates_without_positions(string format)
    {
        var result = FromText(format);
        var copy = result.Value![0] with { Title = "copy" };
        Assert.Null(result.Positions!.Find(copy));
        var errors = copy.Validate(result.Positions).Errors;

        // The copy's own fields have no position; the records it shares with the parsed one keep theirs.
        Assert.Equal(new[] { "name", "count", "tags[1]", "labels.y" }, errors.Where(e => e.Line == 0).Select(e => e.Path));
        Assert.Equal(new[] { "points[0].lat", "where.lon" }, errors.Where(e => e.Line > 0).Select(e => e.Path));
        Assert.NotNull(result.Positions.Find(result.Value[0]));
    }

    private static List<(string Code, string Path, string? Source, int Line, int Column)> Errors(ParseResult<IReadOnlyList<Checked>> result)
    {
        Assert.True(result.IsSuccess, string.Join("\n", result.Errors));
        var found = new List<(string, string, string?, int, int)>();
        for (var i = 0; i < result.Value!.Count; i++)
        {
            foreach (var e in result.Value[i].Validate(result.Positions).Errors)
            {
                found.Add((e.Code, $"[{i}].{e.Path}", e.Source, e.Line, e.Column));
            }
        }

        return found;
    }
}
