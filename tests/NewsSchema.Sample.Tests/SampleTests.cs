using System;
using System.IO;
using System.Linq;
using NewsDesk;
using NewsSchema.News;
using Xunit;

namespace NewsSchema.Sample.Tests;

public class SampleTests
{
    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var code = NewsDeskApp.Run(args, output);
        return (code, output.ToString());
    }

    [Fact]
    public void The_default_run_exits_0_and_briefs_on_every_fact()
    {
        var (code, output) = Run();

        Assert.True(code == 0, output);
        string[] expected =
        [
            // the article
            "Zelenskyy: U.S. Security Guarantees Document Ready", "WORLD | 2026-01-26 | 5 min read",
            "Context: Russia's full-scale invasion of Ukraine since 2022-02-24",
            // people, states, bodies: each with the details of its type
            "Volodymyr Zelenskyy - President of Ukraine (head-of-state, Ukraine) - nationality: Ukraine\n",
            "Vladimir Putin - President of Russia (head-of-state, Russia) - nationality: Russia\n",
            "Steve Witkoff - U.S. official (official, United States) - nationality: United States\n",
            "Jared Kushner - U.S. official (official, United States) - nationality: United States\n",
            """
                  States
                    Ukraine (UA)
                    United States (US, U.S.)
                    Russia (RU)

                """,
            "Lithuania (LT) - capital: Vilnius\n", "United Arab Emirates (AE, UAE) - capital: Abu Dhabi\n",
            """
                  Bodies
                    United States Congress - legislature of United States
                    Ukrainian parliament - legislature of Ukraine

                """,
            "The Kremlin - executive-office of Russia\n", "European Union - union\n",
            // places
            "Vilnius, Lithuania (capital) - 54.6872° N, 25.2797° E",
            "Abu Dhabi, United Arab Emirates (capital) - 24.4539° N, 54.3773° E",
            // meetings
            "2026-01-22 (late Thursday)  Putin's talks with Witkoff and Kushner",
            "2026-01-23 to 2026-01-24  Two days of negotiations in Vilnius",
            "2026-01-25 (Sunday)  Zelenskyy's press conference in Vilnius",
            "2026-02-01 (February 1)  Next round of talks in the UAE",
            "trilateral, United Arab Emirates, scheduled, as reported by United States",
            "Trilateral talks in Abu Dhabi",
            "Russia sent: diplomat, military-representative",
            // agreements
            "U.S. security guarantees for Ukraine - ready-for-signing, 100% ready",
            "signing date: awaited",
            "to be ratified by: United States Congress, Ukrainian parliament",
            "Peace agreement between Russia and Ukraine - under-negotiation",
            "The Kremlin demands of Ukraine: Withdraw its troops from the regions of eastern Ukraine",
            "Possible ceasefire - proposed",
            "Ukraine's membership of the European Union - proposed",
            // the plant
            "Zaporizhzhia Nuclear Power Plant - nuclear-power-plant in Ukraine, the largest nuclear facility in Europe",
            "status: occupied; controlled by Russia",
            "oversight framework: no-consensus",
            // statements
            "Volodymyr Zelenskyy: \"100% ready\"",
            "\"economic security guarantee\"",
            "\"Our position regarding our territory—Ukraine's territorial integrity—must be respected.\"",
            "\"all sides must be ready for compromise\"",
        ];
        foreach (var text in expected)
        {
            Assert.True(output.Contains(text, StringComparison.Ordinal), $"the briefing lacks '{text}':\n{output}");
        }
    }

    [Fact]
    public void The_briefing_lists_meetings_in_time_order_with_undated_ones_last()
    {
        var (_, output) = Run();
        string[] titles =
        [
            "Putin's talks with Witkoff and Kushner", "Two days of negotiations in Vilnius", "Zelenskyy's press conference in Vilnius",
            "Next round of talks in the UAE", "date not given (recent, before the press conference)  Trilateral talks in Abu Dhabi",
        ];
        var positions = titles.Select(t => output.IndexOf(t, StringComparison.Ordinal)).ToArray();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_bundled_catalog_is_valid_when_checked_as_a_folder()
    {
        var (code, output) = Run(NewsDeskApp.DataFolder);

        Assert.Equal(0, code);
        Assert.Equal("5 files: no errors\n", output);
    }

    [Fact]
    public void The_bundled_catalog_holds_the_article_facts()
    {
        var result = CatalogChecker.Check(CatalogChecker.ExpandPaths([NewsDeskApp.DataFolder]));
        Assert.Empty(result.Errors);
        var catalog = result.Catalog;

        var guarantees = catalog.Find(new AgreementId("us-security-guarantees"))!;
        Assert.Equal(AgreementStatus.ReadyForSigning, guarantees.Status);
        Assert.Equal(100, guarantees.ReadinessPercent);
        Assert.Null(guarantees.SigningDate);
        Assert.Equal([new ActorId("us-congress"), new ActorId("ukrainian-parliament")], guarantees.RatifyingBodies);

        var abuDhabi = catalog.Find(new MeetingId("abu-dhabi-trilateral-talks"))!;
        Assert.Equal(MeetingFormat.Trilateral, abuDhabi.Format);
        Assert.All(abuDhabi.Delegations, d => Assert.Equal([Role.Diplomat, Role.MilitaryRepresentative], d.Members));
        Assert.Equal(new ActorId("uae"), catalog.Find(abuDhabi.Venue!.Value)!.Country);

        var next = catalog.Find(new MeetingId("uae-next-round"))!;
        Assert.Equal((MeetingStatus.Scheduled, new DateOnly(2026, 2, 1)), (next.Status, next.StartsOn!.Value));

        var plant = catalog.Facilities.Single();
        Assert.Equal((FacilityKind.NuclearPowerPlant, FacilityStatus.Occupied, OversightStatus.NoConsensus), (plant.Kind, plant.Status, plant.Oversight!.Value));
        Assert.Equal(new ActorId("russia"), plant.ControlledBy);

        var article = catalog.Articles.Single();
        Assert.Equal(new DateOnly(2026, 1, 26), article.PublishedOn);
        Assert.Equal("WORLD", article.Section);
        Assert.All(article.Statements, s => Assert.Equal(new ActorId("zelenskyy"), s.Speaker));
        Assert.Equal(4, article.Statements.Count);
    }

    [Fact]
    public void The_catalog_and_its_entities_write_the_same_yaml_as_utf8_bytes_as_as_text()
    {
        var catalog = CatalogChecker.Check(CatalogChecker.ExpandPaths([NewsDeskApp.DataFolder])).Catalog;
        Assert.NotEmpty(catalog.Meetings);

        var whole = new System.Buffers.ArrayBufferWriter<byte>();
        catalog.ToYaml(whole);
        Assert.Equal(catalog.ToYaml(), System.Text.Encoding.UTF8.GetString(whole.WrittenSpan));

        var list = new System.Buffers.ArrayBufferWriter<byte>();
        Meeting.ToYamlList(catalog.Meetings, list);
        Assert.Equal(Meeting.ToYamlList(catalog.Meetings), System.Text.Encoding.UTF8.GetString(list.WrittenSpan));

        var one = new System.Buffers.ArrayBufferWriter<byte>();
        catalog.Meetings[0].ToYaml(one);
        Assert.Equal(catalog.Meetings[0], Meeting.FromYaml(System.Text.Encoding.UTF8.GetString(one.WrittenSpan)));
    }

    [Fact]
    public void The_bundled_catalog_round_trips_through_yaml_and_json()
    {
        var catalog = CatalogChecker.Check(CatalogChecker.ExpandPaths([NewsDeskApp.DataFolder])).Catalog;

        var fromYaml = EntityCatalog.FromYaml(catalog.ToYaml());
        var fromJson = EntityCatalog.FromJson(catalog.ToJson());

        foreach (var copy in new[] { fromYaml, fromJson })
        {
            Assert.Equal(catalog.Actors, copy.Actors);
            Assert.Equal(catalog.Venues, copy.Venues);
            Assert.Equal(catalog.Meetings, copy.Meetings);
            Assert.Equal(catalog.Agreements, copy.Agreements);
            Assert.Equal(catalog.Facilities, copy.Facilities);
            Assert.Equal(catalog.Articles, copy.Articles);
            Assert.Equal(catalog.Conflicts, copy.Conflicts);
        }
    }

    [Fact]
    public void A_folder_of_broken_files_gives_every_located_error_and_exit_code_1()
    {
        var (code, output) = Run(Repo.BrokenFolder);

        Assert.Equal(1, code);
        var lines = output.TrimEnd('\n').Split('\n');
        string At(string file) => Path.Combine(Repo.BrokenFolder, file);
        string[] expected =
        [
            $"{At("actors.yaml")}(11,9): error duplicate-id at actors[2].id: the id 'ukraine' is already used by actors[0] ({At("actors.yaml")}(3,5))",
            $"{At("bad-date.yaml")}(5,18): error type at articles[0].publishedOn: expected a date as yyyy-MM-dd, found '26.01.2026'",
            $"{At("bad-enum.yaml")}(5,11): error enum at actors[0].kind: 'country' is not a kind of Actor; expected one of: organization, person, state",
            $"{At("meetings.yaml")}(8,12): error unresolved-reference at meetings[0].venue: no Venue has the id 'kyiv'",
            $"{At("meetings.yaml")}(10,13): error custom at meetings[0].endsOn: the meeting ends on 2026-01-23, before it starts on 2026-01-24",
            $"{At("speaker-not-a-person.yaml")}(7,18): error unresolved-reference at articles[0].statements[0].speaker: no Person has the id 'ukraine'; that id names another kind of Actor",
            $"{At("unknown-field.yaml")}(6,5): error unknown-field at venues[0].city: 'city' is not a field of Venue",
            "6 files: 7 errors",
        ];
        Assert.Equal(expected, lines);
    }

    [Theory]
    [InlineData("actors.yaml", "duplicate-id", "actors[2].id", 11, 9)]
    [InlineData("bad-date.yaml", "type", "articles[0].publishedOn", 5, 18)]
    [InlineData("bad-enum.yaml", "enum", "actors[0].kind", 5, 11)]
    [InlineData("meetings.yaml", "unresolved-reference", "meetings[0].venue", 8, 12)]
    [InlineData("meetings.yaml", "custom", "meetings[0].endsOn", 10, 13)]
    [InlineData("speaker-not-a-person.yaml", "unresolved-reference", "articles[0].statements[0].speaker", 7, 18)]
    [InlineData("unknown-field.yaml", "unknown-field", "venues[0].city", 6, 5)]
    public void Each_broken_file_has_its_error_at_its_line_and_column(string file, string code, string path, int line, int column)
    {
        var result = CatalogChecker.Check(CatalogChecker.ExpandPaths([Repo.BrokenFolder]));

        Assert.Contains(result.Errors, e =>
            e.Code == code && e.Path == path && Path.GetFileName(e.Source) == file && e.Line == line && e.Column == column);
        Assert.Equal(7, result.Errors.Count);
    }

    [Fact]
    public void A_broken_file_does_not_hide_the_errors_of_the_others()
    {
        // meetings.yaml alone: its own reference errors, plus those to actors defined in actors.yaml.
        var (code, output) = Run(Path.Combine(Repo.BrokenFolder, "meetings.yaml"), Path.Combine(Repo.BrokenFolder, "bad-enum.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("error enum at actors[0].kind", output, StringComparison.Ordinal);
        Assert.Contains("error unresolved-reference at meetings[0].participants[0]: no Actor has the id 'ukraine'", output, StringComparison.Ordinal);
        Assert.Contains("error custom at meetings[0].endsOn", output, StringComparison.Ordinal);
        Assert.EndsWith("2 files: 5 errors\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_gives_no_errors_and_exit_code_0()
    {
        var (code, output) = Run(Path.Combine(NewsDeskApp.DataFolder, "actors.yaml"));

        Assert.Equal(0, code);
        Assert.Equal("1 file: no errors\n", output);
    }

    [Fact]
    public void Json_catalog_files_are_checked_too()
    {
        var catalog = CatalogChecker.Check(CatalogChecker.ExpandPaths([NewsDeskApp.DataFolder])).Catalog;
        var folder = Directory.CreateTempSubdirectory("newsdesk-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "catalog.json"), catalog.ToJson());
            File.WriteAllText(Path.Combine(folder, "broken.json"), "{ \"venues\": [ { \"id\": \"x\", \"name\": \"X\", \"kind\": \"town\", \"country\": \"ukraine\" } ] }");

            var (code, output) = Run(folder);

            Assert.Equal(1, code);
            Assert.Contains("broken.json(1,", output, StringComparison.Ordinal);
            Assert.Contains("error enum at venues[0].kind: 'town' is not a VenueKind", output, StringComparison.Ordinal);
            Assert.EndsWith("2 files: 1 error\n", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var (code, output) = Run(Path.Combine(Repo.BrokenFolder, "no-such-file.yaml"));

        Assert.Equal(2, code);
        Assert.EndsWith("no-such-file.yaml: no such file or folder\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_custom_rule_accepts_one_day_meetings_and_rejects_meetings_that_end_before_they_start()
    {
        var meeting = new Meeting
        {
            Id = new MeetingId("m"),
            Title = "Talks",
            Format = MeetingFormat.Bilateral,
            Status = MeetingStatus.Held,
            Participants = [new ActorId("a"), new ActorId("b")],
            StartsOn = new DateOnly(2026, 1, 22),
            EndsOn = new DateOnly(2026, 1, 22),
        };
        Assert.True(meeting.Validate().IsValid);

        var error = Assert.Single((meeting with { EndsOn = new DateOnly(2026, 1, 21) }).Validate().Errors);
        Assert.Equal(("custom", "endsOn"), (error.Code, error.Path));
    }
}
