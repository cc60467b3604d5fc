using System;
using System.IO;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.ValidationAssert;

namespace NewsSchema.Tests;

/// <summary>
/// The catalog of the test project (<see cref="TestCatalog"/>, entities Owner and Sample):
/// Find, Validate with duplicate-id and unresolved-reference, files merged by LoadFiles, JSON.
/// </summary>
public sealed class CatalogValidationTests : IDisposable
{
    private const string ValidYaml = """
        owners:
          - id: alice
            name: Alice
          - id: bob
            name: Bob
        samples:
          - id: first
            title: First
            owner: alice
            owners: [alice, bob]
            points:
              - { lat: 1, lon: 2 }
          - id: second
            title: Second
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsschema-catalog-" + Guid.NewGuid().ToString("N"));

    public CatalogValidationTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Valid_catalog_validates_and_finds_by_id()
    {
        var result = TestCatalog.ParseYaml(ValidYaml, "catalog.yaml");
        var catalog = Parsed(result);
        Valid(catalog.Validate());

        Assert.Equal("Alice", catalog.Find(new OwnerId("alice"))?.Name);
        Assert.Same(catalog.Owners[1], catalog.Find(new OwnerId("bob")));
        Assert.Same(catalog.Samples[0], catalog.Find(new SampleId("first")));
        Assert.Null(catalog.Find(new OwnerId("carol")));
        Assert.Null(catalog.Find(new SampleId("alice")));
        Assert.NotNull(catalog.Positions);
    }

    [Fact]
    public void Catalog_made_in_code_validates_without_positions()
    {
        var alice = new Owner { Id = new OwnerId("alice"), Name = "Alice" };
        var catalog = new TestCatalog(
            owners: [alice],
            samples: [new Sample { Id = new SampleId("s"), Title = "S", Owner = alice.Id, Owners = [alice.Id, new OwnerId("ghost")] }]);
        Errors(catalog.Validate(), Error("unresolved-reference", "samples[0].owners[1]", null, 0, 0, "'ghost'"));
        Assert.Same(alice, catalog.Find(alice.Id));
    }

    [Fact]
    public void Duplicate_id_across_two_files_names_both_positions()
    {
        var a = Write("a.yaml", """
            owners:
              - id: alice
                name: Alice from a
            """);
        var b = Write("b.yaml", """
            owners:
              - id: bob
                name: Bob
              - id: alice
                name: Alice from b
            """);

        var result = TestCatalog.LoadFiles([a, b]);
        var catalog = Parsed(result);
        Assert.Equal(3, catalog.Owners.Count);
        Assert.Equal("Alice from a", catalog.Find(new OwnerId("alice"))?.Name);

        Errors(
            catalog.Validate(),
            Error("duplicate-id", "owners[1].id", b, 4, 9, "'alice'", "owners[0]", $"{a}(2,5)"));
    }

    [Fact]
    public void Duplicate_id_in_one_file()
    {
        var result = TestCatalog.ParseYaml(
            """
            samples:
              - id: same
                title: One
              - id: same
                title: Two
              - id: same
                title: Three
            """,
            "dup.yaml");
        Errors(
            Parsed(result).Validate(),
            Error("duplicate-id", "samples[1].id", "dup.yaml", 4, 9, "'same'", "samples[0]", "dup.yaml(2,5)"),
            Error("duplicate-id", "samples[2].id", "dup.yaml", 6, 9, "'same'", "samples[0]", "dup.yaml(2,5)"));
    }

    [Fact]
    public void Dangling_reference_in_a_field_and_in_a_list_item()
    {
        var result = TestCatalog.ParseYaml(
            """
            owners:
              - id: alice
                name: Alice
            samples:
              - id: first
                title: First
                owner: carol
                owners:
                  - alice
                  - dave
            """,
            "refs.yaml");
        Errors(
            Parsed(result).Validate(),
            Error("unresolved-reference", "samples[0].owner", "refs.yaml", 7, 12, "no Owner has the id 'carol'"),
            Error("unresolved-reference", "samples[0].owners[1]", "refs.yaml", 10, 9, "no Owner has the id 'dave'"));
    }

    [Fact]
    public void Reference_to_an_entity_in_another_file_resolves()
    {
        var owners = Write("owners.yaml", """
            owners:
              - id: alice
                name: Alice

            """);
        var samples = Write("samples.yaml", """
            samples:
              - id: s1
                title: S
                owner: alice
                owners: [alice, zed]

            """);
        var catalog = Parsed(TestCatalog.LoadFiles([owners, samples]));
        Errors(catalog.Validate(), Error("unresolved-reference", "samples[0].owners[1]", samples, 5, 21, "'zed'"));
    }

    [Fact]
    public void Entity_errors_and_catalog_errors_together()
    {
        var result = TestCatalog.ParseYaml(
            """
            owners:
              - id: Bad Id
                name: Someone
            samples:
              - id: s
                title: S
                owner: nobody
                points:
                  - { lat: 91, lon: 0 }
            """,
            "mixed.yaml");
        Errors(
            Parsed(result).Validate(),
            Error("pattern", "owners[0].id", "mixed.yaml", 2, 9, "'Bad Id'"),
            Error("unresolved-reference", "samples[0].owner", "mixed.yaml", 7, 12, "'nobody'"),
            Error("maximum", "samples[0].points[0].lat", "mixed.yaml", 9, 16, "at most 90", "is 91"));
    }

    [Fact]
    public void Unknown_catalog_key_gets_a_suggestion()
    {
        var result = TestCatalog.ParseYaml("""
            owner:
              - id: alice
                name: Alice

