using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Compatibility;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>The gate's machinery: modes, the baseline file and its format, renamedFrom, caching, and the news schemas' own baseline.</summary>
public class CompatibilityGateTests
{
    private const string BaselinePath = "/repo/schema/news.baseline";

    private static readonly Dictionary<string, string> Files = new()
    {
        ["a.schema.yaml"] = """
            namespace: Test.News
            types:
              Meeting:
                kind: entity
                fields:
                  title: { type: string, required: true }
                  format: Format

            """,
        ["b.schema.yaml"] = """
            namespace: Test.News
            types:
              Format:
                kind: enum
                values: [bilateral, press-conference]

            """,
    };

    private static List<Diagnostic> Nsg(GeneratorRun run) => run.Diagnostics.Where(d => d.Id.StartsWith("NSG", StringComparison.Ordinal)).ToList();

    [Theory]
    [InlineData("none", "none")]
    [InlineData("", "none")]
    [InlineData("backward", "backward")]
    [InlineData("FORWARD", "forward")]
    [InlineData("full", "full")]
    [InlineData("source", "source")]
    [InlineData("full+source", "full+source")]
    [InlineData("backward, source", "backward+source")]
    [InlineData("backward;forward", "full")]
    [InlineData("Source + Full", "full+source")]
    public void Modes_are_parsed(string text, string expected)
    {
        Assert.True(GateOptions.TryParseModes(text, out var modes));
        Assert.Equal(expected, GateOptions.Describe(modes));
    }

