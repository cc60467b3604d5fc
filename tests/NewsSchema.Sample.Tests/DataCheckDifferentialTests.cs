extern alias gen;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using gen::NewsSchema.Generator.DataCheck;
using NewsDesk;
using NewsSchema.News;
using NewsSchema.Tests.Shared;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Sample.Tests;

/// <summary>
/// The sample schemas' half of issue 17's differential test (the test schemas' half is
/// tests/NewsSchema.Runtime.Tests/DataCheckDifferentialTests.cs). Issue 17's proof of one meaning: the build-time data check (the generator's interpreter of
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
    private const int FuzzedDocuments = 2500;

    /// <summary>Each fuzzed document goes through this many of the types (picked by the seeded random) and the catalog.</summary>
    private const int TypesPerFuzzedDocument = 8;

    private static readonly Lazy<DataCheckSchema> Schema = new(() => DataChecker.Load(
        Directory.GetFiles(Repo.PathOf("schema"), "*.schema.yaml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f)))));

    private static readonly Lazy<DataCheckComparison> Comparison = new(() => new DataCheckComparison(Schema.Value, typeof(Meeting), RunCatalog, TypesPerFuzzedDocument));

    private readonly ITestOutputHelper _output;

    public DataCheckDifferentialTests(ITestOutputHelper output) => _output = output;

    /// <summary>As the NewsDesk checker: each file parsed alone, the ones that parsed merged and validated.</summary>
    private static IReadOnlyList<DataError> RunCatalog(IReadOnlyList<(string Path, string Text)> files)
    {
        var errors = new List<DataError>();
        var parts = new List<EntityCatalog>();
        foreach (var (path, text) in files)
        {
            var result = EntityCatalog.ParseYaml(text, path);
            if (result.IsSuccess)
            {
                parts.Add(result.Value!);
            }
            else
            {
                errors.AddRange(result.Errors);
            }
        }

        errors.AddRange(EntityCatalog.Merge(parts).Validate().Errors);
        return errors;
    }

    private static IEnumerable<string> DataFiles()
    {
        var roots = new[]
        {
            Path.Combine(Repo.Root, "tests", "NewsSchema.Runtime.Tests", "Data"),
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
    public void The_NewsDesk_data_and_the_broken_files_as_one_catalog_get_the_same_errors()
    {
        // Cross-file: duplicate ids and references between files, entity indexes counted across files.
        var files = Directory.GetFiles(Repo.PathOf("samples/NewsDesk/data"), "*.yaml")
            .Concat(Directory.GetFiles(Repo.BrokenFolder, "*.yaml"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        var expected = DataCheckComparison.Runtime(RunCatalog(files));
        var actual = DataCheckComparison.BuildTime(Schema.Value.Check(files.Select(f => new DataFileInput(f.Item1, f.Item2))));
        _output.WriteLine($"{files.Count} files as one catalog: {expected.Count} errors at run time, {actual.Count} at build time");
        Assert.Contains(expected, e => e.Contains("unresolved-reference", StringComparison.Ordinal));
        Assert.True(expected.SequenceEqual(actual), "only at run time:\n" + string.Join("\n", expected.Except(actual)) + "\nonly at build time:\n" + string.Join("\n", actual.Except(expected)));
    }

    [Fact]
    public void The_NewsDesk_data_is_valid_at_build_time()
        => Assert.Empty(Schema.Value.Check(Directory.GetFiles(Repo.PathOf("samples/NewsDesk/data"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(f => new DataFileInput(f, File.ReadAllText(f)))));

    [Fact]
    public void Fuzzed_documents_get_the_same_errors_at_build_time_and_at_run_time()
    {
        var seeds = DataFiles().Select(File.ReadAllText).ToArray();
        var random = new Random(1717);
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
}

/// <summary>README.md, "Check data files at build time": the broken line it shows is what the build-time check reports.</summary>
public class ReadmeDataCheckTests
{
    [Fact]
    public void The_readme_shows_the_build_error_of_its_misspelled_venue()
    {
        var readme = Repo.Readme;
        var blocks = Repo.FencedBlocks(readme).ToList();
        var index = blocks.FindIndex(b => b.Language == "sh" && b.Text == "dotnet build samples/NewsDesk");
        Assert.True(index >= 0 && blocks[index + 1].Language == "text", "README.md lacks the data check's build command and its output");
        Assert.Contains("<NewsSchemaData Include=\"data\\*.yaml\" />", File.ReadAllText(Repo.PathOf("samples/NewsDesk/NewsDesk.csproj")), StringComparison.Ordinal);

        var schema = DataChecker.Load(Directory.GetFiles(Repo.PathOf("schema"), "*.schema.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))));
        var files = Directory.GetFiles(Repo.PathOf("samples/NewsDesk/data"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(f =>
        {
            var relative = "samples/NewsDesk/data/" + Path.GetFileName(f);
            var text = File.ReadAllText(f);
            if (relative.EndsWith("events.yaml", StringComparison.Ordinal))
            {
                var lines = text.Split('\n');
                Assert.Equal("    venue: vilnius", lines[16]);
                lines[16] = "    venue: vilnus";
                text = string.Join("\n", lines);
            }

            return new DataFileInput(relative, text);
        });
        var shown = schema.Check(files).Select(e => $"{e.Source}({e.Line},{e.Column}): error {DataCode(e.Code)}: {e.Code} at {e.Path}: {e.Message}");
        Assert.Equal(blocks[index + 1].Text, string.Join("\n", shown));
    }

    private static string DataCode(string code) => code switch
    {
        "unresolved-reference" => "NSD0020",
        _ => "NSD?",
    };
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
