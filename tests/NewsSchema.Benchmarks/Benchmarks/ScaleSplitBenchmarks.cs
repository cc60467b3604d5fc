using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NewsSchema.Benchmarks.Alternatives;
using NewsSchema.Benchmarks.Model;

namespace NewsSchema.Benchmarks;

/// <summary>
/// What limits the scale row (no targets): the same time per entity at 1,000 and 100,000 entities,
/// taken apart. The scale catalog's parse alone and its <c>Validate()</c> alone; and a plain list
/// of that many meetings (the benchmark meetings repeated, each with its own id) read by the
/// generated parsers and by the peers, SharpYaml 3.17 and System.Text.Json, which build the same
/// object graph with the same runtime and collector.
/// </summary>
[MinColumn, MedianColumn]
public class ScaleSplitBenchmarks
{
    private string _catalogYaml = null!;
    private BenchCatalog _catalog = null!;
    private string _listYaml = null!;
    private string _listJson = null!;

    [Params(1_000, 100_000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalogYaml = ScaleData.Catalog(Entities);
        _catalog = BenchCatalog.ParseYaml(_catalogYaml, "scale.yaml").GetValueOrThrow();
        var meetings = MeetingList(Entities);
        _listYaml = Meeting.ToYamlList(meetings);
        _listJson = Meeting.ToJsonList(meetings);
    }

    /// <summary><paramref name="count"/> meetings: the benchmark meetings over and over, each with its own id.</summary>
    public static Meeting[] MeetingList(int count)
    {
        var source = BenchData.Instance.Meetings;
        return Enumerable.Range(0, count)
            .Select(i => source[i % source.Count] with { Id = new MeetingId("meeting-" + i.ToString("000000", CultureInfo.InvariantCulture)) })
            .ToArray();
    }

    /// <summary>The scale catalog's <c>BenchCatalog.ParseYaml</c> alone.</summary>
    [Benchmark]
    public BenchCatalog ScaleCatalogParse() => BenchCatalog.ParseYaml(_catalogYaml, "scale.yaml").GetValueOrThrow();

    /// <summary>The scale catalog's <c>Validate()</c> alone, on the catalog parsed in the setup; returns the error count (0).</summary>
    [Benchmark]
    public int ScaleCatalogValidate() => _catalog.Validate().Errors.Count;

    /// <summary>The list of meetings read by the generated YAML parser (<c>Meeting.ParseYamlList</c>, default options).</summary>
    [Benchmark]
    public IReadOnlyList<Meeting> ScaleListYaml() => Meeting.ParseYamlList(_listYaml).GetValueOrThrow();

    /// <summary>The same YAML read by SharpYaml 3.17's source-generated deserializer.</summary>
    [Benchmark]
    public List<MeetingPoco> ScaleListSharpYaml() => SharpYaml.YamlSerializer.Deserialize(_listYaml, PocoYamlContext.Default.ListMeetingPoco)!;

    /// <summary>The list as JSON read by the generated JSON parser (<c>Meeting.ParseJsonList(string)</c>).</summary>
    [Benchmark]
    public IReadOnlyList<Meeting> ScaleListJson() => Meeting.ParseJsonList(_listJson).GetValueOrThrow();

    /// <summary>The same JSON read by System.Text.Json's source-generated deserializer.</summary>
    [Benchmark]
    public List<MeetingPoco> ScaleListStj() => JsonSerializer.Deserialize(_listJson, PocoJsonContext.Default.ListMeetingPoco)!;
}
