using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsSchema.Benchmarks.Alternatives;
using NewsSchema.Benchmarks.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.Converters;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsSchema.Benchmarks;

/// <summary>Parsing 1,000 Meetings: the generated parsers against the usual alternatives and the bare readers.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParseBenchmarks
{
    private static readonly ParseOptions NoPositions = new() { TrackPositions = false };

    private string _yaml = null!;
    private string _json = null!;
    private byte[] _jsonUtf8 = null!;
    private string _catalogYaml = null!;
    private IDeserializer _yamlDotNet = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = BenchData.Instance;
        _yaml = data.Yaml;
        _json = data.Json;
        _jsonUtf8 = data.JsonUtf8;
        _catalogYaml = data.CatalogYaml;
        _yamlDotNet = Alternative.YamlDeserializer();
    }

    // ---- YAML -------------------------------------------------------------------------------

    /// <summary>The public API with default options (positions tracked for located validation errors).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("yaml-parse")]
    public IReadOnlyList<Meeting> YamlGenerated() => Meeting.ParseYamlList(_yaml).GetValueOrThrow();

    /// <summary>The same with <c>TrackPositions = false</c>.</summary>
    [Benchmark, BenchmarkCategory("yaml-parse")]
    public IReadOnlyList<Meeting> YamlGeneratedNoPositions() => Meeting.ParseYamlList(_yaml, options: NoPositions).GetValueOrThrow();

    /// <summary>YamlDotNet's reflection-based Deserializer into the hand-written classes.</summary>
    [Benchmark, BenchmarkCategory("yaml-parse")]
    public List<MeetingPoco> YamlDotNetDeserializer() => _yamlDotNet.Deserialize<List<MeetingPoco>>(_yaml);

    /// <summary>SharpYaml 3.17's source-generated deserializer (<see cref="PocoYamlContext"/>) into the hand-written classes.</summary>
    [Benchmark, BenchmarkCategory("yaml-parse")]
    public List<MeetingPoco> YamlSharpYamlDeserializer() => SharpYaml.YamlSerializer.Deserialize(_yaml, PocoYamlContext.Default.ListMeetingPoco)!;

    /// <summary>The second floor: SharpYaml 3.17's event parser read to the end, nothing built.</summary>
    [Benchmark, BenchmarkCategory("yaml-parse")]
    public int YamlSharpYamlParserFloor()
    {
        var parser = SharpYaml.Parser.CreateParser(new StringReader(_yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <summary>The floor: YamlDotNet's event Parser read to the end, nothing built.</summary>
    [Benchmark, BenchmarkCategory("yaml-parse")]
    public int YamlParserFloor()
    {
        var parser = new Parser(new StringReader(_yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    // ---- JSON -------------------------------------------------------------------------------

    /// <summary>The public API: <c>Meeting.ParseJsonList(string)</c>.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("json-parse")]
    public IReadOnlyList<Meeting> JsonGenerated() => Meeting.ParseJsonList(_json).GetValueOrThrow();

    /// <summary>The same with <c>TrackPositions = false</c>.</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public IReadOnlyList<Meeting> JsonGeneratedNoPositions() => Meeting.ParseJsonList(_json, options: NoPositions).GetValueOrThrow();

    /// <summary>System.Text.Json, source-generated context, from the same string.</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public List<MeetingPoco> JsonSystemTextJson() => JsonSerializer.Deserialize(_json, PocoJsonContext.Default.ListMeetingPoco)!;

    /// <summary>System.Text.Json from UTF-8 bytes (no transcoding).</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public List<MeetingPoco> JsonSystemTextJsonUtf8() => JsonSerializer.Deserialize(_jsonUtf8, PocoJsonContext.Default.ListMeetingPoco)!;

    /// <summary>The generated JSON parser from UTF-8 bytes: <c>Meeting.ParseJsonList(ReadOnlySpan&lt;byte&gt;)</c>.</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public IReadOnlyList<Meeting> JsonGeneratedUtf8() => Meeting.ParseJsonList(_jsonUtf8).GetValueOrThrow();

    /// <summary>As <see cref="JsonGeneratedUtf8"/> with <c>TrackPositions = false</c>: what positions cost.</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public IReadOnlyList<Meeting> JsonGeneratedUtf8NoPositions() => Meeting.ParseJsonList(_jsonUtf8, options: NoPositions).GetValueOrThrow();

    /// <summary>Experiment: the least a parse into the same records can do on our JsonReader (<see cref="HandWrittenJson"/>).</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public List<Meeting> JsonHandWrittenUtf8() => HandWrittenJson.ReadMeetings(_jsonUtf8);

    /// <summary>The floor: Utf8JsonReader.Read() to the end over the UTF-8 bytes.</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public int JsonReaderFloor()
    {
        var reader = new Utf8JsonReader(_jsonUtf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    /// <summary>Experiment: our own tokenizer (<see cref="NewsSchema.Generated.JsonReader"/>) read to the end over the same bytes, nothing built.</summary>
    [Benchmark, BenchmarkCategory("json-parse")]
    public int JsonOwnReaderFloor()
    {
        var reader = new NewsSchema.Generated.JsonReader(_jsonUtf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    // ---- the small sample catalog -------------------------------------------------------------

    /// <summary>The sample catalog (60 actors, 20 venues, 20 meetings): parse and validate with references.</summary>
    [Benchmark, BenchmarkCategory("catalog")]
    public int CatalogParseAndValidate()
    {
        var catalog = BenchCatalog.ParseYaml(_catalogYaml).GetValueOrThrow();
        return catalog.Validate().Errors.Count;
    }
}

/// <summary>How the alternatives are configured (shared by the benchmarks and the smoke checks).</summary>
public static class Alternative
{
    public static IDeserializer YamlDeserializer()
        => new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
            .Build();

    public static ISerializer YamlSerializer()
        => new SerializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithTypeConverter(new DateOnlyConverter(CultureInfo.InvariantCulture, false, "yyyy-MM-dd"))
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
            .Build();
}
