using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsSchema.Benchmarks.Alternatives;
using NewsSchema.Benchmarks.Model;

namespace NewsSchema.Benchmarks;

/// <summary>
/// The benchmark data: 1,000 Meetings made from a fixed seed, as generated records, as YAML
/// (the generated writer's canonical output) and as compact JSON, and a small sample catalog.
/// </summary>
public sealed class BenchData
{
    public const int MeetingCount = 1000;
    public const int Seed = 20260124;

    private static readonly Lazy<BenchData> s_instance = new(() => new BenchData());

    public static BenchData Instance => s_instance.Value;

    private static readonly string[] Words =
    {
        "talks", "ceasefire", "security", "guarantees", "energy", "grain", "corridor", "prisoner", "exchange",
        "sanctions", "reconstruction", "border", "airspace", "humanitarian", "convoy", "monitoring", "mission",
        "nuclear", "plant", "safety", "frozen", "assets", "territorial", "integrity", "air", "defence", "drones",
        "naval", "blockade", "ports", "trade", "tariffs", "elections", "referendum", "peace", "framework",
    };

    private static readonly string[] Places =
    {
        "Vilnius", "Geneva", "Istanbul", "Riyadh", "Abu Dhabi", "Warsaw", "Kyiv", "Brussels", "Vienna", "Helsinki",
        "Oslo", "Doha", "Jeddah", "Minsk", "Paris", "Berlin", "London", "Rome", "Madrid", "Prague",
    };

    private BenchData()
    {
        var random = new Random(Seed);
        Actors = Enumerable.Range(0, 60).Select(i => "actor-" + i.ToString("00", CultureInfo.InvariantCulture)).ToArray();
        Venues = Places.Select(p => p.ToLowerInvariant().Replace(' ', '-')).ToArray();
        var list = new List<Meeting>(MeetingCount);
        var start = new DateOnly(2014, 1, 1);
        for (var i = 0; i < MeetingCount; i++)
        {
            var participants = Enumerable.Range(0, 60).OrderBy(_ => random.Next()).Take(2 + random.Next(3))
                .Select(a => new ActorId(Actors[a])).ToArray();
            var topics = Words.OrderBy(_ => random.Next()).Take(1 + random.Next(3))
                .Select(w => w + " " + Words[random.Next(Words.Length)]).Distinct().ToArray();
            var place = random.Next(Places.Length);
            var startsOn = start.AddDays(random.Next(4000));
            list.Add(new Meeting
            {
                Id = new MeetingId("meeting-" + i.ToString("0000", CultureInfo.InvariantCulture)),
                Title = Sentence(random, 3 + random.Next(3), capitalize: true) + " in " + Places[place],
                Format = (MeetingFormat)(participants.Length switch { 2 => 0, 3 => 1, _ => random.Next(4) == 0 ? 3 : 2 }),
                Participants = participants,
                Venue = random.Next(5) == 0 ? null : new VenueId(Venues[place]),
                StartsOn = startsOn,
                EndsOn = startsOn.AddDays(random.Next(3)),
                Topics = topics,
                Location = new GeoPoint { Lat = Math.Round(-60 + (random.NextDouble() * 130), 4), Lon = Math.Round(-170 + (random.NextDouble() * 340), 4) },
                Attendance = random.Next(3) == 0 ? null : random.Next(5, 400),
                Summary = Sentence(random, 3 + random.Next(5), capitalize: true) + ".",
            });
        }

        Meetings = list;
        Yaml = Meeting.ToYamlList(list);
        JsonUtf8 = WriteCompactJson(list);
        Json = Encoding.UTF8.GetString(JsonUtf8);
        CatalogYaml = MakeCatalogYaml(list);
    }

    /// <summary>Actor ids the meetings refer to.</summary>
    public IReadOnlyList<string> Actors { get; }

    /// <summary>Venue ids the meetings refer to.</summary>
    public IReadOnlyList<string> Venues { get; }

    /// <summary>The 1,000 meetings as generated records.</summary>
    public IReadOnlyList<Meeting> Meetings { get; }

    /// <summary>The meetings as a YAML list (block style, as <c>Meeting.ToYamlList</c> writes it).</summary>
    public string Yaml { get; }

    /// <summary>The meetings as a compact JSON array.</summary>
    public string Json { get; }

    /// <summary><see cref="Json"/> as UTF-8.</summary>
    public byte[] JsonUtf8 { get; }

