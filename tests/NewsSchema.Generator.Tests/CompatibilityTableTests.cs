using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Compatibility;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The compatibility gate as a table (docs/compatibility.md): each row is an old set of schema
/// files (written into a baseline through <see cref="BaselineWriter"/>), an edit that gives the new
/// set, a mode, and every diagnostic the generator must report, with the exact place of each.
/// </summary>
public class CompatibilityTableTests
{
    private const string Dir = "/repo/schema/";
    private const string BaselinePath = Dir + "news.baseline";
    private const string MeetingFile = "meeting.schema.yaml";
    private const string VenueFile = "venue.schema.yaml";
    private const string ActorFile = "actor.schema.yaml";

    internal const string MeetingSchema = """
        # Meetings.
        namespace: Test.News
        types:
          Meeting:
            kind: entity
            plural: meetings
            description: Talks between actors.
            fields:
              title: { type: string, required: true, minLength: 1, maxLength: 200, description: A title. }
              format: MeetingFormat
              participants: { type: "list<ref<Actor>>", minItems: 1, uniqueItems: true }
              venue: ref<Venue>
              startsOn: { type: date, minimum: "1990-01-01" }
              attendance: { type: int, minimum: 0 }
              code: { type: string, pattern: "^[A-Z]+$" }
              public: { type: bool, default: true }
              topics: list<string>
          MeetingFormat:
            kind: enum
            values:
              - bilateral
              - trilateral
              - { name: press-conference, description: Statements to the press. }
        """;

    internal const string VenueSchema = """
        namespace: Test.News
        types:
          Venue:
            kind: entity
            plural: venues
            fields:
              name: { type: string, required: true }
          Room:
            kind: record
            fields:
              seats: int
        """;

    internal const string ActorSchema = """
        namespace: Test.News
        types:
          Actor:
            kind: entity
            abstract: true
            plural: actors
            fields:
              name: { type: string, required: true }
          Person:
            kind: entity
            extends: Actor
            fields:
              nationality: ref<State>
          State:
            kind: entity
            extends: Actor
            fields:
              iso: { type: string, required: true }
          Organization:
            kind: entity
            extends: Actor
        """;

    /// <summary>An edit of one file: replace <c>Find</c> with <c>Replace</c> (which must occur), or drop the file when <c>Find</c> is null.</summary>
    private sealed record Edit(string File, string? Find, string Replace);

    /// <summary>An expected diagnostic: its id, the file (name in Dir, or "baseline"), and the text its location starts at (null: the file's start).</summary>
    private sealed record Expect(string Id, string File, string? At, string? Contains = null);

    /// <summary>A row: <c>Before</c> edits the old schemas (for rows that need an old shape the base files do not have).</summary>
    private sealed record Case(string Name, string Mode, Edit[] Edits, Expect[] Expected, Edit[]? Before = null);

    private static Edit E(string file, string find, string replace) => new(file, find, replace);

    private static Edit Drop(string file) => new(file, null, string.Empty);

    private static Expect X(string id, string file, string? at, string? contains = null) => new(id, file, at, contains);

    private const string B = "NSG0060";
    private const string F = "NSG0061";
    private const string S = "NSG0062";

