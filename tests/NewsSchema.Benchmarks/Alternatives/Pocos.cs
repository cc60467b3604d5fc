using System;
using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace NewsSchema.Benchmarks.Alternatives;

// Hand-written classes equivalent to Model/bench.schema.yaml's Meeting, for the reflection-based
// YamlDotNet (de)serializer and for System.Text.Json with a source-generated context. Settable
// properties because YamlDotNet's deserializer needs them; ids are plain strings.

/// <summary>The hand-written twin of the generated <c>Meeting</c>.</summary>
public sealed record MeetingPoco
{
    public string Id { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    [SharpYaml.Serialization.YamlConverter(typeof(MeetingFormatYamlConverter))]
    public MeetingFormatPoco Format { get; set; }

    public List<string> Participants { get; set; } = new();

    public string? Venue { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public List<string> Topics { get; set; } = new();

    public GeoPointPoco? Location { get; set; }

    public int? Attendance { get; set; }

    public string? Summary { get; set; }
}

/// <summary>The hand-written twin of the generated <c>GeoPoint</c>.</summary>
public sealed record GeoPointPoco
{
    public double Lat { get; set; }

    public double Lon { get; set; }
}

/// <summary>The hand-written twin of the generated <c>MeetingFormat</c>, with the same wire names.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MeetingFormatPoco>))]
public enum MeetingFormatPoco
{
    [EnumMember(Value = "bilateral")]
    [JsonStringEnumMemberName("bilateral")]
    Bilateral,

    [EnumMember(Value = "trilateral")]
    [JsonStringEnumMemberName("trilateral")]
    Trilateral,

    [EnumMember(Value = "multilateral")]
    [JsonStringEnumMemberName("multilateral")]
    Multilateral,

    [EnumMember(Value = "press-conference")]
    [JsonStringEnumMemberName("press-conference")]
    PressConference,
}

/// <summary>The <c>{"meetings":[...]}</c> wrapper the generated catalog reads from UTF-8 JSON.</summary>
public sealed record MeetingsPoco
{
    public List<MeetingPoco> Meetings { get; set; } = new();
}

/// <summary>System.Text.Json's source-generated metadata for the twins (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(List<MeetingPoco>))]
[JsonSerializable(typeof(MeetingsPoco))]
public sealed partial class PocoJsonContext : JsonSerializerContext
{
}