    [Theory]
    [InlineData("strict")]
    [InlineData("backward_transitive")]
    [InlineData("full+wire")]
    public void An_unknown_mode_is_NSG0063(string mode)
    {
        var baseline = CompatibilityHelper.WriteBaseline(Files, BaselinePath);
        var d = Assert.Single(Nsg(CompatibilityHelper.RunGate(Files, mode, BaselinePath, baseline)));
        Assert.Equal("NSG0063", d.Id);
        Assert.Contains("'" + mode + "' is not a compatibility mode", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_is_NSG0064_and_none_needs_no_baseline()
    {
        var d = Assert.Single(Nsg(CompatibilityHelper.RunGate(Files, "full", BaselinePath, null)));
        Assert.Equal("NSG0064", d.Id);
        Assert.Contains("there is none at '" + BaselinePath + "'", d.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("NewsSchemaUpdateBaseline=true", d.GetMessage(), StringComparison.Ordinal);

        Assert.Empty(Nsg(CompatibilityHelper.RunGate(Files, "none", BaselinePath, null)));
    }

    [Fact]
    public void A_broken_baseline_line_is_NSG0065_at_that_line()
    {
        var baseline = CompatibilityHelper.WriteBaseline(Files, BaselinePath).Replace("field Meeting.title required true", "field Meeting.title requird true", StringComparison.Ordinal);
        var d = Assert.Single(Nsg(CompatibilityHelper.RunGate(Files, "full", BaselinePath, baseline)));
        Assert.Equal("NSG0065", d.Id);
        var line = baseline.Split('\n').ToList().FindIndex(l => l.Contains("requird", StringComparison.Ordinal));
        Assert.Equal(BaselinePath, d.Location.GetLineSpan().Path);
        Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("unknown field key 'requird'", d.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("format 2\n", "format '2' is not known")]
    [InlineData("type A kind entity\n", "the first fact must be 'format 1'")]
    [InlineData("""
        format 1
        field A.b type string

        """, "'A' has no 'type' facts before this line")]
    [InlineData("""
        format 1
        type A kind entity
        type A kind record

        """, "'type A kind' is recorded twice")]
    [InlineData("""
        format 1
        type A csharp X.A

        """, "type 'A' has no 'kind' fact")]
    [InlineData("""
        format 1
        type A kind entity
        field A.b property B

        """, "field 'A.b' has no 'type' fact")]
    [InlineData("""
        format 1
        type A kind thing

        """, "kind 'thing' is not entity, record or enum")]
    [InlineData("""
        format 1
        type "A kind entity

        """, "a quoted text is not closed")]
    [InlineData("", "the file holds no facts")]
    public void The_reader_rejects_what_is_not_a_baseline(string text, string message)
    {
        Assert.Null(BaselineFormat.Read(text, out var errors));
        Assert.Contains(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_errors_silence_the_gate()
    {
        var baseline = CompatibilityHelper.WriteBaseline(Files, BaselinePath);
        var broken = new Dictionary<string, string>(Files) { ["b.schema.yaml"] = """
            namespace: Test.News
            types:
              Format:
                kind: enum
                values: [bilateral, press-conference]
                colour: red

            """ };
        var d = Assert.Single(Nsg(CompatibilityHelper.RunGate(broken, "full+source", BaselinePath, baseline)));
        Assert.Equal("NSG0002", d.Id);
    }

    [Fact]
    public void Updating_the_baseline_turns_the_gate_off_for_that_build()
    {
        var baseline = CompatibilityHelper.WriteBaseline(Files, BaselinePath);
        var changed = new Dictionary<string, string>(Files) { ["b.schema.yaml"] = Files["b.schema.yaml"].Replace("press-conference", "summit", StringComparison.Ordinal) };
        Assert.NotEmpty(Nsg(CompatibilityHelper.RunGate(changed, "full", BaselinePath, baseline)));

        var properties = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "TestProject",
            ["build_property.NewsSchemaCompatibility"] = "full",
            ["build_property.NewsSchemaBaselinePath"] = BaselinePath,
            ["build_property.NewsSchemaUpdateBaseline"] = "true",
        };
        var run = GeneratorHarness.Run(changed.Select(f => ("/repo/schema/" + f.Key, f.Value)).Append((BaselinePath, baseline)), properties);
        Assert.Empty(Nsg(run));
    }

    [Fact]
    public void A_type_renamedFrom_a_type_that_still_exists_is_NSG0066()
    {
        var baseline = CompatibilityHelper.WriteBaseline(Files, BaselinePath);
        var changed = new Dictionary<string, string>(Files)
        {
            ["b.schema.yaml"] = Files["b.schema.yaml"] + """
                  Style:
                    kind: enum
                    renamedFrom: Format
                    values: [x]

                """,
        };
        var d = Assert.Single(Nsg(CompatibilityHelper.RunGate(changed, "backward", BaselinePath, baseline)));
        Assert.Equal("NSG0066", d.Id);
        Assert.Equal(7, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("a type named 'Format' still exists", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_is_byte_identical_whatever_the_order_of_the_files()
    {
        var forward = CompatibilityHelper.WriteBaseline(Files, BaselinePath);
        var reversed = CompatibilityHelper.WriteBaseline(Files.Reverse().ToDictionary(p => p.Key, p => p.Value), BaselinePath);
        Assert.Equal(forward, reversed);
        Assert.DoesNotContain("\r", forward, StringComparison.Ordinal);
        Assert.Equal("""
            # NewsSchema compatibility baseline: the public shape of this project's schemas, one fact per line.
            # Do not edit by hand: update it with `dotnet build -p:NewsSchemaUpdateBaseline=true` when you accept a change.
            # The format and the rules of the gate: docs/compatibility.md.
            format 1
            catalog TestProject.EntityCatalog

            type Format kind enum
            type Format csharp Test.News.Format
            type Format file b.schema.yaml
            value Format.bilateral member Bilateral
            value Format.press-conference member PressConference

            type Meeting kind entity
            type Meeting csharp Test.News.Meeting
            type Meeting file a.schema.yaml
            type Meeting plural meetings
            type Meeting catalogProperty Meetings
            type Meeting idPattern ^[a-z0-9]+(?:[-_.][a-z0-9]+)*$
            type Meeting idType Test.News.MeetingId
            field Meeting.format type Format
            field Meeting.format property Format
            field Meeting.format csharpType Test.News.Format?
            field Meeting.title type string
            field Meeting.title property Title
            field Meeting.title csharpType string
            field Meeting.title required true

            """.Replace("\r\n", "\n", StringComparison.Ordinal), forward);
    }

    [Fact]
    public void Odd_names_and_values_round_trip_through_the_reader()
    {
        var files = new Dictionary<string, string>
        {
            ["c.schema.yaml"] = """
                types:
                  Odd:
                    kind: record
                    fields:
                      start date: { type: string, pattern: '^"a b\d" $', default: ' padded ', aliases: ["x y"] }
                      note: { type: string, default: '"quoted' }
                  Mood:
                    kind: enum
                    values: ["very good", "a.b"]

                """,
        };
        var text = CompatibilityHelper.WriteBaseline(files, BaselinePath);
        Assert.Contains("field \"Odd.start date\" default \" padded \"", text, StringComparison.Ordinal);
        Assert.Contains("field \"Odd.start date\" pattern ^\"a b\\d\" $", text, StringComparison.Ordinal);
        Assert.Contains("field Odd.note default \"\\\"quoted\"", text, StringComparison.Ordinal);
        Assert.Contains("value \"Mood.very good\" member VeryGood", text, StringComparison.Ordinal);
        Assert.Contains("value Mood.a.b member AB", text, StringComparison.Ordinal);

        var read = BaselineFormat.Read(text, out var errors);
        Assert.Empty(errors);
        Assert.Equal(text, BaselineFormat.Write(read!));
        Assert.Equal(" padded ", read!.Types["Odd"].Fields["start date"].Default);
        Assert.Equal("x y", Assert.Single(read.Types["Odd"].Fields["start date"].Aliases));
        Assert.Empty(Nsg(CompatibilityHelper.RunGate(files, "full+source", BaselinePath, text)));
    }

    [Fact]
    public void The_writer_reports_schema_errors_instead_of_a_baseline()
    {
        var result = BaselineWriter.Write(new[] { ("/repo/x.schema.yaml", """
            types:
              A:
                kind: record
                fields:
                  b: Bogus

            """) });
        Assert.False(result.Success);
        Assert.Null(result.Text);
        Assert.Contains(result.Errors, e => e.StartsWith("/repo/x.schema.yaml(5,10): error NSG0003", StringComparison.Ordinal));
    }

    [Fact]
    public void Editing_the_baseline_reruns_the_gate_only()
    {
        var baseline = CompatibilityHelper.WriteBaseline(Files, BaselinePath);
        var first = CompatibilityHelper.RunGate(Files, "full", BaselinePath, baseline);
        Assert.Empty(Nsg(first));

        var edited = baseline.Replace("value Format.press-conference member PressConference\n", string.Empty, StringComparison.Ordinal);
        var second = GeneratorHarness.RerunWithEditedSchema(first, BaselinePath, edited);
        Assert.All(second.Reasons(TrackingNames.Resolved), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(second.Reasons(TrackingNames.TypeModels), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.Contains(IncrementalStepRunReason.Modified, second.Reasons(TrackingNames.Baseline));
        var d = Assert.Single(Nsg(second));
        Assert.Equal("NSG0061", d.Id);
        Assert.Contains("Value 'press-conference' was added to Format", d.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_value_renamedFrom_is_still_read_under_its_former_name()
    {
        var files = new Dictionary<string, string>
        {
            ["a.schema.yaml"] = """
                namespace: Test.News
                types:
                  Format:
                    kind: enum
                    values:
                      - { name: summit, renamedFrom: [press-conference, top-meeting] }
                      - bilateral

                """,
        };
        var run = CompatibilityHelper.RunGate(files, "none", BaselinePath, null);
        Assert.Empty(run.Errors);
        var source = run.GeneratedSources.Single(s => s.HintName.StartsWith("Format", StringComparison.Ordinal)).Text;
        Assert.Contains("case \"press-conference\": value = global::Test.News.Format.Summit; return true; // renamedFrom", source, StringComparison.Ordinal);
        Assert.Contains("case \"top-meeting\": value = global::Test.News.Format.Summit; return true; // renamedFrom", source, StringComparison.Ordinal);
        Assert.DoesNotContain("\"press-conference\",", source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_enum_former_name_that_is_another_value_is_NSG0018()
    {
        var (_, diagnostics) = TestSchemas.Resolve("""
            types:
              Format:
                kind: enum
                values:
                  - { name: summit, renamedFrom: bilateral }
                  - bilateral

            """);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0018", d.Id);
        Assert.Equal(4, d.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void A_field_renamedFrom_is_read_under_its_former_key()
    {
        var (schema, diagnostics) = TestSchemas.Resolve("""
            types:
              A:
                kind: record
                fields:
                  headline: { type: string, renamedFrom: title, aliases: [heading] }

            """);
        Assert.Empty(diagnostics);
        Assert.Equal(new[] { "heading", "title" }, schema.Types.Single().Fields.Single().Aliases.OrderBy(a => a, StringComparer.Ordinal));
    }

    [Fact]
    public void The_news_schemas_pass_their_gate_in_full_and_source_mode()
    {
        var repo = RepoRoot();
        var schemaDir = Path.Combine(repo, "schema");
        var baselinePath = Path.Combine(schemaDir, "newsschema.baseline");
        var files = Directory.GetFiles(schemaDir, "*.schema.yaml").OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();

        // NEWSSCHEMA_ACCEPT=1 writes the baseline from the schemas (until `dotnet build -p:NewsSchemaUpdateBaseline=true` is wired).
        if (Environment.GetEnvironmentVariable("NEWSSCHEMA_ACCEPT") == "1")
        {
            var written = BaselineWriter.Write(files, new BaselineWriterOptions { BaselinePath = baselinePath, DefaultNamespace = "NewsDesk" });
            Assert.True(written.Success, string.Join("\n", written.Errors));
            File.WriteAllText(baselinePath, written.Text);
        }

        var properties = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "NewsDesk",
            ["build_property.NewsSchemaCompatibility"] = "full+source",
            ["build_property.NewsSchemaBaselinePath"] = baselinePath,
        };
        var run = GeneratorHarness.Run(files.Append((baselinePath, File.ReadAllText(baselinePath))), properties);
        Assert.Empty(run.Diagnostics);

        // And the gate does look: the same schemas with the title of a meeting made optional fail it.
        var meeting = files.FindIndex(f => f.Item1.EndsWith("meeting.schema.yaml", StringComparison.Ordinal));
        var edited = files.ToList();
        edited[meeting] = (edited[meeting].Item1, edited[meeting].Item2.Replace("title: { type: string, required: true,", "title: { type: string,", StringComparison.Ordinal));
        var broken = GeneratorHarness.Run(edited.Append((baselinePath, File.ReadAllText(baselinePath))), properties);
        Assert.Collection(
            broken.Diagnostics.OrderBy(d => d.Id, StringComparer.Ordinal),
            d => Assert.Contains("NSG0061: Field 'title' of Meeting is now optional", d.ToString(), StringComparison.Ordinal),
            d => Assert.Contains("NSG0062: The property Meeting.Title changed type from string to string?", d.ToString(), StringComparison.Ordinal));
    }

    private static string RepoRoot([CallerFilePath] string file = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