            """, "typo.yaml");
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal("unknown-field", error.Code);
        Assert.Equal("typo.yaml", error.Source);
        Assert.Equal(1, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Contains("'owners'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_catalog_parses_validates_and_finds()
    {
        var json = """
            {
              "owners": [ { "id": "alice", "name": "Alice" } ],
              "samples": [ { "id": "s1", "title": "S", "owner": "alice", "owners": ["alice"] } ]
            }
            """;
        var catalog = Parsed(TestCatalog.ParseJson(json, "catalog.json"));
        Valid(catalog.Validate());
        Assert.Equal("Alice", catalog.Find(new OwnerId("alice"))?.Name);
        Assert.Equal(catalog, TestCatalog.FromJson(catalog.ToJson()), CatalogComparer.Instance);
    }

    [Fact]
    public void Json_catalog_with_a_dangling_reference()
    {
        var json = """{"samples": [{"id": "s1", "title": "S", "owner": "ghost"}]}""";
        var result = Parsed(TestCatalog.ParseJson(json, "catalog.json")).Validate();
        var error = Assert.Single(result.Errors);
        Assert.Equal("unresolved-reference", error.Code);
        Assert.Equal("samples[0].owner", error.Path);
        Assert.Contains("'ghost'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFiles_reads_json_and_yaml_together()
    {
        var owners = Write("owners.json", """{"owners": [{"id": "alice", "name": "Alice"}]}""");
        var samples = Write("samples.yaml", """
            samples:
              - id: s1
                title: S
                owner: alice

            """);
        var catalog = Parsed(TestCatalog.LoadFiles([owners, samples]));
        Valid(catalog.Validate());
        Assert.NotNull(catalog.Find(new SampleId("s1")));
    }

    [Fact]
    public void LoadFiles_reports_a_missing_file_a_folder_and_a_null_path_as_file_errors()
    {
        var good = Write("owners.yaml", """
            owners:
              - id: alice
                name: Alice

            """);
        var bad = Write("bad.yaml", """
            owners:
              - id: bob
                nmae: Bob

            """);
        var missing = Path.Combine(_dir, "nope.yaml");
        var inMissingFolder = Path.Combine(_dir, "no-folder", "x.yaml");

        var result = TestCatalog.LoadFiles([good, missing, _dir, bad, inMissingFolder, null!, ""]);

        Assert.False(result.IsSuccess);
        var errors = result.Errors.Select(e => (e.Code, e.Source, e.Message)).ToList();
        Assert.Equal(
            [
                (DataErrorCodes.File, missing, "the file does not exist"),
                (DataErrorCodes.File, _dir, "it is a folder, not a file"),
                (DataErrorCodes.Required, bad, "Owner requires 'name', which is missing"),
                (DataErrorCodes.UnknownField, bad, "'nmae' is not a field of Owner; did you mean 'name'?"),
                (DataErrorCodes.File, inMissingFolder, "the folder of the file does not exist"),
                (DataErrorCodes.File, null, "a path is null"),
                (DataErrorCodes.File, "", "a path is empty"),
            ],
            errors);
        Assert.Equal($"{missing}: error file: the file does not exist", result.Errors[0].ToString());
    }

    /// <summary>A path the file system refuses (a NUL character) is a <c>file</c> error that says so, not an exception.</summary>
    [Fact]
    public void LoadFiles_reports_a_path_that_is_not_valid()
    {
        var path = Path.Combine(_dir, "a\0b.yaml");
        var error = Assert.Single(TestCatalog.LoadFiles([path]).Errors);
        Assert.Equal((DataErrorCodes.File, path), (error.Code, error.Source));
        Assert.StartsWith("the path is not valid: ", error.Message);
    }

    [Fact]
    public void Catalog_validation_errors_come_ordered_by_file_line_and_column()
    {
        // Walked owners first, then samples: b.yaml's duplicate id before a.yaml's errors.
        var a = Write("a.yaml", """
            samples:
              - id: s1
                title: S
                owner: ghost
              - id: s2
                title: T
                points:
                  - { lat: 100, lon: 0 }
            owners:
              - id: carol
                name: C

            """);
        var b = Write("b.yaml", """
            owners:
              - id: alice
                name: A
              - id: alice
                name: B

            """);

        var errors = Parsed(TestCatalog.LoadFiles([b, a])).Validate().Errors;

        Assert.Equal(
            [(a, 4, 12, "unresolved-reference"), (a, 8, 16, "maximum"), (b, 4, 9, "duplicate-id")],
            errors.Select(e => (e.Source, e.Line, e.Column, e.Code)).ToArray());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Two catalogs are equal when their entity lists are.</summary>
    private sealed class CatalogComparer : System.Collections.Generic.IEqualityComparer<TestCatalog>
    {
        public static readonly CatalogComparer Instance = new();

        public bool Equals(TestCatalog? x, TestCatalog? y)
            => x is not null && y is not null && x.Owners.SequenceEqual(y.Owners) && x.Samples.SequenceEqual(y.Samples);

        public int GetHashCode(TestCatalog obj) => obj.Owners.Count;
    }
}
