using System.Globalization;
using System.Linq;
using System.Text;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>What the front end hands the emitters: the resolved model.</summary>
public class ModelTests
{
    [Fact]
    public void ContractExampleResolves()
    {
        var (schema, diagnostics) = TestSchemas.Resolve(TestSchemas.Meeting);
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "Actor", "GeoPoint", "Meeting", "MeetingFormat", "Venue" }, schema.Types.Select(t => t.Name));

        var meeting = schema.Types.Single(t => t.Name == "Meeting");
        Assert.Equal("NewsKit.Model", meeting.Namespace);
        Assert.Equal("meetings", meeting.Plural);
        Assert.Equal(SchemaResolver.DefaultIdPattern, meeting.IdPattern);
        Assert.Equal(new[] { "Title", "Format", "Participants", "Venue", "StartsOn", "EndsOn", "Topics" }, meeting.Fields.Select(f => f.PropertyName));

        var participants = meeting.Fields.Single(f => f.WireName == "participants");
        Assert.Equal(TypeRefKind.List, participants.Type.Kind);
        Assert.Equal(TypeRefKind.Ref, participants.Type.Element!.Kind);
        Assert.Equal("global::NewsKit.Model.ActorId", participants.Type.Element.FullName);
        Assert.Equal(2, participants.Constraints.MinItems);
        Assert.True(participants.Constraints.UniqueItems);

        var lat = schema.Types.Single(t => t.Name == "GeoPoint").Fields[0];
        Assert.Equal(("-90", "90"), (lat.Constraints.Minimum, lat.Constraints.Maximum));

        var format = schema.Types.Single(t => t.Name == "MeetingFormat");
        Assert.Equal(new[] { "Bilateral", "Trilateral", "Multilateral", "PressConference" }, format.Members.Select(m => m.MemberName));
        Assert.Equal("press-conference", format.Members[3].WireName);

        Assert.NotNull(schema.Catalog);
        Assert.Equal("TestProject", schema.Catalog!.Namespace);
        Assert.Equal("EntityCatalog", schema.Catalog.Name);
        Assert.Equal(new[] { "Actors", "Meetings", "Venues" }, schema.Catalog.Entities.Select(e => e.PropertyName));
    }

    [Fact]
    public void ResolvedModelSnapshot()
        => Snapshot.Verify(Print(TestSchemas.Resolve(TestSchemas.Meeting).Schema));

    [Fact]
    public void OneBadFieldStillEmitsTheTypeWithoutIt()
    {
        const string yaml = """
            types:
              Venue:
                kind: entity
                fields:
                  name: string
              Meeting:
                kind: entity
                fields:
                  title: { type: string, required: true }
                  venue: ref<Venu>
                  when: date
            """;
        var (schema, diagnostics) = TestSchemas.Resolve(yaml);
        Assert.Equal("NSG0003", Assert.Single(diagnostics).Id);
        var meeting = schema.Types.Single(t => t.Name == "Meeting");
        Assert.Equal(new[] { "Title", "When" }, meeting.Fields.Select(f => f.PropertyName));

        // The whole pipeline: the rest of the compilation (user code and whatever the emitters write) has no CS errors.
        var run = GeneratorHarness.Run(("/repo/meeting.schema.yaml", yaml));
        Assert.Null(run.Result.Exception);
        Assert.Equal(new[] { "NSG0003" }, run.Errors.Select(d => d.Id));
        Assert.Empty(run.CompilationErrors());
    }

    [Fact]
    public void FieldReferringToABrokenTypeIsDroppedSilently()
    {
        var (schema, diagnostics) = TestSchemas.Resolve("""
            types:
              Broken:
                kind: entitty
              A:
                kind: record
                fields:
                  b: ref<Broken>
                  c: list<Broken>
                  d: string

            """);
        Assert.Equal("NSG0013", Assert.Single(diagnostics).Id);
        Assert.Equal(new[] { "D" }, schema.Types.Single().Fields.Select(f => f.PropertyName));
    }

    [Fact]
    public void DefaultsAndBoundsAreCanonical()
    {
        const string yaml = """
            types:
              Status: { kind: enum, values: [draft, published] }
              A:
                kind: record
                fields:
                  n: { type: int, default: +5, exclusiveMinimum: 0.50, maximum: 1e3 }
                  d: { type: decimal, default: 1.50 }
                  x: { type: double, minimum: -0.5, default: 2.5e3 }
                  day: { type: date, minimum: 2026-01-24, default: 2026-02-01 }
                  at: { type: datetime, maximum: 2026-01-24T10:00:00Z, default: "2026-01-01T00:00:00+01:00" }
                  ok: { type: bool, default: false }
                  web: { type: uri, default: "https://example.org/a" }
                  status: { type: Status, default: published }
                  tags: { type: list<string>, minLength: 1, maxLength: 20, pattern: '^[a-z]+$', maxItems: 5 }
            """;
        var (schema, diagnostics) = TestSchemas.Resolve(yaml);
        Assert.Empty(diagnostics);
        var fields = schema.Types.Single(t => t.Name == "A").Fields.ToDictionary(f => f.WireName);
        Assert.Equal("5", fields["n"].DefaultText);
        Assert.Equal("0.5", fields["n"].Constraints.ExclusiveMinimum);
        Assert.Equal("1000", fields["n"].Constraints.Maximum);
        Assert.Equal("1.5", fields["d"].DefaultText);
        Assert.Equal("-0.5", fields["x"].Constraints.Minimum);
        Assert.Equal("2500", fields["x"].DefaultText);
        Assert.Equal("2026-01-24", fields["day"].Constraints.Minimum);
        Assert.Equal("2026-02-01", fields["day"].DefaultText);
        Assert.Equal("2026-01-24T10:00:00+00:00", fields["at"].Constraints.Maximum);
        Assert.Equal("2026-01-01T00:00:00+01:00", fields["at"].DefaultText);
        Assert.Equal("false", fields["ok"].DefaultText);
        Assert.Equal("https://example.org/a", fields["web"].DefaultText);
        Assert.Equal("published", fields["status"].DefaultText);
        Assert.Equal((1, 20, "^[a-z]+$", 5), (fields["tags"].Constraints.MinLength, fields["tags"].Constraints.MaxLength, fields["tags"].Constraints.Pattern, fields["tags"].Constraints.MaxItems));
    }

    [Theory]
    [InlineData("int", "2147483648")]
    [InlineData("int", "1.5")]
    [InlineData("bool", "yes")]
    [InlineData("date", "2026-13-01")]
    [InlineData("date", "24.01.2026")]
    [InlineData("datetime", "2026-01-24T10:00:00")]
    [InlineData("uri", "/relative/path")]
    [InlineData("Status", "archived")]
    [InlineData("list<string>", "a")]
    [InlineData("double", "1e400")]
    public void InvalidDefaults(string type, string value)
    {
        var (_, diagnostics) = TestSchemas.Resolve($$"""
            types:
              Status: { kind: enum, values: [draft] }
              A:
                kind: record
                fields:
                  f: { type: '{{type}}', default: '{{value}}' }

            """);
        Assert.Equal("NSG0017", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("string", "minimum: 1", "NSG0006")]
    [InlineData("list<int>", "minLength: 1", "NSG0006")]
    [InlineData("map<string>", "minItems: 1", "NSG0006")]
    [InlineData("string", "minLength: 99999999999999999999", "NSG0013")]
    [InlineData("string", "minLength: 1e400", "NSG0013")]
    [InlineData("string", "maxLength: 1.5", "NSG0013")]
    [InlineData("list<string>", "uniqueItems: yes", "NSG0013")]
    [InlineData("int", "minimum: abc", "NSG0013")]
    [InlineData("double", "maximum: 1e400", "NSG0013")]
    [InlineData("date", "minimum: 2026-01-24T00:00:00Z", "NSG0013")]
    [InlineData("string", "minLength: 5, maxLength: 2", "NSG0008")]
    [InlineData("list<string>", "minItems: 5, maxItems: 2", "NSG0008")]
    [InlineData("double", "exclusiveMinimum: 1, exclusiveMaximum: 1", "NSG0008")]
    [InlineData("date", "minimum: 2026-02-01, maximum: 2026-01-01", "NSG0008")]
    [InlineData("string", "pattern: '(?<'", "NSG0007")]
    public void ConstraintErrors(string type, string constraints, string id)
    {
        var (schema, diagnostics) = TestSchemas.Resolve($$"""
            types:
              A:
                kind: record
                fields:
                  f: { type: '{{type}}', {{constraints}} }

            """);
        Assert.Equal(id, Assert.Single(diagnostics).Id);
        Assert.Single(schema.Types.Single().Fields); // the field itself is still emitted
    }

    [Fact]
    public void PluralsDefaultToSimpleEnglish()
    {
        var (schema, diagnostics) = TestSchemas.Resolve("""
            types:
              Category: { kind: entity }
              Box: { kind: entity }
              Day: { kind: entity }
              Speech: { kind: entity }
              GeoArea: { kind: entity }

            """);
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "boxes", "categories", "days", "geoAreas", "speeches" }, schema.Catalog!.Entities.Select(e => e.Plural));
        Assert.Equal(new[] { "Boxes", "Categories", "Days", "GeoAreas", "Speeches" }, schema.Catalog.Entities.Select(e => e.PropertyName));
    }

    [Fact]
    public void NoSoundEntityMeansNoCatalog()
    {
        var (schema, _) = TestSchemas.Resolve("""
            types:
              A: { kind: record }
              E: { kind: enum, values: [a] }

            """);
        Assert.Null(schema.Catalog);
    }

    [Fact]
    public void FilesShareOneTypeSpaceAndKeepTheirNamespaces()
    {
        var (schema, diagnostics) = TestSchemas.Resolve(new[]
        {
            ("/s/meeting.schema.yaml", """
                namespace: News.Meetings
                types:
                  Meeting:
                    kind: entity
                    fields:
                      venue: ref<Venue>

                """),
            ("/s/venue.schema.yaml", """
                types:
                  Venue: { kind: entity }

                """),
        });
        Assert.Empty(diagnostics);
        Assert.Equal("global::TestProject.VenueId", schema.Types.Single(t => t.Name == "Meeting").Fields[0].Type.FullName);
        Assert.Equal("News.Meetings", schema.Types.Single(t => t.Name == "Meeting").Namespace);
    }

    [Theory]
    [InlineData("startsOn", "StartsOn")]
    [InlineData("press-conference", "PressConference")]
    [InlineData("lat", "Lat")]
    [InlineData("a_b.c d", "ABCD")]
    [InlineData("--x", "X")]
    [InlineData("", "")]
    public void PascalCase(string input, string expected) => Assert.Equal(expected, Naming.ToPascalCase(input));

    [Fact]
    public void EquivalentTextGivesEqualModels()
    {
        var a = TestSchemas.Resolve(TestSchemas.Meeting).Schema;
        var b = TestSchemas.Resolve(TestSchemas.Meeting.Replace("# yaml-language-server", """
            # a comment
            # yaml-language-server
            """)).Schema;
        Assert.Equal(a.Types, b.Types);
        Assert.Equal(a.Catalog, b.Catalog);
    }

    internal static string Print(ResolvedSchema schema)
    {
        var s = new StringBuilder();
        s.Append("// Resolved model of TestSchemas.Meeting\n");
        foreach (var t in schema.Types)
        {
            s.Append("// ").Append(t.Kind).Append(' ').Append(t.FullName).Append(" plural=").Append(t.Plural ?? "-").Append(" idPattern=").Append(t.IdPattern).Append('\n');
            foreach (var f in t.Fields)
            {
                var c = f.Constraints;
                s.Append("//   ").Append(f.WireName).Append(" -> ").Append(f.PropertyName).Append(": ").Append(Type(f.Type))
                    .Append(f.Required ? " required" : string.Empty)
                    .Append(f.DefaultText is null ? string.Empty : " default=" + f.DefaultText)
                    .Append(c == FieldConstraints.None ? string.Empty : " " + c.ToString().Replace("FieldConstraints ", string.Empty))
                    .Append('\n');
            }

            foreach (var m in t.Members)
            {
                s.Append("//   ").Append(m.WireName).Append(" -> ").Append(m.MemberName).Append('\n');
            }
        }

        if (schema.Catalog is { } catalog)
        {
            s.Append("// catalog ").Append(catalog.Namespace).Append('.').Append(catalog.Name).Append('\n');
            foreach (var e in catalog.Entities)
            {
                s.Append(string.Format(CultureInfo.InvariantCulture, "//   {0} ({1}, {2}) as {3}\n", e.PropertyName, e.FullName, e.IdFullName, e.Plural));
            }
        }

        return s.ToString();

        static string Type(TypeRefModel t) => t.Kind switch
        {
            TypeRefKind.Primitive => t.Primitive.ToString(),
            TypeRefKind.List => "List<" + Type(t.Element!) + ">",
            TypeRefKind.Map => "Map<" + Type(t.Element!) + ">",
            _ => t.Kind + "(" + t.FullName + ")",
        };
    }
}
