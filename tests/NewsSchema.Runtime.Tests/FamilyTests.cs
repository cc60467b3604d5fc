using System.Linq;
using NewsSchema.Tests.Family;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>Polymorphic families: extends, abstract, discriminator, tag (Schemas/family.schema.yaml).</summary>
public class FamilyTests
{
    [Theory]
    [InlineData("""
        type: human
        id: ann
        name: Ann
        born: 1990-05-01

        """)]
    [InlineData("""
        id: ann
        type: human
        name: Ann
        born: 1990-05-01

        """)]
    [InlineData("""
        id: ann
        name: Ann
        born: 1990-05-01
        type: human

        """)]
    public void The_discriminator_chooses_the_type_wherever_it_stands(string yaml)
    {
        var party = Party.FromYaml(yaml);
        var human = Assert.IsType<Human>(party);
        Assert.Equal(new PartyId("ann"), human.Id);
        Assert.Equal("Ann", human.Name);
        Assert.Equal(new System.DateOnly(1990, 5, 1), human.Born);
    }

    [Theory]
    [InlineData("{\"type\": \"firm\", \"id\": \"acme\", \"name\": \"Acme\", \"revenue\": 12.5}")]
    [InlineData("{\"id\": \"acme\", \"name\": \"Acme\", \"revenue\": 12.5, \"type\": \"firm\"}")]
    [InlineData("{\"id\": \"acme\", \"members\": [\"ann\"], \"name\": \"Acme\", \"type\": \"firm\", \"revenue\": 12.5}")]
    public void Json_discriminator_anywhere_and_a_custom_tag(string json)
    {
        var company = Assert.IsType<Company>(Party.FromJson(json));
        Assert.Equal("Acme", company.Name);
        Assert.Equal(12.5m, company.Revenue);
        Assert.Equal("firm", Company.WireTag);
    }

    [Fact]
    public void A_missing_discriminator_is_required_and_names_the_tags()
    {
        var result = Party.ParseYaml("""
            id: ann
            name: Ann

            """, "p.yaml");
        var error = Assert.Single(result.Errors);
        Assert.Equal("required", error.Code);
        Assert.Equal("type", error.Path);
        Assert.Equal((1, 1), (error.Line, error.Column));
        Assert.Contains("club, firm, human", error.Message);
    }

    [Fact]
    public void An_unknown_tag_is_an_enum_error_with_a_suggestion()
    {
        var result = Party.ParseYaml("""
            id: ann
            name: Ann
            type: humen

            """, "p.yaml");
        var error = Assert.Single(result.Errors);
        Assert.Equal("enum", error.Code);
        Assert.Equal("type", error.Path);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("expected one of: club, firm, human", error.Message);
        Assert.Contains("did you mean 'human'?", error.Message);

        var json = Party.ParseJson("{\"id\": \"a\", \"type\": \"robot\"}");
        Assert.Equal("enum", Assert.Single(json.Errors).Code);
    }

    [Fact]
    public void A_concrete_type_parses_without_the_discriminator_but_rejects_another_tag()
    {
        Assert.Equal("Ann", Human.FromYaml("""
            id: ann
            name: Ann

            """).Name);
        var wrong = Human.ParseYaml("""
            id: ann
            name: Ann
            type: firm

            """);
        var error = Assert.Single(wrong.Errors);
        Assert.Equal("enum", error.Code);
        Assert.Contains("a Human has 'type: human'", error.Message);
    }

