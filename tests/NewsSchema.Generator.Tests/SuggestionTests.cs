using System.Linq;
using NewsSchema.Generator.Parsing;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>"Did you mean" for unknown keys and unknown types.</summary>
public class SuggestionTests
{
    [Theory]
    [InlineData("requird", "required")]
    [InlineData("reqiured", "required")] // a transposition counts as one edit
    [InlineData("Required", "required")] // case-insensitive equality is the best match
    [InlineData("maxlength", "maxLength")]
    [InlineData("descripton", "description")]
    [InlineData("tpye", "type")]
    public void UnknownFieldKeySuggestsTheClosestKey(string typo, string expected)
    {
        var (_, diagnostics) = TestSchemas.Resolve($$"""
            types:
              A:
                kind: record
                fields:
                  a: { type: string, {{typo}}: true }

            """);
        var d = Assert.Single(diagnostics, x => x.Id == "NSG0002");
        Assert.EndsWith("Did you mean '" + expected + "'?", d.GetMessage());
        Assert.Contains("expected one of: type, required, description", d.GetMessage());
    }

    [Fact]
    public void UnknownKeyFarFromEveryKeyHasNoSuggestion()
    {
        var (_, diagnostics) = TestSchemas.Resolve("""
            types:
              A:
                kind: record
                xyzzy: 1

            """);
        var d = Assert.Single(diagnostics, x => x.Id == "NSG0002");
        Assert.DoesNotContain("Did you mean", d.GetMessage());
    }

    [Fact]
    public void UnknownTopLevelKey()
    {
        var (_, diagnostics) = TestSchemas.Resolve("""
            namespce: A.B
            types:
              A: { kind: record }

            """);
        var d = Assert.Single(diagnostics, x => x.Id == "NSG0002");
        Assert.Contains("Did you mean 'namespace'?", d.GetMessage());
    }

    [Theory]
    [InlineData("String", "string")]
    [InlineData("strng", "string")]
    [InlineData("Datetime", "datetime")]
    [InlineData("Veneu", "Venue")]
    [InlineData("venue", "Venue")]
    [InlineData("list<Venu>", "Venue")]
    public void UnknownTypeSuggestsDeclaredTypesAndPrimitives(string expression, string expected)
    {
        var (_, diagnostics) = TestSchemas.Resolve($$"""
            types:
              Venue: { kind: entity }
              A:
                kind: record
                fields:
                  b: {{expression}}

            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0003", d.Id);
        Assert.EndsWith("Did you mean '" + expected + "'?", d.GetMessage());
    }

    [Theory]
    [InlineData("enumeration", "enum")]
    [InlineData("entities", "entity")]
    [InlineData("object", "record")]
    [InlineData("Record", "record")]
    [InlineData("enitty", "entity")]
    public void An_unknown_kind_suggests_the_kind(string kind, string expected)
    {
        var (_, diagnostics) = TestSchemas.Resolve($"""
            types:
              A:
                kind: {kind}

            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0013", d.Id);
        Assert.EndsWith("Did you mean '" + expected + "'?", d.GetMessage());
    }

    [Theory]
    [InlineData("integer", "int")]
    [InlineData("boolean", "bool")]
    [InlineData("number", "double")]
    [InlineData("float", "double")]
    [InlineData("text", "string")]
    [InlineData("timestamp", "datetime")]
    [InlineData("url", "uri")]
    [InlineData("list<integer>", "int")]
    public void A_primitive_type_written_another_way_suggests_the_primitive(string expression, string expected)
    {
        var (_, diagnostics) = TestSchemas.Resolve($"""
            types:
              A:
                kind: record
                fields:
                  b: {expression}

            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0003", d.Id);
        Assert.EndsWith("Did you mean '" + expected + "'?", d.GetMessage());
    }

    [Theory]
    [InlineData("yes", "true")]
    [InlineData("no", "false")]
    [InlineData("True", "true")]
    [InlineData("fasle", "false")]
    public void A_boolean_written_another_way_suggests_true_or_false(string value, string expected)
    {
        var (_, diagnostics) = TestSchemas.Resolve($$"""
            types:
              A:
                kind: record
                fields:
                  b: { type: string, required: {{value}} }

            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0013", d.Id);
        Assert.EndsWith("Did you mean '" + expected + "'?", d.GetMessage());
    }

    [Theory]
    [InlineData("inherits", "extends")]
    [InlineData("abstrct", "abstract")]
    [InlineData("discriminater", "discriminator")]
    [InlineData("idpattern", "idPattern")]
    public void A_type_key_written_another_way_suggests_the_key(string key, string expected)
    {
        var (_, diagnostics) = TestSchemas.Resolve($"""
            types:
              A:
                kind: record
                {key}: x

            """);
        var d = Assert.Single(diagnostics, x => x.Id == "NSG0002");
        Assert.EndsWith("Did you mean '" + expected + "'?", d.GetMessage());
    }

    [Fact]
    public void An_enum_default_that_starts_a_value_suggests_it()
    {
        var (_, diagnostics) = TestSchemas.Resolve("""
            types:
              F: { kind: enum, values: [bilateral, press-conference] }
              A:
                kind: record
                fields:
                  f: { type: F, default: press }

            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0017", d.Id);
        Assert.EndsWith("did you mean 'press-conference'?", d.GetMessage());
    }

    [Fact]
    public void UnknownTypeWithNothingCloseHasNoSuggestion()
    {
        var (_, diagnostics) = TestSchemas.Resolve("""
            types:
              A:
                kind: record
                fields:
                  b: Zebra

            """);
        Assert.Equal("Unknown type 'Zebra'", Assert.Single(diagnostics).GetMessage());
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void DistanceIsOptimalStringAlignment(string a, string b, int expected)
        => Assert.Equal(expected, Suggestions.Distance(a, b));

    [Fact]
    public void ThresholdIsAThirdOfTheLength()
    {
        // "abcdef" (6): up to 2 edits; "ab" (2): up to 1 edit.
        Assert.Equal("abcdef", Suggestions.Closest("abXdeY", new[] { "abcdef" }));
        Assert.Null(Suggestions.Closest("aXYdeZ", new[] { "abcdef" }));
        Assert.Equal("ab", Suggestions.Closest("aX", new[] { "ab" }));
        Assert.Null(Suggestions.Closest("XY", new[] { "ab" }));
        Assert.Equal("Kind", Suggestions.Closest("kind", new[] { "kinds", "Kind" }));
        Assert.Null(Suggestions.Closest(new string('a', 5000), new[] { "a" }));
        _ = Enumerable.Empty<string>();
    }
}
