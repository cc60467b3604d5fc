using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Json.Schema;
using NewsSchema.Benchmarks.Model;

namespace NewsSchema.Benchmarks;

/// <summary>Validating the 1,000 (valid) Meetings: generated <c>Validate()</c> against JsonSchema.Net.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ValidationBenchmarks
{
    private static JsonSchema? s_schema;

    private IReadOnlyList<Meeting> _meetings = null!;
    private JsonDocument _document = null!;
    private JsonSchema _schema = null!;
    private EvaluationOptions _options = null!;
    private BenchCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        _meetings = BenchData.Instance.Meetings;
        _document = JsonDocument.Parse(BenchData.Instance.JsonUtf8);
        _schema = Schema;
        _options = new EvaluationOptions { OutputFormat = OutputFormat.Flag };
        _catalog = BenchCatalog.ParseYaml(BenchData.Instance.CatalogYaml, "catalog.yaml").GetValueOrThrow();
    }

    [GlobalCleanup]
    public void Cleanup() => _document.Dispose();

    /// <summary>The JSON Schema, built once per process (JsonSchema.Net registers it by its $id).</summary>
    public static JsonSchema Schema => s_schema ??= JsonSchema.FromText(BenchData.MeetingListJsonSchema);

    /// <summary>Generated <c>Validate()</c> on each meeting; returns how many were invalid.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("validate")]
    public int ValidateGenerated()
    {
        var invalid = 0;
        var meetings = _meetings;
        for (var i = 0; i < meetings.Count; i++)
        {
            if (!meetings[i].Validate().IsValid)
            {
                invalid++;
            }
        }

        return invalid;
    }

    /// <summary>The sample catalog's <c>Validate()</c> (every entity, duplicate ids, references, with positions); 0 bytes on valid data.</summary>
    [Benchmark, BenchmarkCategory("catalog")]
    public bool ValidateSampleCatalog() => _catalog.Validate().IsValid;

    /// <summary>JsonSchema.Net 8 evaluating the equivalent JSON Schema on the parsed JSON of the same data (Flag output).</summary>
    [Benchmark, BenchmarkCategory("validate")]
    public bool ValidateJsonSchemaNet() => _schema.Evaluate(_document.RootElement, _options).IsValid;
}
