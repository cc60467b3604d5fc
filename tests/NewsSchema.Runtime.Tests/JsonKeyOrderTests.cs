using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsSchema.Tests.Family;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The generated JSON readers try the next field's key in schema order before they match a name
/// (docs/decisions.md, "JSON names tried in schema order"). Whatever the order of the properties,
/// their spacing, aliases, duplicates, deprecated and unknown ones, the parse gives what it gave
/// when every name was matched: the same record, and the same errors at the same places.
/// </summary>
public class JsonKeyOrderTests
{
    private static readonly ParseOptions Report = new() { ReportDeprecated = true };

    /// <summary>The properties of a Sample with every field set, as (name, value) in schema order, each value compact (so a document is one line).</summary>
    private static List<(string Name, string Value)> Properties()
    {
        var sample = Sample.FromYaml(SampleDocuments.ValidYaml);
        using var document = JsonDocument.Parse(sample.ToJson());
        return document.RootElement.EnumerateObject().Select(p => (p.Name, JsonSerializer.Serialize(p.Value))).ToList();
    }

    private static string Object(IEnumerable<(string Name, string Value)> properties, Random? spaces = null)
    {
        var builder = new StringBuilder("{");
        var first = true;
        foreach (var (name, value) in properties)
        {
            builder.Append(first ? string.Empty : ",").Append(Space(spaces)).Append('"').Append(name).Append('"').Append(Space(spaces)).Append(':').Append(Space(spaces)).Append(value);
            first = false;
        }

        return builder.Append(Space(spaces)).Append('}').ToString();
    }

    private static string Space(Random? random) => random is null ? string.Empty : random.Next(4) switch { 0 => " ", 1 => "\n  ", _ => string.Empty };

    [Fact]
    public void Properties_in_any_order_and_spacing_give_the_same_record()
    {
        var properties = Properties();
        Assert.True(properties.Count > 15, "the sample sets most fields");
        var expected = Sample.FromJson(Object(properties));
        Assert.Equal(Sample.FromYaml(SampleDocuments.ValidYaml), expected);
        var random = new Random(20261204);
        for (var round = 0; round < 200; round++)
        {
            // Shuffled, or in order with a few swapped (the guess right most of the time, then wrong).
            var order = round % 2 == 0
                ? properties.OrderBy(_ => random.Next()).ToList()
                : Swapped(properties, random);
            var json = Object(order, round % 3 == 0 ? null : random);
            var result = Sample.ParseJson(json);
            Assert.True(result.IsSuccess, json + "\n" + string.Join("\n", result.Errors));
            Assert.Equal(expected, result.Value);
            Assert.Equal(Sample.ParseJson(Encoding.UTF8.GetBytes(json)).Value, result.Value);
        }
    }

    private static List<(string Name, string Value)> Swapped(List<(string Name, string Value)> properties, Random random)
    {
        var order = properties.ToList();
        var i = random.Next(order.Count - 1);
        (order[i], order[i + 1]) = (order[i + 1], order[i]);
        return order;
    }

    [Theory]
    [InlineData("title", 0)]
    [InlineData("title", 1)]
    [InlineData("count", 0)]
    [InlineData("count", 3)]
    [InlineData("id", 0)]
    public void A_property_given_again_is_a_duplicate_at_its_second_key(string name, int after)
    {
        // The second one right after the first (where the next field's key is guessed), or later.
        var properties = Properties();
        var at = properties.FindIndex(p => p.Name == name);
        properties.Insert(at + 1 + after, (name, properties[at].Value));
        var json = Object(properties);
        var error = Assert.Single(Sample.ParseJson(json).Errors);
        Assert.Equal(DataErrorCodes.DuplicateKey, error.Code);
        Assert.Equal(1, error.Line);
        Assert.Equal(json.IndexOf("\"" + name + "\"", json.IndexOf("\"" + name + "\"", StringComparison.Ordinal) + 1, StringComparison.Ordinal) + 1, error.Column);
    }

    [Fact]
    public void An_alias_after_its_field_is_a_duplicate_and_alone_sets_the_field()
    {
        var properties = Properties();
        var at = properties.FindIndex(p => p.Name == "renamed");
        var alone = properties.ToList();
        alone[at] = ("oldName", alone[at].Value);
        Assert.Equal(Sample.FromJson(Object(properties)), Sample.FromJson(Object(alone)));
        properties.Insert(at + 1, ("legacy-name", "\"again\""));
        var error = Assert.Single(Sample.ParseJson(Object(properties)).Errors);
        Assert.Equal(DataErrorCodes.DuplicateKey, error.Code);
        Assert.Contains("'legacy-name'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deprecated_field_in_order_gets_its_notice_at_its_key()
    {
        var properties = Properties();
        properties.Add(("legacy", "\"old\""));
        var json = Object(properties);
        var result = Sample.ParseJson(json, options: Report);
        Assert.True(result.IsSuccess);
        var notice = Assert.Single(result.Warnings);
        Assert.Equal(DataErrorCodes.Deprecated, notice.Code);
        Assert.Equal((1, json.IndexOf("\"legacy\"", StringComparison.Ordinal) + 1), (notice.Line, notice.Column));
    }

    [Fact]
    public void A_family_member_with_its_tag_first_or_last_reads_the_same()
    {
        Party club = new Club { Id = new PartyId("chess"), Name = "Chess club", Members = new[] { new PartyId("ann"), new PartyId("bob") } };
        using var document = JsonDocument.Parse(club.ToJson());
        var properties = document.RootElement.EnumerateObject().Select(p => (p.Name, JsonSerializer.Serialize(p.Value))).ToList();
        Assert.Equal("type", properties[0].Name);
        Assert.Equal(club, Party.FromJson(Object(properties)));
        Assert.Equal(club, Party.FromJson(Object(properties.Skip(1).Append(properties[0]))));
        Assert.Equal(club, Party.FromJson(Object(properties.AsEnumerable().Reverse())));
        properties.Insert(2, properties[1]);
        var error = Assert.Single(Party.ParseJson(Object(properties)).Errors);
        Assert.Equal(DataErrorCodes.DuplicateKey, error.Code);
    }

    [Fact]
    public void An_unknown_property_where_a_field_is_guessed_is_reported_and_the_next_field_still_read()
    {
        var properties = Properties();
        properties.Insert(1, ("titel", "\"x\""));
        var json = Object(properties);
        var error = Assert.Single(Sample.ParseJson(json).Errors);
        Assert.Equal(DataErrorCodes.UnknownField, error.Code);
        Assert.Contains("did you mean 'title'", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, json.IndexOf("\"titel\"", StringComparison.Ordinal) + 1), (error.Line, error.Column));
    }
}
