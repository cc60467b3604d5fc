using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>One test per diagnostic id: a small schema with exactly that mistake, and where it is reported.</summary>
public class DiagnosticTests
{
    private const string P = "/repo/model/test.schema.yaml";

    [Fact]
    public void NSG0001_YamlSyntaxError()
    {
        var d = Single("NSG0001", """
            types:
              A: { kind: record ]

            """);
        AssertAt(d, P, 2, 21);
        Assert.StartsWith("YAML syntax error:", d.GetMessage());
    }

    [Fact]
    public void NSG0001_SyntaxErrorYieldsNoTypes()
    {
        var (schema, diagnostics) = TestSchemas.Resolve("""
            types:
              A: { kind: record }
              B: { kind: record ]

            """);
        Assert.Contains(diagnostics, d => d.Id == "NSG0001");
        Assert.Empty(schema.Types);
    }

    [Fact]
    public void NSG0001_SecondDocumentIsReportedAndIgnored()
    {
        var (schema, diagnostics) = TestSchemas.Resolve("""
            types:
              A: { kind: record }
            ---
            types:
              B: { kind: record }

            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0001", d.Id);
        Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(new[] { "A" }, schema.Types.Select(t => t.Name));
    }

    [Fact]
    public void NSG0001_TabIndentation()
    {
        var d = Single("NSG0001", "types:\n\tA:\n\t\tkind: record\n");
        AssertAt(d, P, 2, 1);
    }

    [Fact]
    public void NSG0002_UnknownKey()
    {
        var d = Single("NSG0002", """
            types:
              A:
                kind: record
                feilds: {}

            """);
        AssertAt(d, P, 4, 5);
        Assert.Contains("Unknown key 'feilds' in type 'A'", d.GetMessage());
        Assert.Contains("Did you mean 'fields'?", d.GetMessage());
    }

    [Fact]
    public void NSG0003_UnknownType()
    {
        var d = Single("NSG0003", """
            types:
              Venue:
                kind: entity
              Meeting:
                kind: entity
                fields:
                  venue: ref<Venu>

            """);
        AssertAt(d, P, 7, 18);
        Assert.Equal(4, d.Location.GetLineSpan().EndLinePosition.Character - d.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains("Unknown type 'Venu'. Did you mean 'Venue'?", d.GetMessage());
    }

    [Fact]
    public void NSG0003_QuotedExpressionIsLocatedAtTheScalar()
    {
        var d = Single("NSG0003", """
            types:
              A:
                kind: record
                fields:
                  b: { type: "list<Bogus>" }

            """);
        AssertAt(d, P, 5, 18);
    }

    [Fact]
    public void NSG0004_DuplicateTypeAcrossFiles()
    {
        var run = GeneratorHarness.Run(
            ("/repo/a.schema.yaml", """
                types:
                  Venue:
                    kind: entity

                """),
            ("/repo/b.schema.yaml", """
                types:
                  Venue:
                    kind: record

                """));
        var d = Assert.Single(run.Errors);
        Assert.Equal("NSG0004", d.Id);
        AssertAt(d, "/repo/b.schema.yaml", 2, 3);
        Assert.Contains("/repo/a.schema.yaml(2,3)", d.GetMessage());
    }

    [Fact]
    public void NSG0004_DuplicateTypeInOneFile()
    {
        var d = Single("NSG0004", """
            types:
              A: { kind: record }
              A: { kind: record }

            """);
        AssertAt(d, P, 3, 3);
    }

    [Fact]
    public void NSG0005_ExplicitIdField()
    {
        var d = Single("NSG0005", """
            types:
              Actor:
                kind: entity
                fields:
                  id: string

            """);
        AssertAt(d, P, 5, 7);
        Assert.Contains("implicit 'id' field", d.GetMessage());
    }

    [Fact]
    public void NSG0005_PascalCaseCollision()
    {
        var d = Single("NSG0005", """
            types:
              A:
                kind: record
                fields:
                  start-date: date
                  startDate: date

            """);
        AssertAt(d, P, 6, 7);
        Assert.Contains("'start-date' and 'startDate' both become the property 'StartDate'", d.GetMessage());
    }

    [Fact]
    public void NSG0006_ConstraintDoesNotFitType()
    {
        var d = Single("NSG0006", """
            types:
              A:
                kind: record
                fields:
                  n: { type: int, pattern: '^a$' }

            """);
        AssertAt(d, P, 5, 23);
        Assert.Contains("'pattern' does not apply to a field of type 'int'", d.GetMessage());
    }

    [Fact]
    public void NSG0007_InvalidPattern()
    {
        var d = Single("NSG0007", """
            types:
              A:
                kind: record
                fields:
                  s: { type: string, pattern: '[a-' }

            """);
        AssertAt(d, P, 5, 35);
    }

    [Fact]
    public void NSG0007_InvalidIdPattern()
    {
        var d = Single("NSG0007", """
            types:
              A:
                kind: entity
                idPattern: '(unclosed'

            """);
        AssertAt(d, P, 4, 16);
    }

    [Fact]
    public void NSG0008_MinimumAboveMaximum()
    {
        var d = Single("NSG0008", """
            types:
              A:
                kind: record
                fields:
                  n:
                    type: int
                    minimum: 5
                    maximum: 1

            """);
        AssertAt(d, P, 7, 9);
        Assert.Contains("'minimum' (5) is greater than 'maximum' (1)", d.GetMessage());
    }

    [Fact]
    public void NSG0009_RefToRecord()
    {
        var d = Single("NSG0009", """
            types:
              GeoPoint:
                kind: record
              Venue:
                kind: entity
                fields:
                  where: ref<GeoPoint>

            """);
        AssertAt(d, P, 7, 18);
        Assert.Contains("'GeoPoint' is a record", d.GetMessage());
    }

    [Fact]
    public void NSG0010_InheritanceCycle()
    {
        var run = GeneratorHarness.Run((P, """
            types:
              A: { kind: record, extends: B }
              B: { kind: record, extends: A }

            """));
        var cycles = run.Diagnostics.Where(d => d.Id == "NSG0010").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, cycles.Count);
        AssertAt(cycles[0], P, 2, 31);
        AssertAt(cycles[1], P, 3, 31);
        Assert.Contains("A -> B -> A", cycles[0].GetMessage());
        Assert.All(run.Errors, d => Assert.Equal("NSG0010", d.Id));
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void NSG0011_TypeNameIsNotAnIdentifier()
    {
        var d = Single("NSG0011", """
            types:
              My-Type:
                kind: record

            """);
        AssertAt(d, P, 2, 3);
    }

    [Fact]
    public void NSG0011_FieldNameStartsWithDigit()
    {
        var d = Single("NSG0011", """
            types:
              A:
                kind: record
                fields:
                  2fast: string

            """);
        AssertAt(d, P, 5, 7);
        Assert.Contains("'2fast'", d.GetMessage());
    }

    [Fact]
    public void NSG0011_InvalidCatalogNameIsReportedWithoutLocation()
    {
        var run = GeneratorHarness.Run(new[] { (P, """
            types:
              A: { kind: entity }

            """) }, new Dictionary<string, string> { ["build_property.RootNamespace"] = "App", ["build_property.NewsSchemaCatalogName"] = "My Catalog" });
        var d = Assert.Single(run.Errors);
        Assert.Equal("NSG0011", d.Id);
        Assert.Equal(Location.None, d.Location);
    }

    [Fact]
    public void NSG0012_TypeNameIsKeyword()
    {
        var d = Single("NSG0012", """
            types:
              class:
                kind: record

            """);
        AssertAt(d, P, 2, 3);
    }

    [Fact]
    public void NSG0013_WrongValueKind()
    {
        var d = Single("NSG0013", """
            types:
              A:
                kind: record
                fields:
                  a: { type: string, required: yes-please }

            """);
        AssertAt(d, P, 5, 36);
        Assert.Contains("'required' expects true or false, found 'yes-please'", d.GetMessage());
    }

    [Fact]
    public void NSG0013_KindSuggestion()
    {
        var d = Single("NSG0013", """
            types:
              A:
                kind: entitty

            """);
        AssertAt(d, P, 3, 11);
        Assert.Contains("Did you mean 'entity'?", d.GetMessage());
    }

    [Fact]
    public void NSG0013_NegativeMinLength()
    {
        var d = Single("NSG0013", """
            types:
              A:
                kind: record
                fields:
                  s: { type: string, minLength: -1 }

            """);
        AssertAt(d, P, 5, 37);
    }

    [Fact]
    public void NSG0013_FieldsIsASequence()
    {
        var d = Single("NSG0013", """
            types:
              A:
                kind: record
                fields: [a, b]

            """);
        AssertAt(d, P, 4, 13);
        Assert.Contains("found a sequence", d.GetMessage());
    }

    [Fact]
    public void NSG0013_TypesIsAScalar()
    {
        var d = Single("NSG0013", "types: 5\n");
        AssertAt(d, P, 1, 8);
    }

    [Fact]
    public void NSG0014_MissingKind()
    {
        var d = Single("NSG0014", """
            types:
              A:
                description: no kind

            """);
        AssertAt(d, P, 2, 3);
        Assert.Contains("type 'A' needs 'kind'", d.GetMessage());
    }

    [Fact]
    public void NSG0014_EnumWithoutValues()
    {
        var d = Single("NSG0014", """
            types:
              Color:
                kind: enum

            """);
        AssertAt(d, P, 2, 3);
    }

    [Fact]
    public void NSG0015_InvalidTypeExpression()
    {
        var d = Single("NSG0015", """
            types:
              A:
                kind: record
                fields:
                  tags: list<string

            """);
        AssertAt(d, P, 5, 13);
    }

    [Theory]
    [InlineData("list<")]
    [InlineData("list<string")]
    [InlineData("map<string,int>")]
    [InlineData("ref<list<A>>")]
    [InlineData("list")]
    [InlineData("string<int>")]
    [InlineData("list<string>>")]
    public void NSG0015_Variants(string expression)
    {
        var d = Single("NSG0015", $$"""
            types:
              A:
                kind: record
                fields:
                  x: { type: '{{expression}}' }

            """);
        Assert.Contains("'" + expression + "' is not a valid type expression", d.GetMessage());
    }

    [Fact]
    public void NSG0016_IsNoLongerReported_FamiliesAreSupported()
    {
        // NSG0016 was "not supported yet" for extends/abstract/discriminator/tag; families work now.
        var run = GeneratorHarness.Run((P, """
            types:
              A:
                kind: record
                abstract: true
              B:
                kind: record
                extends: A

            """));
        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.GeneratedSources, s => s.HintName.EndsWith("B.g.cs", System.StringComparison.Ordinal));
    }

    [Fact]
    public void NSG0017_InvalidDefault()
    {
        var d = Single("NSG0017", """
            types:
              A:
                kind: record
                fields:
                  n: { type: int, default: abc }

            """);
        AssertAt(d, P, 5, 32);
    }

    [Fact]
    public void NSG0040_DefaultOnRequiredField()
    {
        var d = Single("NSG0040", """
            types:
              A:
                kind: record
                fields:
                  n: { type: int, required: true, default: 1 }

            """);
        AssertAt(d, P, 5, 48);
        Assert.StartsWith("A required field cannot have a default: 'n' must always be present", d.GetMessage());
        Assert.DoesNotContain("does not fit", d.GetMessage());
    }

    [Fact]
    public void NSG0040_is_reported_even_when_the_default_would_not_fit_either()
    {
        var d = Single("NSG0040", """
            types:
              A:
                kind: record
                fields:
                  n: { type: int, required: true, default: abc }

            """);
        AssertAt(d, P, 5, 48);
    }

    [Theory]
    [InlineData("""
        types:
          Color: { kind: enum, values: [red] }
          A:
            kind: entity
            fields:
              c: ref<Color>

        """, "NSG0009", "but 'Color' is an enum;")]
    [InlineData("""
        types:
          P: { kind: record }
          A:
            kind: entity
            fields:
              c: ref<P>

        """, "NSG0009", "but 'P' is a record;")]
    [InlineData("""
        types:
          Color: { kind: enum, values: [1st] }

        """, "NSG0011", "cannot name an enum member:")]
    [InlineData("""
        types:
          A:
            kind: record
            fields:
              2fast: string

        """, "NSG0011", "cannot name a field:")]
    [InlineData("""
        types:
          Color: { kind: enum, values: [red], plural: colors }

        """, "NSG0023", "not to an enum")]
    [InlineData("""
        types:
          A: { kind: record, plural: as }

        """, "NSG0023", "not to a record")]
    [InlineData("""
        types:
          A: { kind: record, abstract: true, tag: a }

        """, "NSG0023", "not to an abstract type")]
    public void Articles_built_from_names_fit_the_name(string schema, string id, string fragment)
    {
        var d = Single(id, schema);
        Assert.Contains(fragment, d.GetMessage());
        Assert.DoesNotMatch(@"\ba [aeiou]", d.GetMessage());
    }

    [Fact]
    public void NSG0005_gives_where_the_first_declaration_is()
    {
        var d = Single("NSG0005", """
            types:
              A:
                kind: record
                fields:
                  start-date: date
                  startDate: date

            """);
        AssertAt(d, P, 6, 7);
        Assert.EndsWith("; first declared at " + P + "(5,7)", d.GetMessage());
    }

    [Fact]
    public void NSG0005_for_an_alias_gives_where_the_field_it_repeats_is_declared()
    {
        var d = Single("NSG0005", """
            types:
              A:
                kind: record
                fields:
                  title: string
                  name: { type: string, aliases: [title] }

            """);
        Assert.Contains("is already the name or an alias of field 'title'; first declared at " + P + "(5,7)", d.GetMessage());
    }

    [Fact]
    public void NSG0018_DuplicateEnumValue()
    {
        var d = Single("NSG0018", """
            types:
              Color:
                kind: enum
                values: [red, green, red]

            """);
        AssertAt(d, P, 4, 26);
    }

    [Fact]
    public void NSG0018_EnumPascalCaseCollision()
    {
        var d = Single("NSG0018", """
            types:
              Format:
                kind: enum
                values: [press-conference, press_conference]

            """);
        AssertAt(d, P, 4, 32);
        Assert.Contains("PressConference", d.GetMessage());
    }

    [Fact]
    public void NSG0019_InvalidNamespace()
    {
        var d = Single("NSG0019", """
            namespace: My.class.Model
            types:
              A: { kind: record }

            """);
        AssertAt(d, P, 1, 12);
    }

    [Fact]
    public void NSG0019_InvalidMsBuildNamespaceFallsBack()
    {
        var run = GeneratorHarness.Run(new[] { (P, """
            types:
              A: { kind: entity }

            """) }, new Dictionary<string, string> { ["build_property.RootNamespace"] = "1Bad.Name" });
        var d = Assert.Single(run.Errors);
        Assert.Equal("NSG0019", d.Id);
        Assert.Equal(Location.None, d.Location);
        var (schema, _) = TestSchemas.Resolve(new[] { (P, """
            types:
              A: { kind: entity }

            """) }, defaultNamespace: "1Bad.Name");
        Assert.Equal("NewsSchema.Generated", schema.Types.Single().Namespace);
        Assert.Equal("NewsSchema.Generated", schema.Catalog!.Namespace);
    }

    [Fact]
    public void NSG0020_DuplicatePlural()
    {
        var d = Single("NSG0020", """
            types:
              A:
                kind: entity
                plural: items
              B:
                kind: entity
                plural: items

            """);
        AssertAt(d, P, 7, 13);
        Assert.Contains("'A' and 'B'", d.GetMessage());
    }

    [Fact]
    public void NSG0021_DuplicateKey()
    {
        var d = Single("NSG0021", """
            types:
              A:
                kind: record
                kind: entity

            """);
        AssertAt(d, P, 4, 5);
        Assert.Contains("first at line 3, column 5", d.GetMessage());
    }

    [Fact]
    public void NSG0022_ReservedMemberName()
    {
        var d = Single("NSG0022", """
            types:
              A:
                kind: record
                fields:
                  toYaml: string

            """);
        AssertAt(d, P, 5, 7);
        Assert.Contains("'ToYaml'", d.GetMessage());
    }

    [Fact]
    public void NSG0023_KeyDoesNotApplyToKind()
    {
        var d = Single("NSG0023", """
            types:
              A:
                kind: record
                plural: as

            """);
        AssertAt(d, P, 4, 5);
        Assert.Contains("'plural' applies only to entities, not to a record", d.GetMessage());
    }

    [Fact]
    public void NSG0024_EmptySchema()
    {
        var run = GeneratorHarness.Run((P, "# nothing here yet\n"));
        Assert.Empty(run.Errors);
        var d = Assert.Single(run.Diagnostics, x => x.Id == "NSG0024");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, P, 1, 1);
    }

    [Fact]
    public void NSG0024_NoTypes()
    {
        var run = GeneratorHarness.Run((P, """
            namespace: A.B
            types: {}

            """));
        Assert.Single(run.Diagnostics, x => x.Id == "NSG0024");
    }

    [Fact]
    public void HelpLinkPointsAtTheDocsAnchor()
    {
        var d = Single("NSG0012", """
            types:
              class:
                kind: record

            """);
        Assert.EndsWith("docs/diagnostics.md#nsg0012", d.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void ValidSchemaHasNoDiagnostics()
    {
        var run = GeneratorHarness.Run(("/repo/meeting.schema.yaml", TestSchemas.Meeting));
        Assert.Empty(run.Diagnostics);
        Assert.Null(run.Result.Exception);
    }

    internal static Diagnostic Single(string id, string yaml)
    {
        var run = GeneratorHarness.Run((P, yaml));
        Assert.Null(run.Result.Exception);
        var all = string.Join("\n", run.Diagnostics.Select(d => d.ToString()));
        var matching = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, "expected one " + id + ", got:\n" + all);
        Assert.True(run.Errors.All(d => d.Id == id), "expected only " + id + ", got:\n" + all);
        return matching[0];
    }

    [Fact]
    public void NSG0026_ExtendsATypeThatIsNotAbstract()
    {
        var d = Single("NSG0026", """
            types:
              Base:
                kind: record
              Derived:
                kind: record
                extends: Base

            """);
        AssertAt(d, P, 6, 14);
        Assert.Contains("add 'abstract: true' to 'Base'", d.GetMessage());
    }

    [Fact]
    public void NSG0027_ExtendsBetweenAnEntityAndARecord()
    {
        var d = Single("NSG0027", """
            types:
              Base:
                kind: record
                abstract: true
              Derived:
                kind: entity
                extends: Base

            """);
        AssertAt(d, P, 7, 14);
        Assert.Contains("'Derived' is an entity but extends 'Base', which is a record", d.GetMessage());
    }

    [Fact]
    public void NSG0028_FieldRedeclaredInADerivedType()
    {
        var d = Single("NSG0028", """
            types:
              Base:
                kind: record
                abstract: true
                fields:
                  name: string
              Derived:
                kind: record
                extends: Base
                fields:
                  name: string

            """);
        AssertAt(d, P, 11, 7);
        Assert.Contains("already declared by its base type 'Base'", d.GetMessage());
    }

    [Fact]
    public void NSG0029_TwoConcreteTypesWithOneTag()
    {
        var d = Single("NSG0029", """
            types:
              Base:
                kind: record
                abstract: true
              A:
                kind: record
                extends: Base
                tag: same
              B:
                kind: record
                extends: Base
                tag: same

            """);
        AssertAt(d, P, 12, 10);
        Assert.Contains("The tag 'same' is used by both 'A' and 'B' in the family of 'Base'", d.GetMessage());
    }

    [Fact]
    public void Family_keys_in_the_wrong_place_are_NSG0023()
    {
        var run = GeneratorHarness.Run((P, """
            types:
              Base:
                kind: record
                abstract: true
                tag: base
              A:
                kind: record
                extends: Base
                discriminator: type

            """));
        var ds = run.Errors.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(new[] { "NSG0023", "NSG0023" }, ds.Select(d => d.Id));
        AssertAt(ds[0], P, 5, 10);
        AssertAt(ds[1], P, 9, 20);
    }

    [Fact]
    public void Extending_an_unknown_type_is_NSG0003_with_a_suggestion()
    {
        var d = Single("NSG0003", """
            types:
              Shape:
                kind: record
                abstract: true
              Circle:
                kind: record
                extends: Shap

            """);
        AssertAt(d, P, 7, 14);
        Assert.Contains("Did you mean 'Shape'?", d.GetMessage());
    }

    internal static void AssertAt(Diagnostic diagnostic, string path, int line, int column)
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }
}
