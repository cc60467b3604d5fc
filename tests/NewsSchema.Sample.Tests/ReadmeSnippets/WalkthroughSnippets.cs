using System.IO;
using System.Linq;
using NewsDesk;
using NewsSchema.News;

namespace NewsSchema.Sample.Tests.ReadmeSnippets;

/// <summary>
/// The C# code of the README's walkthrough. Each method body between <c>// begin-snippet</c> and
/// <c>// end-snippet</c> is, dedented, a <c>csharp</c> block of README.md, and what it prints is the
/// <c>text</c> block that follows it there (<see cref="ReadmeTests"/> checks both). The parameter
/// named <c>Console</c> lets the tests capture what the snippet prints with <c>Console.WriteLine</c>.
/// </summary>
internal static class WalkthroughSnippets
{
    public static void ParseAndWrite(TextWriter Console)
    {
        // begin-snippet
        Meeting meeting = Meeting.FromYaml("""
            id: uae-next-round
            title: Next round of talks in the UAE
            format: trilateral
            status: scheduled
            participants: [ukraine, united-states, russia]
            startsOn: 2026-02-01
            """);
        Console.WriteLine(meeting.Title);
        Console.WriteLine(meeting.Format.ToWireName());
        Console.WriteLine(meeting.ToJson());
        Console.WriteLine(Meeting.FromYaml(meeting.ToYaml()) == meeting);
        // end-snippet
    }

    public static void ParseErrors(TextWriter Console)
    {
        // begin-snippet
        ParseResult<Meeting> result = Meeting.ParseYaml("""
            id: uae-next-round
            title: Next round of talks in the UAE
            format: trilaterl
            status: scheduled
            participants: [ukraine, united-states, russia]
            startsOn: 1 February
            """, "next-round.yaml");
        foreach (DataError error in result.Errors)
            Console.WriteLine(error);
        // end-snippet
    }

    public static void Validate(TextWriter Console)
    {
        // begin-snippet
        ParseResult<Meeting> parsed = Meeting.ParseYaml("""
            id: uae-next-round
            title: Next round of talks in the UAE
            format: trilateral
            status: scheduled
            participants: []
            startsOn: 2026-02-01
            endsOn: 2026-01-31
            """, "next-round.yaml");
        ValidationResult validation = parsed.GetValueOrThrow().Validate(parsed.Positions);
        foreach (DataError error in validation.Errors)
            Console.WriteLine(error);
        // end-snippet
    }

    public static void Catalog(TextWriter Console)
    {
        // begin-snippet
        ParseResult<EntityCatalog> loaded = EntityCatalog.LoadFiles(Directory.GetFiles("samples/NewsDesk/data", "*.yaml"));
        EntityCatalog catalog = loaded.GetValueOrThrow();
        Console.WriteLine(catalog.Validate().IsValid);

        Meeting talks = catalog.Find(new MeetingId("abu-dhabi-trilateral-talks"))!;
        Venue venue = catalog.Find(talks.Venue!.Value)!;
        Console.WriteLine($"{venue.Name}, {catalog.Find(venue.Country)!.Name}: {string.Join(", ", talks.Participants.Select(id => catalog.Find(id)!.Name))}");

        Agreement guarantees = catalog.Agreements.Single(a => a.Kind == AgreementKind.SecurityGuarantees);
        Console.WriteLine($"{guarantees.Title}: {guarantees.Status.ToWireName()}, to be ratified by {string.Join(" and ", guarantees.RatifyingBodies.Select(id => catalog.Find(id)!.Name))}");
        // end-snippet
    }

    public static void Family(TextWriter Console)
    {
        EntityCatalog catalog = EntityCatalog.LoadFiles(Directory.GetFiles("samples/NewsDesk/data", "*.yaml")).GetValueOrThrow();
        // begin-snippet
        foreach (string id in new[] { "zelenskyy", "ukraine", "kremlin" })
        {
            Actor actor = catalog.Find(new ActorId(id))!;
            Console.WriteLine(actor switch
            {
                Person person => $"{person.Name}: a person, {person.Affiliations[0].Title}",
                State state => $"{state.Name}: a state, {state.CountryCode}",
                Organization body => $"{body.Name}: {body.OrganizationKind.ToWireName()} of {catalog.Find(body.State!.Value)!.Name}",
                _ => actor.Name,
            });
        }

        Console.WriteLine(catalog.Find(new ActorId("zelenskyy"))!.ToYaml());
        // end-snippet
    }
}