    [Fact]
    public void Fields_of_another_member_of_the_family_are_unknown()
    {
        var result = Party.ParseYaml("""
            type: human
            id: ann
            name: Ann
            revenue: 3

            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown-field", error.Code);
        Assert.Equal("revenue", error.Path);
    }

    [Fact]
    public void Writers_put_the_discriminator_first_and_round_trip()
    {
        Party club = new Club { Id = new PartyId("chess"), Name = "Chess club", Members = new[] { new PartyId("ann"), new PartyId("bob") } };
        var yaml = club.ToYaml();
        Assert.StartsWith("""
            type: club
            id: chess

            """, yaml);
        Assert.Equal(club, Party.FromYaml(yaml));

        var json = club.ToJson();
        Assert.StartsWith("""
            {
              "type": "club",
            """, json.Replace("\r\n", "\n"));
        Assert.Equal(club, Party.FromJson(json));
        Assert.Equal(club, Party.FromYaml(Party.FromJson(json).ToYaml()));
    }

    [Fact]
    public void Record_families_nest_in_lists_and_fields()
    {
        var drawing = Drawing.FromYaml("""
            shapes:
              - radius: 2
                kind: circle
              - { kind: square, side: 3, label: box }
            main: { kind: circle, radius: 1 }
            """);
        Assert.Collection(
            drawing.Shapes,
            s => Assert.Equal(2, Assert.IsType<Circle>(s).Radius),
            s => Assert.Equal("box", Assert.IsType<Square>(s).Label));
        Assert.IsType<Circle>(drawing.Main);
        Assert.Equal(drawing, Drawing.FromYaml(drawing.ToYaml()));
        Assert.Equal(drawing, Drawing.FromJson(drawing.ToJson()));
        Assert.Contains("""
              - kind: circle
                radius: 2

            """, drawing.ToYaml());
    }

    [Fact]
    public void Validation_checks_the_base_and_the_concrete_constraints()
    {
        var drawing = Drawing.ParseYaml("""
            shapes:
              - kind: circle
                radius: 0
            main:
              kind: square
              side: 1

            """, "d.yaml");
        var errors = drawing.Value!.Validate(drawing.Positions).Errors;
        var error = Assert.Single(errors);
        Assert.Equal(("exclusive-minimum", "shapes[0].radius", 3, 13), (error.Code, error.Path, error.Line, error.Column));

        var party = Party.ParseYaml("""
            type: human
            id: ann
            name: ""

            """, "p.yaml");
        var nameError = Assert.Single(party.Value!.Validate(party.Positions).Errors);
        Assert.Equal(("min-length", "name", 3, 7), (nameError.Code, nameError.Path, nameError.Line, nameError.Column));
    }

    [Fact]
    public void Catalog_keeps_the_family_under_the_roots_plural_and_resolves_refs_by_type()
    {
        var catalog = TestCatalog.FromYaml("""
            parties:
              - { type: human, id: ann, name: Ann, employer: acme }
              - { type: firm, id: acme, name: Acme, members: [ann] }
              - { type: club, id: chess, name: Chess, members: [ann, acme] }
              - { type: human, id: bob, name: Bob, employer: chess }
            """, "c.yaml");
        Assert.Equal(4, catalog.Parties.Count);
        Assert.IsType<Company>(catalog.Find(new PartyId("acme")));
        Assert.Null(catalog.Find(new PartyId("nobody")));

        var errors = catalog.Validate().Errors;
        Assert.Equal(2, errors.Count);
        var notHuman = errors.Single(e => e.Path == "parties[2].members[1]");
        Assert.Equal("unresolved-reference", notHuman.Code);
        Assert.Contains("no Human has the id 'acme'", notHuman.Message);
        Assert.Equal(("c.yaml", 4, 58), (notHuman.Source, notHuman.Line, notHuman.Column));
        var notCompany = errors.Single(e => e.Path == "parties[3].employer");
        Assert.Contains("no Company has the id 'chess'", notCompany.Message);
    }

    [Fact]
    public void A_ref_to_the_root_resolves_to_any_member()
    {
        var drawing = new Drawing { Owner = new PartyId("acme"), Boss = new PartyId("ann") };
        var catalog = new TestCatalog(parties: new Party[] { new Company { Id = new PartyId("acme"), Name = "Acme" }, new Human { Id = new PartyId("ann"), Name = "Ann" } });
        var context = ValidationContext.Rent(null, catalog);
        drawing.ValidateInto(context);
        Assert.True(context.Finish().IsValid);

        var wrong = drawing with { Boss = new PartyId("acme") };
        context = ValidationContext.Rent(null, catalog);
        wrong.ValidateInto(context);
        var error = Assert.Single(context.Finish().Errors);
        Assert.Equal(("unresolved-reference", "boss"), (error.Code, error.Path));
    }

    [Fact]
    public void Custom_rules_of_the_base_and_the_concrete_type_both_run()
    {
        var human = new Human { Id = new PartyId("x"), Name = "Nobody", Aka = new[] { "Nobody" } };
        var codes = human.Validate().Errors.Select(e => (e.Code, e.Path, e.Message)).ToArray();
        Assert.Contains(("custom", "aka", "repeats the name"), codes);
        Assert.Contains(("custom", "name", "a Human may not be called Nobody"), codes);
    }

    [Fact]
    public void A_null_record_inside_a_nested_list_built_in_code_is_reported_not_thrown()
    {
        var drawing = new Drawing { Layers = new[] { new Shape[] { new Circle { Radius = 1 }, null! } } };
        var error = Assert.Single(drawing.Validate().Errors);
        Assert.Equal(("required", "layers[0][1]"), (error.Code, error.Path));

        var parsed = Drawing.FromYaml("""
            layers:
              - [{ kind: circle, radius: 1 }, { kind: square, side: 2 }]
              - []

            """);
        Assert.True(parsed.Validate().IsValid);
        Assert.Equal(parsed, Drawing.FromJson(parsed.ToJson()));
    }
}