    /// <summary>A small catalog: every actor and venue, and the first 20 meetings.</summary>
    public string CatalogYaml { get; }

    private static string Sentence(Random random, int words, bool capitalize)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Words[random.Next(Words.Length)]);
        }

        if (capitalize)
        {
            builder[0] = char.ToUpperInvariant(builder[0]);
        }

        return builder.ToString();
    }

    private static byte[] WriteCompactJson(IReadOnlyList<Meeting> meetings)
    {
        var buffer = new ArrayBufferWriter<byte>(400 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var meeting in meetings)
            {
                meeting.WriteJson(writer);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private string MakeCatalogYaml(IReadOnlyList<Meeting> meetings)
    {
        var builder = new StringBuilder();
        builder.Append("actors:\n");
        foreach (var actor in Actors)
        {
            builder.Append("  - id: ").Append(actor).Append("\n    name: Actor ").Append(actor.AsSpan(6)).Append('\n');
        }

        builder.Append("venues:\n");
        for (var i = 0; i < Venues.Count; i++)
        {
            builder.Append("  - id: ").Append(Venues[i]).Append("\n    name: ").Append(Places[i]).Append('\n');
        }

        builder.Append("meetings:\n");
        var yaml = Meeting.ToYamlList(meetings.Take(20));
        foreach (var line in yaml.Split('\n'))
        {
            if (line.Length > 0)
            {
                builder.Append("  ").Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }

    // ---- canonical text of one meeting, to compare the generated records with the twins ----

    public static string Canon(Meeting m)
        => Canon(m.Id.Value, m.Title, ((int)m.Format).ToString(CultureInfo.InvariantCulture), m.Participants.Select(p => p.Value), m.Venue?.Value, m.StartsOn, m.EndsOn,
            m.Topics, m.Location is { } g ? (g.Lat, g.Lon) : null, m.Attendance, m.Summary);

    public static string Canon(MeetingPoco m)
        => Canon(m.Id, m.Title, ((int)m.Format).ToString(CultureInfo.InvariantCulture), m.Participants, m.Venue, m.StartsOn, m.EndsOn,
            m.Topics, m.Location is { } g ? (g.Lat, g.Lon) : null, m.Attendance, m.Summary);

    private static string Canon(string id, string title, string? format, IEnumerable<string> participants, string? venue, DateOnly? startsOn, DateOnly? endsOn,
        IEnumerable<string> topics, (double Lat, double Lon)? location, int? attendance, string? summary)
        => string.Join(
            "|",
            id,
            title,
            format,
            string.Join(",", participants),
            venue,
            startsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            endsOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join(",", topics),
            location is { } l ? l.Lat.ToString("R", CultureInfo.InvariantCulture) + "," + l.Lon.ToString("R", CultureInfo.InvariantCulture) : null,
            attendance?.ToString(CultureInfo.InvariantCulture),
            summary);

    /// <summary>The JSON Schema 2020-12 equivalent of Model/bench.schema.yaml for an array of Meeting.</summary>
    public const string MeetingListJsonSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "https://newsschema.invalid/bench/meetings.schema.json",
          "type": "array",
          "items": { "$ref": "#/$defs/Meeting" },
          "$defs": {
            "Meeting": {
              "type": "object",
              "additionalProperties": false,
              "required": ["id", "title", "format", "participants"],
              "properties": {
                "id": { "type": "string", "pattern": "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$" },
                "title": { "type": "string", "minLength": 1, "maxLength": 200 },
                "format": { "enum": ["bilateral", "trilateral", "multilateral", "press-conference"] },
                "participants": { "type": "array", "minItems": 2, "maxItems": 12, "uniqueItems": true, "items": { "type": "string" } },
                "venue": { "type": "string" },
                "startsOn": { "type": "string", "format": "date" },
                "endsOn": { "type": "string", "format": "date" },
                "topics": { "type": "array", "maxItems": 16, "uniqueItems": true, "items": { "type": "string" } },
                "location": { "$ref": "#/$defs/GeoPoint" },
                "attendance": { "type": "integer", "minimum": 0, "maximum": 100000 },
                "summary": { "type": "string", "maxLength": 2000 }
              }
            },
            "GeoPoint": {
              "type": "object",
              "additionalProperties": false,
              "required": ["lat", "lon"],
              "properties": {
                "lat": { "type": "number", "minimum": -90, "maximum": 90 },
                "lon": { "type": "number", "minimum": -180, "maximum": 180 }
              }
            }
          }
        }
        """;
}