    private static readonly Case[] Cases =
    {
        // Nothing changed, or only what is not part of the public shape.
        new("unchanged", "full+source", Array.Empty<Edit>(), Array.Empty<Expect>()),
        new("comments and descriptions only", "full+source",
            new[] { E(MeetingFile, "# Meetings.", "# Meetings and talks.\n# Another comment."), E(MeetingFile, "Talks between actors.", "Talks, negotiations or press conferences."), E(MeetingFile, "A title. }", "The title as published. }"), E(MeetingFile, "description: Statements to the press.", "description: Said to the press.") },
            Array.Empty<Expect>()),
        new("field deprecated", "full+source", new[] { E(MeetingFile, "topics: list<string>", "topics: { type: list<string>, deprecated: use format }") }, Array.Empty<Expect>()),
        new("type moved to another file", "full+source",
            new[] { E(VenueFile, "  Room:\n    kind: record\n    fields:\n      seats: int\n", string.Empty), E(MeetingFile, "  MeetingFormat:", "  Room:\n    kind: record\n    fields:\n      seats: int\n  MeetingFormat:") },
            Array.Empty<Expect>()),
        new("mode none ignores a breaking change", "none", new[] { E(MeetingFile, "format: MeetingFormat", "format: { type: MeetingFormat, required: true }") }, Array.Empty<Expect>()),

        // Fields added.
        new("optional field added, backward", "backward", new[] { E(MeetingFile, "      topics: list<string>", "      topics: list<string>\n      agenda: string") }, Array.Empty<Expect>()),
        new("optional field added, forward", "forward", new[] { E(MeetingFile, "      topics: list<string>", "      topics: list<string>\n      agenda: string") }, new[] { X(F, MeetingFile, "agenda:", "Field 'agenda' was added to Meeting; this breaks forward compatibility: files written under the new schemas may hold 'agenda', which programs built from the baseline reject as an unknown field") }),
        new("optional field added, source", "source", new[] { E(MeetingFile, "      topics: list<string>", "      topics: list<string>\n      agenda: string") }, Array.Empty<Expect>()),
        new("required field added, full+source", "full+source",
            new[] { E(MeetingFile, "      topics: list<string>", "      topics: list<string>\n      agenda: { type: string, required: true }") },
            new[] { X(B, MeetingFile, "agenda:", "files written under the baseline have no 'agenda'"), X(F, MeetingFile, "agenda:"), X(S, MeetingFile, "agenda:", "the required property Agenda") }),

        // Fields removed and renamed.
        new("optional field removed, backward", "backward", new[] { E(MeetingFile, "      venue: ref<Venue>\n", string.Empty) }, new[] { X(B, MeetingFile, "Meeting:", "Field 'venue' of Meeting was removed; this breaks backward compatibility: files written under the baseline may hold 'venue'") }),
        new("optional field removed, forward", "forward", new[] { E(MeetingFile, "      venue: ref<Venue>\n", string.Empty) }, Array.Empty<Expect>()),
        new("required field removed, forward", "forward", new[] { E(MeetingFile, "      title: { type: string, required: true, minLength: 1, maxLength: 200, description: A title. }\n", string.Empty) }, new[] { X(F, MeetingFile, "Meeting:", "programs built from the baseline require 'title'") }),
        new("field removed, source", "source", new[] { E(MeetingFile, "      venue: ref<Venue>\n", string.Empty) }, new[] { X(S, MeetingFile, "Meeting:", "Meeting.Venue") }),
        new("field renamed without renamedFrom, backward", "backward", new[] { E(MeetingFile, "title: {", "headline: {") }, new[] { X(B, MeetingFile, "Meeting:", "Field 'title' of Meeting was removed"), X(B, MeetingFile, "headline:", "Required field 'headline' was added") }),
        new("field renamed with renamedFrom, backward", "backward", new[] { E(MeetingFile, "title: {", "headline: { renamedFrom: title,") }, Array.Empty<Expect>()),
        new("field renamed with renamedFrom, forward", "forward", new[] { E(MeetingFile, "title: {", "headline: { renamedFrom: title,") }, new[] { X(F, MeetingFile, "headline:", "Field 'title' of Meeting was renamed to 'headline'") }),
        new("field renamed with renamedFrom, source", "source", new[] { E(MeetingFile, "title: {", "headline: { renamedFrom: title,") }, new[] { X(S, MeetingFile, "headline:", "The property Meeting.Title is now Meeting.Headline") }),
        new("field alias added, full", "full",
            new[] { E(MeetingFile, "code: { type: string,", "code: { type: string, aliases: [ref],") },
            Array.Empty<Expect>()),

        // Field types.
        new("field type changed, full", "full", new[] { E(MeetingFile, "code: { type: string, pattern: \"^[A-Z]+$\" }", "code: int") },
            new[] { X(B, MeetingFile, "int\n      public", "changed type from string to int"), X(F, MeetingFile, "int\n      public") }),
        new("int widened to long, backward", "backward", new[] { E(MeetingFile, "attendance: { type: int,", "attendance: { type: long,") }, Array.Empty<Expect>()),
        new("int widened to long, forward", "forward", new[] { E(MeetingFile, "attendance: { type: int,", "attendance: { type: long,") }, new[] { X(F, MeetingFile, "long, minimum: 0") }),
        new("int widened to long, source", "source", new[] { E(MeetingFile, "attendance: { type: int,", "attendance: { type: long,") }, new[] { X(S, MeetingFile, "long, minimum: 0", "changed type from int? to long?") }),
        new("ref target changed, backward", "backward", new[] { E(MeetingFile, "venue: ref<Venue>", "venue: ref<State>") }, new[] { X(B, MeetingFile, "ref<State>", "changed type from ref<Venue> to ref<State>") }),
        new("ref widened to the family root, full+source", "full+source", new[] { E(ActorFile, "nationality: ref<State>", "nationality: ref<Actor>") }, new[] { X(F, ActorFile, "ref<Actor>") }),

        // Required and defaults.
        new("field made required, backward", "backward", new[] { E(MeetingFile, "format: MeetingFormat", "format: { type: MeetingFormat, required: true }") },
            new[] { X(B, MeetingFile, "format: {", "Field 'format' of Meeting is now required; this breaks backward compatibility: files written under the baseline may have no 'format'; keep it optional, with a default if you need one") }),
        new("field made required, forward", "forward", new[] { E(MeetingFile, "format: MeetingFormat", "format: { type: MeetingFormat, required: true }") }, Array.Empty<Expect>()),
        new("field made required, source", "source", new[] { E(MeetingFile, "format: MeetingFormat", "format: { type: MeetingFormat, required: true }") },
            new[] { X(S, MeetingFile, "MeetingFormat, required", "changed type from Test.News.MeetingFormat? to Test.News.MeetingFormat"), X(S, MeetingFile, "format: {", "object initializers that do not set Format") }),
        new("field made optional, forward", "forward", new[] { E(MeetingFile, "title: { type: string, required: true,", "title: { type: string,") }, new[] { X(F, MeetingFile, "title:", "Field 'title' of Meeting is now optional") }),
        new("field made optional, backward", "backward", new[] { E(MeetingFile, "title: { type: string, required: true,", "title: { type: string,") }, Array.Empty<Expect>()),
        new("default changed, backward", "backward", new[] { E(MeetingFile, "default: true", "default: false") }, new[] { X(B, MeetingFile, "false }", "now read as false instead of true") }),

        // Constraints.
        new("minLength raised, backward", "backward", new[] { E(MeetingFile, "minLength: 1", "minLength: 5") }, new[] { X(B, MeetingFile, "minLength", "changed 'minLength' from 1 to 5") }),
        new("minLength raised, forward", "forward", new[] { E(MeetingFile, "minLength: 1", "minLength: 5") }, Array.Empty<Expect>()),
        new("maxLength lowered, backward", "backward", new[] { E(MeetingFile, "maxLength: 200", "maxLength: 100") }, new[] { X(B, MeetingFile, "maxLength") }),
        new("maxLength raised, backward", "backward", new[] { E(MeetingFile, "maxLength: 200", "maxLength: 300") }, Array.Empty<Expect>()),
        new("maxLength raised, forward", "forward", new[] { E(MeetingFile, "maxLength: 200", "maxLength: 300") }, new[] { X(F, MeetingFile, "maxLength", "which Validate() in programs built from the baseline checks") }),
        new("date minimum raised, backward", "backward", new[] { E(MeetingFile, "minimum: \"1990-01-01\"", "minimum: \"2000-01-01\"") }, new[] { X(B, MeetingFile, "minimum: \"2000") }),
        new("maximum added, full", "full", new[] { E(MeetingFile, "attendance: { type: int, minimum: 0 }", "attendance: { type: int, minimum: 0, maximum: 1000 }") }, new[] { X(B, MeetingFile, "maximum", "has a new 'maximum: 1000'") }),
        new("minimum removed, full", "full", new[] { E(MeetingFile, "attendance: { type: int, minimum: 0 }", "attendance: int") }, new[] { X(F, MeetingFile, "attendance:", "lost 'minimum: 0'") }),
        new("pattern changed, full", "full", new[] { E(MeetingFile, "^[A-Z]+$", "^[A-Z]{2,}$") }, new[] { X(B, MeetingFile, "pattern"), X(F, MeetingFile, "pattern") }),
        new("uniqueItems added, backward", "backward", new[] { E(MeetingFile, "topics: list<string>", "topics: { type: list<string>, uniqueItems: true }") }, new[] { X(B, MeetingFile, "uniqueItems: true }\n  MeetingFormat", "has a new 'uniqueItems: true'") }),
        new("uniqueItems removed, full", "full", new[] { E(MeetingFile, "minItems: 1, uniqueItems: true", "minItems: 1") }, new[] { X(F, MeetingFile, "participants:") }),

        // Enum values.
        new("enum value added, backward", "backward", new[] { E(MeetingFile, "      - trilateral\n", "      - trilateral\n      - multilateral\n") }, Array.Empty<Expect>()),
        new("enum value added, forward", "forward", new[] { E(MeetingFile, "      - trilateral\n", "      - trilateral\n      - multilateral\n") }, new[] { X(F, MeetingFile, "multilateral", "Value 'multilateral' was added to MeetingFormat") }),
        new("enum value added, source", "source", new[] { E(MeetingFile, "      - trilateral\n", "      - trilateral\n      - multilateral\n") }, new[] { X(S, MeetingFile, "multilateral", "CS8509") }),
        new("enum value removed, full+source", "full+source", new[] { E(MeetingFile, "      - trilateral\n", string.Empty) }, new[] { X(B, MeetingFile, "MeetingFormat:", "Value 'trilateral' of MeetingFormat was removed"), X(S, MeetingFile, "MeetingFormat:", "MeetingFormat.Trilateral") }),
        new("enum value renamed with renamedFrom, backward", "backward", new[] { E(MeetingFile, "name: press-conference,", "name: press-briefing, renamedFrom: press-conference,") }, Array.Empty<Expect>()),
        new("enum value renamed with renamedFrom, full+source", "full+source", new[] { E(MeetingFile, "name: press-conference,", "name: press-briefing, renamedFrom: press-conference,") },
            new[] { X(F, MeetingFile, "press-briefing", "renamed to 'press-briefing'"), X(S, MeetingFile, "press-briefing", "MeetingFormat.PressConference is now MeetingFormat.PressBriefing") }),

        // Types.
        new("record removed from its file, backward", "backward", new[] { E(VenueFile, "  Room:\n    kind: record\n    fields:\n      seats: int\n", string.Empty) }, new[] { X(B, VenueFile, null, "Type 'Room' was removed") }),
        new("file removed with its entity, backward", "backward", new[] { Drop(VenueFile), E(MeetingFile, "      venue: ref<Venue>\n", string.Empty) },
            new[] { X(B, "baseline", "type Room kind"), X(B, "baseline", "type Venue kind", "catalogs written under the baseline may hold 'venues:'"), X(B, MeetingFile, "Meeting:", "Field 'venue'") }),
        new("entity added, forward", "forward", new[] { E(VenueFile, "  Room:", "  City:\n    kind: entity\n  Room:") }, new[] { X(F, VenueFile, "City:", "catalogs written under the new schemas may hold 'cities:'") }),
        new("entity renamed with renamedFrom, full", "full", new[] { E(VenueFile, "  Venue:\n    kind: entity", "  Place:\n    renamedFrom: Venue\n    kind: entity"), E(MeetingFile, "ref<Venue>", "ref<Place>") }, Array.Empty<Expect>()),
        new("entity renamed with renamedFrom, source", "source", new[] { E(VenueFile, "  Venue:\n    kind: entity", "  Place:\n    renamedFrom: Venue\n    kind: entity"), E(MeetingFile, "ref<Venue>", "ref<Place>") },
            new[] { X(S, VenueFile, "Venue\n", "Type 'Venue' was renamed to 'Place'; this breaks source compatibility: code that uses Test.News.Venue or Test.News.VenueId no longer compiles") }),
        new("entity renamed without renamedFrom, backward", "backward", new[] { E(VenueFile, "  Venue:\n    kind: entity", "  Place:\n    kind: entity"), E(MeetingFile, "ref<Venue>", "ref<Place>") },
            new[] { X(B, VenueFile, null, "Type 'Venue' was removed"), X(B, MeetingFile, "ref<Place>") }),
        new("record became an entity, full", "full", new[] { E(VenueFile, "  Room:\n    kind: record", "  Room:\n    kind: entity\n    plural: rooms") }, new[] { X(B, VenueFile, "Room:", "changed from a record to an entity"), X(F, VenueFile, "Room:") }),
        new("plural changed, full", "full", new[] { E(MeetingFile, "plural: meetings", "plural: talks") }, new[] { X(B, MeetingFile, "talks", "The catalog key of Meeting changed from 'meetings' to 'talks'"), X(F, MeetingFile, "talks") }),
        new("plural changed, source", "source", new[] { E(MeetingFile, "plural: meetings", "plural: talks") }, new[] { X(S, MeetingFile, "talks", "catalog.Meetings") }),
        new("id pattern changed, backward", "backward", new[] { E(VenueFile, "plural: venues", "plural: venues\n    idPattern: \"^v-[0-9]+$\"") }, new[] { X(B, VenueFile, "\"^v-", "The id pattern of Venue changed") }),
        new("namespace changed, source", "source", new[] { E(VenueFile, "namespace: Test.News", "namespace: Test.Places") }, new[] { X(S, VenueFile, "Test.Places", "moved from Test.News.Room to Test.Places.Room"), X(S, VenueFile, "Test.Places", "moved from Test.News.Venue to Test.Places.Venue"), X(S, VenueFile, "Venue:", "id type of Venue"), X(S, MeetingFile, "ref<Venue>", "from Test.News.VenueId? to Test.Places.VenueId?") }),
        new("namespace changed, full", "full", new[] { E(VenueFile, "namespace: Test.News", "namespace: Test.Places") }, Array.Empty<Expect>()),

        // Families.
        new("discriminator changed, full", "full", new[] { E(ActorFile, "plural: actors", "plural: actors\n    discriminator: type") },
            new[] { X(B, ActorFile, "type\n", "The discriminator of the family of Actor changed from 'kind' to 'type'"), X(F, ActorFile, "type\n") }),
        new("tag changed, backward", "backward", new[] { E(ActorFile, "extends: Actor\n    fields:\n      nationality", "extends: Actor\n    tag: human\n    fields:\n      nationality") }, new[] { X(B, ActorFile, "human", "'kind: person'") }),
        new("concrete type removed from a family, full+source", "full+source", new[] { E(ActorFile, "  Organization:\n    kind: entity\n    extends: Actor\n", string.Empty) },
            new[] { X(B, ActorFile, null, "Type 'Organization' was removed from the family of Actor; this breaks backward compatibility: files written under the baseline may hold Actor entries with 'kind: organization'"), X(S, ActorFile, null, "Test.News.Organization") }),
        new("concrete type added to a family, full+source", "full+source", new[] { E(ActorFile, "  Organization:", "  Union:\n    kind: entity\n    extends: Actor\n  Organization:") }, new[] { X(F, ActorFile, "Union:", "'kind: union'") }),
        new("field added to the family root once, forward", "forward", new[] { E(ActorFile, "      name: { type: string, required: true }", "      name: { type: string, required: true }\n      born: date") }, new[] { X(F, ActorFile, "born:") }),
        new("field moved up to the family root, full", "full", new[] { E(ActorFile, "      nationality: ref<State>\n", string.Empty), E(ActorFile, "      name: { type: string, required: true }", "      name: { type: string, required: true }\n      nationality: ref<State>") },
            new[] { X(F, ActorFile, "nationality:", "Field 'nationality' was added to Actor") }),
        new("field alias removed, backward", "backward", new[] { E(MeetingFile, "code: { type: string, aliases: [ref],", "code: { type: string,") },
            new[] { X(B, MeetingFile, "code:", "Field 'code' of Meeting no longer accepts the key 'ref'") },
            Before: new[] { E(MeetingFile, "code: { type: string,", "code: { type: string, aliases: [ref],") }),
        new("field renamed back from its alias, backward", "backward", new[] { E(MeetingFile, "code: { type: string, aliases: [ref],", "ref: { type: string, aliases: [code],") }, Array.Empty<Expect>(),
            Before: new[] { E(MeetingFile, "code: { type: string,", "code: { type: string, aliases: [ref],") }),
        new("type made abstract, full+source", "full+source", new[] { E(VenueFile, "plural: venues", "plural: venues\n    abstract: true") },
            new[] { X(B, VenueFile, "Venue:", "Type 'Venue' is now abstract"), X(S, VenueFile, "Venue:", "code that creates a Venue") }),
        new("base changed within the family, full+source", "full+source",
            new[] { E(ActorFile, "  State:\n    kind: entity\n    extends: Actor", "  Collective:\n    kind: entity\n    abstract: true\n    extends: Actor\n  State:\n    kind: entity\n    extends: Collective") },
            new[] { X(S, ActorFile, "Collective\n", "The base of 'State' changed from Actor to Collective") }),
        new("changes in two files, full", "full", new[] { E(VenueFile, "seats: int", "seats: { type: int, required: true }"), E(MeetingFile, "maxLength: 200", "maxLength: 100") },
            new[] { X(B, VenueFile, "seats:", "Field 'seats' of Room is now required"), X(B, MeetingFile, "maxLength") }),
    };

