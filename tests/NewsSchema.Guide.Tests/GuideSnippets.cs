using System.IO;
using System.Linq;
using Elections;

namespace NewsSchema.Guide.Tests;

/// <summary>
/// The C# code of docs/schema-language.md. Each method body between <c>// begin-snippet</c> and
/// <c>// end-snippet</c> is, dedented, a <c>csharp</c> block of the guide, followed there by a
/// <c>text</c> block of what it prints (<see cref="GuideTests"/> checks both). The snippets run in
/// the folder <c>Elections</c>, where <c>elections.yaml</c> is.
/// </summary>
internal static class GuideSnippets
{
    public static void Family(TextWriter Console)
    {
        // begin-snippet
        EntityCatalog catalog = EntityCatalog.LoadFiles(["elections.yaml"]).GetValueOrThrow();

        // Find takes the family's id type and returns the root type, Contender.
        Contender? found = catalog.Find(new ContenderId("progress"));
        Console.WriteLine(found is Coalition);

        // Pattern matching tells the concrete types apart (test the narrower types first).
        foreach (Contender contender in catalog.Contenders)
        {
            Console.WriteLine(contender switch
            {
                Candidate c => $"{c.Name}: candidate of {catalog.Find(c.Party!.Value)!.Name}",
                Coalition c => $"{c.Name}: coalition of {string.Join(" and ", c.Members.Select(id => catalog.Find(id)!.Name))}",
                Party p => $"{p.Name}: party, founded {p.Founded?.ToString("yyyy") ?? "?"}",
                _ => contender.Name,
            });
        }

        // A ref<Candidate> holds a ContenderId; after a valid catalog, the cast cannot fail.
        Party greens = (Party)catalog.Find(new ContenderId("greens"))!;
        Candidate leader = (Candidate)catalog.Find(greens.Leader!.Value)!;
        Console.WriteLine($"{greens.Name} is led by {leader.Name}");

        // The abstract middle level is a type too.
        Console.WriteLine(string.Join(", ", catalog.Contenders.OfType<Group>().Select(g => g.Name)));
        // end-snippet
    }

    public static void WriteAFamilyMember(TextWriter Console)
    {
        // begin-snippet
        Candidate candidate = new()
        {
            Id = new ContenderId("ben-okafor"),
            Name = "Ben Okafor",
            Party = new ContenderId("labour"),
        };
        Console.Write(candidate.ToYaml());
        Console.WriteLine(Contender.FromYaml(candidate.ToYaml()) == candidate);
        // end-snippet
    }

    public static void NestedRule(TextWriter Console)
    {
        // begin-snippet
        ParseResult<Poll> parsed = Poll.ParseYaml("""
            id: north-july
            pollster: Acme Research
            publishedOn: 2026-07-01
            results:
              - { contender: progress, percent: 61 }
              - { contender: ana-lima, percent: 45 }
              - { contender: labour, percent: 0.05 }
            """, "north-july.yaml");
        foreach (DataError error in parsed.GetValueOrThrow().Validate(parsed.Positions).Errors)
            Console.WriteLine(error);
        // end-snippet
    }

    public static void CatalogMistakes(TextWriter Console)
    {
        // begin-snippet
        ParseResult<EntityCatalog> wrong = EntityCatalog.ParseYaml("""
            candidates:
              - id: ben-okafor
                name: Ben Okafor
            contenders:
              - kind: candiate
                id: ben-okafor
                name: Ben Okafor
            """, "wrong.yaml");
        foreach (DataError error in wrong.Errors)
            Console.WriteLine(error);
        // end-snippet
    }

    public static void CatalogValidation(TextWriter Console)
    {
        // begin-snippet
        ParseResult<EntityCatalog> parsed = EntityCatalog.ParseYaml("""
            contenders:
              - kind: candidate
                id: ben-okafor
                name: Ben Okafor
                party: unity
              - kind: party
                id: greens
                name: Green Party
              - kind: coalition
                id: unity
                name: Unity
                members: [greens, greens, reds]
            """, "unity.yaml");
        foreach (DataError error in parsed.GetValueOrThrow().Validate().Errors)
            Console.WriteLine(error);
        // end-snippet
    }

    public static void DeprecatedNotices(TextWriter Console)
    {
        // begin-snippet
        ParseOptions options = new() { ReportDeprecated = true };
        ParseResult<EntityCatalog> loaded = EntityCatalog.LoadFiles(["elections.yaml"], options);
        Console.WriteLine(loaded.IsSuccess);
        foreach (DataError notice in loaded.Warnings)
            Console.WriteLine(notice);
        // end-snippet
    }
}
