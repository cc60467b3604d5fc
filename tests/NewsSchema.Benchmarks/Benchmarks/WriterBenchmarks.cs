using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsSchema.Benchmarks.Alternatives;
using NewsSchema.Benchmarks.Model;
using YamlDotNet.Serialization;

namespace NewsSchema.Benchmarks;

/// <summary>Writing the 1,000 Meetings as text: generated writers against YamlDotNet and System.Text.Json.</summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class WriterBenchmarks
{
    private IReadOnlyList<Meeting> _meetings = null!;
    private List<MeetingPoco> _pocos = null!;
    private ISerializer _yamlDotNet = null!;
    private PocoJsonContext _stj = null!;
    private readonly System.Buffers.ArrayBufferWriter<byte> _buffer = new(1024 * 1024);
    private readonly System.Buffers.ArrayBufferWriter<byte> _yamlBuffer = new(1024 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _meetings = BenchData.Instance.Meetings;
        _pocos = Alternative.YamlDeserializer().Deserialize<List<MeetingPoco>>(BenchData.Instance.Yaml);
        _yamlDotNet = Alternative.YamlSerializer();
        _stj = Stj;
    }

    /// <summary>The STJ context used for writing: indented, relaxed escaping, like the generated writer.</summary>
    public static PocoJsonContext Stj { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    [Benchmark(Baseline = true), BenchmarkCategory("yaml-write")]
    public string YamlWriteGenerated() => Meeting.ToYamlList(_meetings);

    /// <summary>
    /// The generated <c>Meeting.ToYamlList(items, IBufferWriter&lt;byte&gt;)</c>: UTF-8 straight into a
    /// reused buffer, no string; returns the byte count.
    /// </summary>
    [Benchmark, BenchmarkCategory("yaml-write")]
    public int YamlWriteGeneratedUtf8()
    {
        _yamlBuffer.ResetWrittenCount();
        Meeting.ToYamlList(_meetings, _yamlBuffer);
        return _yamlBuffer.WrittenCount;
    }

    /// <summary>For the smoke check: the bytes <see cref="YamlWriteGeneratedUtf8"/> wrote last.</summary>
    public System.ReadOnlySpan<byte> YamlUtf8Written => _yamlBuffer.WrittenSpan;

    [Benchmark, BenchmarkCategory("yaml-write")]
    public string YamlDotNetSerializer() => _yamlDotNet.Serialize(_pocos);

    /// <summary>SharpYaml 3.17's source-generated serializer (<see cref="PocoYamlContext"/>).</summary>
    [Benchmark, BenchmarkCategory("yaml-write")]
    public string YamlSharpYamlSerializer() => SharpYaml.YamlSerializer.Serialize(_pocos, PocoYamlContext.Default.ListMeetingPoco);

    [Benchmark(Baseline = true), BenchmarkCategory("json-write")]
    public string JsonWriteGenerated() => Meeting.ToJsonList(_meetings);

    /// <summary>
    /// Experiment: the public <c>WriteJson(Utf8JsonWriter)</c> (the generated body passed on to a
    /// caller's <see cref="Utf8JsonWriter"/>) into a reused buffer, then one UTF-8 to string
    /// conversion: what <c>ToJsonList</c> gains with its own writer over System.Text.Json's.
    /// </summary>
    [Benchmark, BenchmarkCategory("json-write")]
    public string JsonWriteGeneratedReusedBuffer()
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, NewsSchema.Generated.JsonWriting.Options))
        {
            writer.WriteStartArray();
            foreach (var meeting in _meetings)
            {
                meeting.WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    [Benchmark, BenchmarkCategory("json-write")]
    public string JsonSystemTextJsonSerialize() => JsonSerializer.Serialize(_pocos, _stj.ListMeetingPoco);

    /// <summary>For the smoke check: the POCOs the writers start from.</summary>
    public IReadOnlyList<MeetingPoco> Pocos => _pocos;

}