    public static IEnumerable<object[]> CaseNames => Cases.Select(c => new object[] { c.Name });

    [Fact]
    public void TheTableHasAtLeastFortyRows() => Assert.True(Cases.Length >= 40, Cases.Length + " rows");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Row(string name)
    {
        var row = Cases.Single(c => c.Name == name);
        var old = new Dictionary<string, string> { [MeetingFile] = MeetingSchema + "\n", [VenueFile] = VenueSchema + "\n", [ActorFile] = ActorSchema + "\n" };
        foreach (var edit in row.Before ?? Array.Empty<Edit>())
        {
            Assert.True(old[edit.File].Contains(edit.Find!, StringComparison.Ordinal), "the edit's text is not in " + edit.File + ": " + edit.Find);
            old[edit.File] = old[edit.File].Replace(edit.Find!, edit.Replace, StringComparison.Ordinal);
        }

        var current = new Dictionary<string, string>(old);
        foreach (var edit in row.Edits)
        {
            if (edit.Find is null)
            {
                current.Remove(edit.File);
                continue;
            }

            Assert.True(current[edit.File].Contains(edit.Find, StringComparison.Ordinal), "the edit's text is not in " + edit.File + ": " + edit.Find);
            current[edit.File] = current[edit.File].Replace(edit.Find, edit.Replace, StringComparison.Ordinal);
        }

        var baseline = CompatibilityHelper.WriteBaseline(old, BaselinePath);
        var run = CompatibilityHelper.RunGate(current, row.Mode, BaselinePath, baseline);
        var actual = run.Diagnostics.Where(d => d.Id.StartsWith("NSG", StringComparison.Ordinal)).ToList();
        var expected = row.Expected.ToList();

        var unmatched = new List<Diagnostic>(actual);
        foreach (var e in expected)
        {
            var path = e.File == "baseline" ? BaselinePath : Dir + e.File;
            var text = e.File == "baseline" ? baseline : current[e.File];
            var offset = e.At is null ? 0 : text.IndexOf(e.At, StringComparison.Ordinal);
            Assert.True(offset >= 0, "marker '" + e.At + "' not found in " + e.File);
            var found = unmatched.FirstOrDefault(d => d.Id == e.Id
                && d.Location.GetLineSpan().Path == path
                && d.Location.SourceSpan.Start == offset
                && (e.Contains is null || d.GetMessage().Contains(e.Contains, StringComparison.Ordinal)));
            Assert.True(found is not null, "expected " + e.Id + " at " + e.File + "(" + LineOf(text, offset) + ") '" + e.At + "'" + (e.Contains is null ? string.Empty : " saying '" + e.Contains + "'") + "; got:\n" + Describe(actual));
            unmatched.Remove(found!);
        }

        Assert.True(unmatched.Count == 0, "unexpected diagnostics:\n" + Describe(unmatched));
    }

    private static string LineOf(string text, int offset) => (text.Take(offset).Count(c => c == '\n') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}

/// <summary>Writes a baseline through the public entry point and runs the generator with the gate on.</summary>
internal static class CompatibilityHelper
{
    public static string WriteBaseline(IReadOnlyDictionary<string, string> files, string baselinePath, string dir = "/repo/schema/")
    {
        var result = BaselineWriter.Write(
            files.Select(f => (dir + f.Key, f.Value)),
            new BaselineWriterOptions { BaselinePath = baselinePath, DefaultNamespace = "TestProject" });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Text!;
    }

    public static GeneratorRun RunGate(IReadOnlyDictionary<string, string> files, string mode, string baselinePath, string? baseline, string dir = "/repo/schema/")
    {
        var inputs = files.Select(f => (dir + f.Key, f.Value)).ToList();
        if (baseline is not null)
        {
            inputs.Add((baselinePath, baseline));
        }

        var properties = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "TestProject",
            ["build_property.NewsSchemaCompatibility"] = mode,
            ["build_property.NewsSchemaBaselinePath"] = baselinePath,
        };
        return GeneratorHarness.Run(inputs, properties);
    }
}
