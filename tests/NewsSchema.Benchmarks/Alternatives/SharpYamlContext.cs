using System.Collections.Generic;
using System.Text.Json.Serialization;
using SharpYaml;
using SharpYaml.Serialization;

namespace NewsSchema.Benchmarks.Alternatives;

/// <summary>
/// SharpYaml 3.17's source-generated metadata for the hand-written twins (<see cref="MeetingPoco"/>):
/// camelCase keys, nulls left out when writing, configured as a user would, like the
/// System.Text.Json context beside it.
/// </summary>
[YamlSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = YamlIgnoreCondition.WhenWritingNull)]
[YamlSerializable(typeof(List<MeetingPoco>))]
public sealed partial class PocoYamlContext : YamlSerializerContext
{
}

/// <summary>
/// SharpYaml's source-generated code reads enums with <c>Enum.TryParse</c> and writes their CLR
/// names; it ignores <c>[EnumMember]</c> and <c>[JsonStringEnumMemberName]</c>. This converter maps
/// the wire names (<c>press-conference</c>), as a user of the same data would have to write.
/// </summary>
public sealed class MeetingFormatYamlConverter : YamlConverter<MeetingFormatPoco>
{
    public override MeetingFormatPoco Read(YamlReader reader)
    {
        var text = reader.GetScalarValue();
        MeetingFormatPoco value = text switch
        {
            "bilateral" => MeetingFormatPoco.Bilateral,
            "trilateral" => MeetingFormatPoco.Trilateral,
            "multilateral" => MeetingFormatPoco.Multilateral,
            "press-conference" => MeetingFormatPoco.PressConference,
            _ => throw new YamlException(reader.Start, reader.End, "unknown meeting format '" + text + "'"),
        };
        reader.Read();
        return value;
    }

    public override void Write(YamlWriter writer, MeetingFormatPoco value) => writer.WriteScalar(value switch
    {
        MeetingFormatPoco.Bilateral => "bilateral",
        MeetingFormatPoco.Trilateral => "trilateral",
        MeetingFormatPoco.Multilateral => "multilateral",
        _ => "press-conference",
    });
}
