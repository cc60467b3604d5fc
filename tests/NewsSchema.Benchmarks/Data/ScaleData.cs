using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsSchema.Benchmarks.Model;

namespace NewsSchema.Benchmarks;

/// <summary>
/// The scale rows' catalogs: <c>entities</c> entities in one catalog file, every reference resolvable.
/// 5% are actors, 2% venues and the rest meetings; each meeting is one of the 1,000 benchmark
/// meetings under a new id, its 2 to 4 participants and its venue spread over all the actors and
/// venues, so every size has the same shape per entity and the reference checks grow with it.
/// </summary>
public static class ScaleData
{
    /// <summary>The sizes the scale rows compare (time per entity at the largest against the smallest).</summary>
    public static readonly int[] Sizes = [1_000, 10_000, 100_000];

    private static readonly ConcurrentDictionary<int, string> s_catalogs = new();

    /// <summary>The catalog YAML of <paramref name="entities"/> entities (made once per size and process).</summary>
    public static string Catalog(int entities) => s_catalogs.GetOrAdd(entities, Make);

    /// <summary>How many meetings a catalog of <paramref name="entities"/> holds (and so how many actors and venues).</summary>
    public static (int Actors, int Venues, int Meetings) Split(int entities)
    {
        var actors = Math.Max(4, entities / 20);
        var venues = Math.Max(1, entities / 50);
        return (actors, venues, entities - actors - venues);
    }

    private static string Make(int entities)
    {
        var (actors, venues, meetings) = Split(entities);
        var source = BenchData.Instance.Meetings;
        var builder = new StringBuilder(entities * 400);
        builder.Append("actors:\n");
        for (var i = 0; i < actors; i++)
        {
            builder.Append("  - id: ").Append(ActorId(i)).Append("\n    name: Actor ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("venues:\n");
        for (var i = 0; i < venues; i++)
        {
            builder.Append("  - id: ").Append(VenueId(i)).Append("\n    name: Venue ").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        builder.Append("meetings:\n");
        var copies = new Meeting[meetings];
        for (var i = 0; i < meetings; i++)
        {
            var m = source[i % source.Count];
            copies[i] = m with
            {
                Id = new MeetingId("meeting-" + i.ToString("000000", CultureInfo.InvariantCulture)),
                Participants = Enumerable.Range(0, m.Participants.Count).Select(k => new ActorId(ActorId(((i * 7) + (k * 13)) % actors))).ToArray(),
                Venue = m.Venue is null ? null : new VenueId(VenueId(i % venues)),
            };
        }

        foreach (var line in Meeting.ToYamlList(copies).Split('\n'))
        {
            if (line.Length > 0)
            {
                builder.Append("  ").Append(line).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string ActorId(int i) => "actor-" + i.ToString("00000", CultureInfo.InvariantCulture);

    private static string VenueId(int i) => "venue-" + i.ToString("0000", CultureInfo.InvariantCulture);
}
