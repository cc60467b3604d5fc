using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using Json.Schema;
using NewsSchema.Generator.Export;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>The data JSON Schemas (issue 15) for what the news model does not exercise: date bounds, deprecation, aliases, defaults, maps, datetimes.</summary>
public class DataSchemaExportTests
{
    private const string Schema = """
        namespace: T
        types:
          Event:
            kind: entity
            plural: events
            idPattern: "^ev-[0-9]+$"
            fields:
              day: { type: date, required: true, minimum: "1990-03-15", exclusiveMaximum: "2031-01-01" }
              place: { type: string, deprecated: use venue }
              old: { type: string, deprecated: true }
              startsOn: { type: date, aliases: [date, startDate] }
              count: { type: int, default: 3, minimum: 1 }
              flag: { type: bool, default: true }
              mood: { type: Mood, default: calm }
              at: datetime
              link: uri
              scores: { type: map<int>, maximum: 10 }
              tags: { type: list<string>, maxLength: 5, maxItems: 2 }
          Mood:
            kind: enum
            values: [calm, { name: tense, description: Near a break. }]
        """;

    private static (string Catalog, string Event) Export()
    {
        var file = SchemaParser.Parse("/t/event.schema.yaml", Schema, CancellationToken.None);
        var resolved = SchemaResolver.Resolve(ImmutableArray.Create(file), new GeneratorOptions("T", "Cat"), CancellationToken.None);
        Assert.Empty(file.Diagnostics.Concat(resolved.Diagnostics));
        var texts = DataSchemaExport.Build(resolved.Types, resolved.Catalog);
        Assert.Equal(new[] { "Cat.schema.json", "Event.schema.json" }, texts.Select(t => t.FileName));
        return (texts[0].Text, texts[1].Text);
    }

    private static bool Valid(string schema, string json)
        => JsonSchema.FromText(schema).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;

    [Fact]
    public void Date_bounds_as_patterns_accept_exactly_the_dates_in_range()
    {
        var (_, schema) = Export();
        var random = new Random(19);
        var low = new DateOnly(1990, 3, 15);
        var high = new DateOnly(2031, 1, 1);
        var checkedDates = 0;
        foreach (var day in Enumerable.Range(0, 1500).Select(_ => new DateOnly(1900, 1, 1).AddDays(random.Next(73000)))
                     .Concat(new[] { low, low.AddDays(-1), low.AddDays(1), high, high.AddDays(-1), new DateOnly(1999, 12, 31), new DateOnly(2030, 12, 31), new DateOnly(2000, 3, 15) }))
        {
            var expected = day >= low && day < high;
            var json = "{\"id\": \"ev-1\", \"day\": \"" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\"}";
            Assert.True(expected == Valid(schema, json), day + " should be " + (expected ? "accepted" : "rejected"));
            checkedDates++;
        }

        Assert.Equal(1508, checkedDates);
        Assert.False(Valid(schema, "{\"id\": \"ev-1\", \"day\": \"2026-02-30\"}"), "format: date rejects a day that does not exist");
        Assert.False(Valid(schema, "{\"id\": \"event-1\", \"day\": \"2026-02-03\"}"), "the id pattern");
    }

    [Fact]
    public void Deprecation_aliases_defaults_and_item_constraints_are_exported()
    {
        var (catalog, schema) = Export();
        var ev = JsonNode.Parse(schema)!["definitions"]!["Event"]!["properties"]!;
        Assert.True(ev["place"]!["deprecated"]!.GetValue<bool>());
        Assert.Equal("use venue", ev["place"]!["deprecationMessage"]!.GetValue<string>());
        Assert.StartsWith("**Deprecated**: use venue\n\n", ev["place"]!["markdownDescription"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("'old' is deprecated.", ev["old"]!["deprecationMessage"]!.GetValue<string>());
        Assert.Equal("date", ev["date"]!["format"]!.GetValue<string>());
        Assert.Equal("date", ev["startDate"]!["format"]!.GetValue<string>());
        Assert.Equal(3, ev["count"]!["default"]!.GetValue<int>());
        Assert.True(ev["flag"]!["default"]!.GetValue<bool>());
        Assert.Equal("calm", ev["mood"]!["default"]!.GetValue<string>());
        Assert.Equal("Near a break.", ev["mood"]!["enumDescriptions"]![1]!.GetValue<string>());
        Assert.Equal("uri", ev["link"]!["format"]!.GetValue<string>());
        Assert.Equal(10, ev["scores"]!["additionalProperties"]!["maximum"]!.GetValue<int>());
        Assert.Equal(5, ev["tags"]!["items"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(2, ev["tags"]!["maxItems"]!.GetValue<int>());

        Assert.True(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\", \"day\": \"2000-01-01\", \"date\": \"2000-01-02\", \"at\": \"2026-01-24T10:00+02:00\", \"scores\": {\"a\": 10}, \"tags\": [\"abcde\"]}]}"));
        Assert.True(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\", \"day\": \"2000-01-01\", \"at\": \"2026-01-24T10:00:30.5Z\", \"mood\": null}]}"));
        Assert.False(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\", \"day\": \"2000-01-01\", \"at\": \"2026-01-24 10:00Z\"}]}"));
        Assert.False(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\", \"day\": \"2000-01-01\", \"scores\": {\"a\": 11}}]}"));
        Assert.False(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\", \"day\": \"2000-01-01\", \"tags\": [\"abcdef\"]}]}"));
        Assert.False(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\", \"day\": \"2000-01-01\", \"count\": 0}]}"));
        Assert.False(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\", \"day\": \"2000-01-01\", \"count\": 2147483648}]}"));
        Assert.False(Valid(catalog, "{\"events\": [{\"id\": \"ev-1\"}]}"));
        Assert.False(Valid(catalog, "{\"happenings\": []}"));
    }

    [Fact]
    public void The_same_schemas_give_the_same_bytes()
    {
        Assert.Equal(Export(), Export());
    }
}
