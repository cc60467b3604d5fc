using System;
using System.Collections.Generic;
using System.Text.Json;
using NewsSchema.Benchmarks.Model;
using NewsSchema.Generated;

namespace NewsSchema.Benchmarks.Alternatives;

/// <summary>
/// Experiment: the least a parse of the benchmark's JSON into the generated <see cref="Meeting"/>
/// records can do on our <see cref="JsonReader"/> (the generated parsers' tokenizer). It trusts the data completely: no error, no
/// path, no duplicate or missing key, no positions, no limits, property names told apart by their
/// length and first letter, and the document's exact shape assumed. It is not a parser anyone
/// should use; it measures how much room the tokenizer and the records leave
/// (docs/benchmarks.md, "What limits the missed targets").
/// </summary>
public static class HandWrittenJson
{
    /// <summary>Reads the benchmark's array of meetings.</summary>
    public static List<Meeting> ReadMeetings(ReadOnlySpan<byte> utf8)
    {
        var reader = new JsonReader(utf8);
        reader.Read();
        var meetings = new List<Meeting>();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            meetings.Add(ReadMeeting(ref reader));
        }

        return meetings;
    }

    private static Meeting ReadMeeting(ref JsonReader reader)
    {
        string? id = null, title = null, venue = null, summary = null;
        MeetingFormat format = default;
        DateOnly? startsOn = null, endsOn = null;
        int? attendance = null;
        GeoPoint? location = null;
        var participants = new List<ActorId>(4);
        var topics = new List<string>(4);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueSpan;
            var first = name[0];
            reader.Read();
            switch (name.Length)
            {
                case 2:
                    id = reader.GetString();
                    break;
                case 5 when first == (byte)'t':
                    title = reader.GetString();
                    break;
                case 5:
                    venue = reader.GetString();
                    break;
                case 6 when first == (byte)'f':
                    MeetingFormatExtensions.TryParseWireName(reader.ValueSpan, out format);
                    break;
                case 6 when first == (byte)'e':
                    endsOn = Date(reader.ValueSpan);
                    break;
                case 6:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        topics.Add(reader.GetString()!);
                    }

                    break;
                case 7:
                    summary = reader.GetString();
                    break;
                case 8 when first == (byte)'s':
                    startsOn = Date(reader.ValueSpan);
                    break;
                case 8:
                    reader.Read();
                    reader.Read();
                    reader.TryGetDouble(out var lat);
                    reader.Read();
                    reader.Read();
                    reader.TryGetDouble(out var lon);
                    reader.Read();
                    location = new GeoPoint { Lat = lat, Lon = lon };
                    break;
                case 10:
                    attendance = reader.TryGetInt32(out var count) ? count : null;
                    break;
                default:
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        participants.Add(new ActorId(reader.GetString()!));
                    }

                    break;
            }
        }

        return new Meeting
        {
            Id = new MeetingId(id!),
            Title = title!,
            Format = format,
            Participants = participants.ToArray(),
            Venue = venue is null ? null : new VenueId(venue),
            StartsOn = startsOn,
            EndsOn = endsOn,
            Topics = topics.ToArray(),
            Location = location,
            Attendance = attendance,
            Summary = summary,
        };
    }

    /// <summary><c>yyyy-mm-dd</c>, digits trusted.</summary>
    private static DateOnly Date(ReadOnlySpan<byte> s)
        => new((((s[0] - '0') * 1000) + ((s[1] - '0') * 100) + ((s[2] - '0') * 10) + s[3] - '0'), ((s[5] - '0') * 10) + s[6] - '0', ((s[8] - '0') * 10) + s[9] - '0');
}
