using System;
using System.Linq;
using NewsSchema.Generator.Emit;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// Names the generator writes itself are reserved, derived from what the emitters write
/// (<see cref="EmittedMembers"/>): every collision is an NSG error at the schema line, and the
/// rest of the schema still compiles with zero C# errors (never CS0102 or CS0261).
/// </summary>
public class ReservedNameTests
{
    private const string P = "/repo/model/test.schema.yaml";

    [Theory]
    [InlineData("toYamlList", "record")]
    [InlineData("toJsonList", "record")]
    [InlineData("validateInto", "record")]
    [InlineData("writeYamlBody", "entity")]
    [InlineData("getRegex0", "record")]
    [InlineData("getRegex12", "entity")]
    [InlineData("equalityContract", "record")]
    public void A_field_named_like_a_generated_member_is_NSG0022_at_its_line(string field, string kind)
    {
        var schema = $"""
            namespace: T
            types:
              A:
                kind: {kind}
                fields:
                  ok: string
                  {field}: string

            """;
        var run = GeneratorHarness.Run((P, schema));
        var d = Assert.Single(run.Errors);
        Assert.Equal("NSG0022", d.Id);
        Assert.Equal((6, 6), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Empty(run.CompilationErrors());
    }

    [Fact]
    public void WireTag_on_a_concrete_family_member_is_NSG0022()
    {
        var schema = """
            namespace: T
            types:
              Shape:
                kind: record
                abstract: true
              Circle:
                kind: record
                extends: Shape
                fields:
                  wireTag: string

            """;
        var run = GeneratorHarness.Run((P, schema));
        var d = Assert.Single(run.Errors);
        Assert.Equal("NSG0022", d.Id);
        Assert.Equal(9, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.CompilationErrors());
    }

    [Theory]
    [InlineData("find")]
    [InlineData("validate")]
    [InlineData("merge")]
    [InlineData("loadFiles")]
    [InlineData("positions")]
    [InlineData("toYaml")]
    public void A_catalog_plural_named_like_a_catalog_member_is_NSG0011_at_its_line(string plural)
    {
        var schema = $"""
            namespace: T
            types:
              A:
                kind: entity
                plural: {plural}
                fields:
                  name: string

            """;
        var run = GeneratorHarness.Run((P, schema));
        var d = Assert.Single(run.Errors);
        Assert.Equal("NSG0011", d.Id);
        Assert.Equal(4, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("collides with a member the catalog class", d.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(run.CompilationErrors());
    }

    [Fact]
    public void A_type_named_like_an_enums_extension_class_is_NSG0011_at_its_line()
    {
        var schema = """
            namespace: T
            types:
              Color:
                kind: enum
                values: [red]
              ColorExtensions:
                kind: record
                fields:
                  x: string

            """;
        var run = GeneratorHarness.Run((P, schema));
        var d = Assert.Single(run.Errors);
        Assert.Equal("NSG0011", d.Id);
        Assert.Equal(5, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(run.CompilationErrors());
    }

    /// <summary>The class: every member name the emitters write, as a field of a record and of an entity.</summary>
    [Fact]
    public void Every_emitted_member_name_is_rejected_as_a_field_and_the_rest_compiles()
    {
        // The names a field can produce: PascalCase, letters and digits (s_json0 and _x are out of reach).
        var names = EmittedMembers.OnType(entity: true).Where(n => n.Length > 0 && char.IsUpper(n[0]) && n.All(char.IsLetterOrDigit)).OrderBy(n => n, StringComparer.Ordinal).ToList();
        Assert.Contains("ToYamlList", names);
        Assert.Contains("WireTag", names);
        var builder = new System.Text.StringBuilder("""
            namespace: T
            types:

            """);
        for (var i = 0; i < names.Count; i++)
        {
            var field = char.ToLowerInvariant(names[i][0]) + names[i].Substring(1);
            builder.Append($"""
                  R{i}:
                    kind: record
                    fields:
                      ok: string
                      {field}: string

                """);
            builder.Append($"""
                  E{i}:
                    kind: entity
                    fields:
                      ok: string
                      {field}: string

                """);
        }

        var run = GeneratorHarness.Run((P, builder.ToString()));
        var errors = run.Errors.ToList();
        var entityOnly = names.Count(n => !EmittedMembers.CollidesOnType(n, entity: false));
        // An entity's own 'id' is NSG0005 (the implicit id field); every other collision NSG0022.
        var flagged = errors.Where(d => d.Id is "NSG0022" or "NSG0005").Select(d => d.GetMessage()).ToList();
        var missed = names.Where(n => n != "Id" && !flagged.Any(m => m.Contains("member '" + n + "'", StringComparison.Ordinal))).ToList();
        Assert.True(2 * names.Count - entityOnly == flagged.Count, "not rejected: " + string.Join(", ", missed) + "; other errors: " + string.Join("\n", errors.Where(d => d.Id is not ("NSG0022" or "NSG0005"))));
        Assert.Equal(flagged.Count, errors.Count);
        Assert.Empty(run.CompilationErrors());
    }
}
