using System.IO;
using System.Linq;
using NewsDesk;
using NewsSchema.News;
using Xunit;

namespace NewsSchema.Sample.Tests;

/// <summary>
/// The actors of the news schema are a polymorphic family: abstract Actor (discriminator <c>kind</c>),
/// abstract Collective, and the concrete Person, State and Organization.
/// </summary>
public class ActorFamilyTests
{
    private static EntityCatalog Bundled() => CatalogChecker.Check(CatalogChecker.ExpandPaths([NewsDeskApp.DataFolder])).Catalog;

    [Fact]
    public void The_bundled_actors_parse_into_their_concrete_types()
    {
        var catalog = Bundled();

        Assert.Equal(13, catalog.Actors.Count);
        Assert.Equal(4, catalog.Actors.OfType<Person>().Count());
        Assert.Equal(5, catalog.Actors.OfType<State>().Count());
        Assert.Equal(4, catalog.Actors.OfType<Organization>().Count());
        Assert.Equal(9, catalog.Actors.OfType<Collective>().Count());

        var zelenskyy = Assert.IsType<Person>(catalog.Find(new ActorId("zelenskyy")));
        Assert.Equal(new ActorId("ukraine"), zelenskyy.Nationality);
        var office = Assert.Single(zelenskyy.Affiliations);
        Assert.Equal((Role.HeadOfState, "President of Ukraine"), (office.Role, office.Title));
        Assert.IsType<State>(catalog.Find(office.Organization));

        var uae = Assert.IsType<State>(catalog.Find(new ActorId("uae")));
        Assert.Equal("AE", uae.CountryCode);
        Assert.Equal(["UAE"], uae.ShortNames);

        var kremlin = Assert.IsType<Organization>(catalog.Find(new ActorId("kremlin")));
        Assert.Equal((OrganizationKind.ExecutiveOffice, new ActorId("russia")), (kremlin.OrganizationKind, kremlin.State!.Value));
        var eu = Assert.IsType<Organization>(catalog.Find(new ActorId("european-union")));
        Assert.Equal(OrganizationKind.Union, eu.OrganizationKind);
        Assert.Null(eu.State);

        Assert.Equal("person", Person.WireTag);
        Assert.Equal("state", State.WireTag);
        Assert.Equal("organization", Organization.WireTag);
    }

    [Fact]
    public void The_narrow_references_of_the_bundled_catalog_point_at_their_types()
    {
        var catalog = Bundled();

        Assert.All(catalog.Venues, v => Assert.IsType<State>(catalog.Find(v.Country)));
        Assert.All(catalog.Agreements.SelectMany(a => a.RatifyingBodies), id => Assert.IsType<Organization>(catalog.Find(id)));
        Assert.All(catalog.Articles.SelectMany(a => a.Statements), s => Assert.IsType<Person>(catalog.Find(s.Speaker)));
        Assert.All(catalog.Actors.SelectMany(a => a.Affiliations), f => Assert.IsAssignableFrom<Collective>(catalog.Find(f.Organization)));
    }

    [Fact]
    public void Writers_put_the_kind_first_and_the_family_round_trips()
    {
        var catalog = Bundled();
        var zelenskyy = catalog.Find(new ActorId("zelenskyy"))!;

        Assert.StartsWith("""
            kind: person
            id: zelenskyy
            name: Volodymyr Zelenskyy

            """, zelenskyy.ToYaml().ReplaceLineEndings("\n"));
        Assert.StartsWith("""
            {
              "kind": "person",
              "id": "zelenskyy",
            """, zelenskyy.ToJson().ReplaceLineEndings("\n"));
        Assert.Equal(zelenskyy, Actor.FromYaml(zelenskyy.ToYaml()));
        Assert.Equal(zelenskyy, Actor.FromJson(zelenskyy.ToJson()));
    }

    [Fact]
    public void A_ref_to_a_person_that_names_a_state_is_unresolved_and_names_person()
    {
        var result = CatalogChecker.Check(CatalogChecker.ExpandPaths([Repo.BrokenFolder]));

        var error = Assert.Single(result.Errors, e => e.Path == "articles[0].statements[0].speaker");
        Assert.Equal("unresolved-reference", error.Code);
        Assert.Equal("no Person has the id 'ukraine'; that id names another kind of Actor", error.Message);
        Assert.Equal(("speaker-not-a-person.yaml", 7, 18), (Path.GetFileName(error.Source), error.Line, error.Column));
    }

