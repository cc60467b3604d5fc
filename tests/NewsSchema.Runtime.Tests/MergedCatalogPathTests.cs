using System;
using System.IO;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// In a merged catalog, a path names the place in the file the error's Source names: the second
/// sample of the second file is <c>samples[1]</c> there, whatever came before it in other files,
/// for LoadFiles (YAML and JSON), Merge, a merge of merges, and every error kind on an entity.
/// </summary>
public sealed class MergedCatalogPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsschema-merge-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string Good(string name, params string[] ids)
        => File(name, "samples:\n" + string.Concat(ids.Select(id => $"""
              - id: {id}
                title: T

            """)));

    [Fact]
    public void Errors_in_later_files_are_indexed_within_their_file()
    {
        var one = Good("one.yaml", "a1", "a2", "a3");
        var two = File("two.yaml", """
            samples:
              - id: b1
                title: T
              - id: b2
                title: T
                owner: ghost

            """);
        var three = File("three.json", "{\"samples\": [{\"id\": \"c1\", \"title\": \"" + new string('x', 81) + "\"}, {\"id\": \"a1\", \"title\": \"T\"}]}");

        var catalog = TestCatalog.LoadFiles([one, two, three]).Value!;
        var errors = catalog.Validate().Errors.Select(e => $"{e.Code} {e.Path} {Path.GetFileName(e.Source)}").ToArray();
        // Ordered by file (ordinal: three.json before two.yaml), line and column.
        Assert.Equal(
            new[]
            {
                "max-length samples[0].title three.json",
                "duplicate-id samples[1].id three.json",
                "unresolved-reference samples[1].owner two.yaml",
            },
            errors);
        var duplicate = catalog.Validate().Errors.Single(e => e.Code == "duplicate-id");
        Assert.Contains("samples[0] (" + one + "(2,5))", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_of_merges_keeps_per_file_indexes()
    {
        var one = TestCatalog.LoadFiles([Good("one.yaml", "a1", "a2")]).Value!;
        var two = TestCatalog.LoadFiles([Good("two.yaml", "b1"), File("three.yaml", """
            samples:
              - id: c1
                title: T
              - id: c2
                title: T
                owner: ghost

            """)]).Value!;
        var merged = TestCatalog.Merge([one, two]);
        var error = Assert.Single(merged.Validate().Errors);
        Assert.Equal(("samples[1].owner", "three.yaml", 6), (error.Path, Path.GetFileName(error.Source), error.Line));
    }

    [Fact]
    public void A_catalog_built_in_code_uses_its_own_indexes()
    {
        var catalog = new TestCatalog(samples: [new Sample { Id = new SampleId("a"), Title = "T" }, new Sample { Id = new SampleId("b"), Title = "T", Owner = new OwnerId("ghost") }]);
        Assert.Equal("samples[1].owner", Assert.Single(catalog.Validate().Errors).Path);
    }
}
