using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using NewsSchema.Generator.DataCheck;
using NewsSchema.Tests.Model;
using NewsSchema.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Tests;

/// <summary>
/// Issue 17's proof of one meaning: the build-time data check (the generator's interpreter of
/// the resolved model) and the generated code (ParseYaml + Validate, and the catalog's Merge +
/// Validate as the NewsDesk checker runs them) report exactly the same errors: code, path,
/// line, column and message, for every data file of this project, the fuzz corpus, and
/// thousands of mutated documents, through every record and entity type and the catalog.
/// Only <c>custom</c> errors (ValidateCustom, user code) are left out of the runtime side: they
/// cannot run at build time.
/// </summary>
[Collection(DataCheckDifferentialCollection.Name)]
public class DataCheckDifferentialTests
{
    private const int FuzzedDocuments = 3000;

    /// <summary>Each fuzzed document goes through this many of the types (picked by the seeded random) and the catalog.</summary>
    private const int TypesPerFuzzedDocument = 8;

    private static readonly Lazy<DataCheckSchema> Schema = new(() => DataChecker.Load(
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Schemas"), "*.schema.yaml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))));

    private static readonly Lazy<DataCheckComparison> Comparison = new(() => new DataCheckComparison(Schema.Value, typeof(Sample), RunCatalog, TypesPerFuzzedDocument));

    private readonly ITestOutputHelper _output;

    public DataCheckDifferentialTests(ITestOutputHelper output) => _output = output;

    /// <summary>As the NewsDesk checker: each file parsed alone, the ones that parsed merged and validated.</summary>
    private static IReadOnlyList<DataError> RunCatalog(IReadOnlyList<(string Path, string Text)> files)
    {
        var errors = new List<DataError>();
        var parts = new List<TestCatalog>();
        foreach (var (path, text) in files)
        {
            var result = TestCatalog.ParseYaml(text, path);
            if (result.IsSuccess)
            {
                parts.Add(result.Value!);
            }
            else
            {
                errors.AddRange(result.Errors);
            }
        }

        errors.AddRange(TestCatalog.Merge(parts).Validate().Errors);
        return errors;
    }

    private static IEnumerable<string> DataFiles()
    {
        var roots = new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Data"),
            Path.Combine(Repo.Root, "tests", "NewsSchema.Fuzz", "corpus"),
            Path.Combine(Repo.Root, "tests", "NewsSchema.Sample.Tests", "broken"),
            Path.Combine(Repo.Root, "samples", "NewsDesk", "data"),
        };
        return roots.SelectMany(r => Directory.GetFiles(r, "*.yaml", SearchOption.AllDirectories)).OrderBy(f => f, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_data_file_gets_the_same_errors_at_build_time_and_at_run_time()
    {
        var failures = new List<string>();
        var files = DataFiles().ToList();
        var comparisons = 0;
        var errors = 0;
        foreach (var file in files)
        {
            var (c, e) = Comparison.Value.Compare(Path.GetFileName(file), File.ReadAllText(file), failures);
            comparisons += c;
            errors += e;
        }

        var report = $"data files: {files.Count} files x {Comparison.Value.Types.Count} types + the catalog = {comparisons} comparisons, {errors} errors, {comparisons - failures.Count} agree";
        _output.WriteLine(report);
        Console.WriteLine(report);
        Assert.True(files.Count >= 40, $"expected the data folders to hold at least 40 YAML files, found {files.Count}");
        Assert.True(errors > 100, $"expected the files to hold more than 100 errors, found {errors}");
        Assert.True(failures.Count == 0, failures.Count + " disagree; the first ones:\n" + string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public void The_whole_data_folder_as_one_catalog_gets_the_same_errors()
    {
        // Cross-file: duplicate ids and references between files, entity indexes counted across files.
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "*.yaml", SearchOption.AllDirectories)
            .Concat(new[] { "catalog-a.yaml", "catalog-b.yaml" })
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => f.StartsWith("catalog-", StringComparison.Ordinal) ? (f, f == "catalog-a.yaml" ? CatalogA : CatalogB) : (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        var expected = DataCheckComparison.Runtime(RunCatalog(files));
        var actual = DataCheckComparison.BuildTime(Schema.Value.Check(files.Select(f => new DataFileInput(f.Item1, f.Item2))));
        _output.WriteLine($"{files.Count} files as one catalog: {expected.Count} errors at run time, {actual.Count} at build time");
        Assert.Contains(expected, e => e.Contains("duplicate-id", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.Contains("unresolved-reference", StringComparison.Ordinal));
        Assert.True(expected.SequenceEqual(actual), "only at run time:\n" + string.Join("\n", expected.Except(actual)) + "\nonly at build time:\n" + string.Join("\n", actual.Except(expected)));
    }

    private const string CatalogA = """
        owners:
          - id: o1
            name: One
          - id: o2
            name: Two
        samples:
          - id: s1
            title: One
            owner: o3
            owners: [o1, o2, o9]

        """;

    private const string CatalogB = """
        owners:
          - id: o3
            name: Three
          - {id: o1, name: Again}
        samples:
          - id: s1
            title: Again
            owner: o1
          - id: s2
            title: Two
            owner: nobody

        """;

    [Fact]
    public void Fuzzed_documents_get_the_same_errors_at_build_time_and_at_run_time()
    {
        var seeds = DataFiles().Select(File.ReadAllText).Concat(new[] { CatalogA, CatalogB }).ToArray();
        var random = new Random(17);
        var failures = new List<string>();
        var comparisons = 0;
        var errors = 0;
        for (var n = 0; n < FuzzedDocuments; n++)
        {
            var text = DataCheckComparison.Mutate(seeds[random.Next(seeds.Length)], random);
            var (c, e) = Comparison.Value.Compare("fuzz-" + n + ".yaml", text, failures, random);
            comparisons += c;
            errors += e;
        }

        var report = $"fuzzed: {FuzzedDocuments} documents x {TypesPerFuzzedDocument} of {Comparison.Value.Types.Count} types + the catalog = {comparisons} comparisons, {errors} errors, {comparisons - failures.Count} agree";
        _output.WriteLine(report);
        Console.WriteLine(report);
        Assert.True(failures.Count == 0, failures.Count + " disagree; the first ones:\n" + string.Join("\n\n", failures.Take(5)));
    }

    [Fact]
    public void Entity_files_join_the_reference_pass()
    {
        var owner = """
            id: o7
            name: Seven

            """;
        var sample = """
            id: s9
            title: Nine
            owner: o7
            owners: [o1, o8]

            """;
        var errors = Schema.Value.Check(new[]
        {
            new DataFileInput("catalog-a.yaml", CatalogA),
            new DataFileInput("owner.yaml", owner, "Owner"),
            new DataFileInput("sample.yaml", sample, "NewsSchema.Tests.Model.Sample"),
            new DataFileInput("again.yaml", """
                id: o2
                name: Twice

                """, "Owner"),
        }).Select(e => e.ToString()).ToList();
        Assert.Equal(
            new[]
            {
                "catalog-a.yaml(9,12): error unresolved-reference at samples[0].owner: no Owner has the id 'o3'",
                "catalog-a.yaml(10,22): error unresolved-reference at samples[0].owners[2]: no Owner has the id 'o9'",
                "again.yaml(1,5): error duplicate-id at id: the id 'o2' is already used by owners[1] (catalog-a.yaml(4,5))",
                "sample.yaml(4,14): error unresolved-reference at owners[1]: no Owner has the id 'o8'",
            }.OrderBy(e => e, StringComparer.Ordinal),
            errors.OrderBy(e => e, StringComparer.Ordinal));
    }
}

/// <summary>The repository root, found from the test's output folder.</summary>
internal static class Repo
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// The differential tests keep both cores busy for a while: they run alone, after the other test
/// classes, so they do not slow down the tests that bound a parse's time (AttackTests, FuzzTests).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DataCheckDifferentialCollection
{
    public const string Name = "Data check differential (alone)";
}