    [Theory]
    [InlineData("venues: [{ id: v, name: V, kind: city, country: zelenskyy }]", "venues[0].country", "State", "zelenskyy")]
    [InlineData("actors: [{ kind: organization, id: o, name: O, organizationKind: legislature, state: kremlin }]", "actors[0].state", "State", "kremlin")]
    [InlineData("actors: [{ kind: person, id: p, name: P, nationality: european-union }]", "actors[0].nationality", "State", "european-union")]
    [InlineData("actors: [{ kind: person, id: p, name: P, affiliations: [{ organization: putin, role: official }] }]", "actors[0].affiliations[0].organization", "Collective", "putin")]
    [InlineData("meetings: [{ id: m, title: M, format: bilateral, status: held, participants: [putin], delegations: [{ side: witkoff, members: [diplomat] }] }]", "meetings[0].delegations[0].side", "Collective", "witkoff")]
    public void Narrow_references_reject_other_members_of_the_family(string yaml, string path, string expected, string id)
    {
        var extra = EntityCatalog.FromYaml(yaml, "extra.yaml");
        var catalog = EntityCatalog.Merge([extra, Bundled()]);

        var error = Assert.Single(catalog.Validate().Errors);
        Assert.Equal(("unresolved-reference", path), (error.Code, error.Path));
        Assert.Equal($"no {expected} has the id '{id}'; that id names another kind of Actor", error.Message);
        Assert.Equal("extra.yaml", error.Source);
        Assert.True(error.Line > 0 && error.Column > 0, error.ToString());
    }

    [Fact]
    public void A_ref_to_any_actor_accepts_every_member_of_the_family()
    {
        var extra = EntityCatalog.FromYaml("""
            meetings:
              - id: everyone
                title: Everyone
                format: multilateral
                status: held
                participants: [putin, russia, kremlin, european-union]
                reportedBy: kremlin
            """, "extra.yaml");

        Assert.True(EntityCatalog.Merge([Bundled(), extra]).Validate().IsValid);
    }

    [Fact]
    public void An_unknown_kind_of_actor_is_an_enum_error_naming_the_kinds()
    {
        var result = EntityCatalog.ParseYaml("""
            actors:
              - id: r2d2
                name: R2-D2
                kind: robot
            """, "robots.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("enum", "actors[0].kind", "robots.yaml", 4, 11), (error.Code, error.Path, error.Source, error.Line, error.Column));
        Assert.Equal("'robot' is not a kind of Actor; expected one of: organization, person, state", error.Message);

        var json = EntityCatalog.ParseJson("{ \"actors\": [ { \"id\": \"r2d2\", \"name\": \"R2-D2\", \"kind\": \"robot\" } ] }", "robots.json");
        var jsonError = Assert.Single(json.Errors);
        Assert.Equal(("enum", "actors[0].kind"), (jsonError.Code, jsonError.Path));
        Assert.Contains("expected one of: organization, person, state", jsonError.Message);
    }

    [Fact]
    public void An_actor_without_a_kind_is_a_required_error_naming_the_kinds()
    {
        var result = EntityCatalog.ParseYaml("""
            actors:
              - id: lithuania
                name: Lithuania
                countryCode: LT
            """, "actors.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("required", "actors[0].kind", "actors.yaml", 2, 5), (error.Code, error.Path, error.Source, error.Line, error.Column));
        Assert.Contains("'kind'", error.Message);
        Assert.Contains("organization, person, state", error.Message);
    }

    [Fact]
    public void Fields_of_another_kind_of_actor_are_unknown()
    {
        var result = EntityCatalog.ParseYaml("""
            actors:
              - id: putin
                kind: person
                name: Vladimir Putin
                countryCode: RU
            """, "actors.yaml");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("unknown-field", "actors[0].countryCode", 5, 5), (error.Code, error.Path, error.Line, error.Column));
    }

    [Fact]
    public void A_state_needs_its_iso_code()
    {
        var missing = Assert.Single(EntityCatalog.ParseYaml("actors: [{ kind: state, id: lt, name: Lithuania }]", "a.yaml").Errors);
        Assert.Equal(("required", "actors[0].countryCode"), (missing.Code, missing.Path));

        var parsed = EntityCatalog.ParseYaml("""
            actors:
              - { kind: state, id: lt, name: Lithuania, countryCode: Lt }

            """, "a.yaml");
        var wrong = Assert.Single(parsed.GetValueOrThrow().Validate().Errors);
        Assert.Equal(("pattern", "actors[0].countryCode", 2, 58), (wrong.Code, wrong.Path, wrong.Line, wrong.Column));
    }
}
