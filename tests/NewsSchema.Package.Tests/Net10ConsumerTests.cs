using System;
using System.IO;
using System.Linq;
using NewsSchema.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static NewsSchema.Package.Tests.Infrastructure.Expect;

namespace NewsSchema.Package.Tests;

/// <summary>
/// A user's view: `dotnet new console`, `dotnet add package NewsSchema`, a schema, a Program.cs,
/// `dotnet build`, run; then a schema mistake, then a schema edit. Every step runs the real
/// `dotnet` in a temporary folder (see <see cref="PackageFeed"/>).
/// </summary>
public sealed class Net10ConsumerTests
{
    private const string MeetingSchema = """
        namespace: Newsroom.Model
        types:
          Meeting:
            kind: entity
            plural: meetings
            description: Talks between actors.
            fields:
              title: { type: string, required: true, maxLength: 60 }
              format: MeetingFormat
              startsOn: date
          MeetingFormat:
            kind: enum
            values: [bilateral, trilateral, press-conference]
        """;

    private const string MeetingProgram = """
        using Newsroom;
        using Newsroom.Model;
        using NewsSchema;

        const string yaml = "id: vilnius-talks\ntitle: Trilateral talks in Vilnius\nformat: trilateral\nstartsOn: 2026-01-24\n";
        ParseResult<Meeting> parsed = Meeting.ParseYaml(yaml, "talks.yaml");
        Console.WriteLine($"parsed: {parsed.IsSuccess}");
        Meeting meeting = parsed.Value!;
        Console.WriteLine($"title: {meeting.Title}");
        Console.WriteLine($"format: {meeting.Format}");
        Console.WriteLine($"valid: {meeting.Validate().IsValid}");
        //EXTRA

        ParseResult<Meeting> bad = Meeting.ParseYaml("id: x\ntitle: t\nformat: trilaterl\n", "bad.yaml");
        foreach (DataError error in bad.Errors)
            Console.WriteLine(error);

        // The catalog is in the project's RootNamespace: the package made it visible to the generator.
        EntityCatalog catalog = EntityCatalog.FromYaml("meetings:\n  - id: a\n    title: A\n  - id: a\n    title: B\n");
        foreach (DataError error in catalog.Validate().Errors)
            Console.WriteLine(error);
        """;

    private readonly PackageFeed _feed = PackageFeed.Instance;
    private readonly ITestOutputHelper _log;

    public Net10ConsumerTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Net10_console_builds_and_runs_then_shows_a_schema_mistake_at_its_line_then_picks_up_a_schema_edit()
    {
        var project = ConsumerProject.Create(_feed, _log, "Newsroom");
        var schemaPath = project.Write(Path.Combine("Schemas", "meeting.schema.yaml"), MeetingSchema);
        project.Write("Program.cs", MeetingProgram);

        // 1. Build and run.
        var build = project.Build();
        Assert.True(build.ExitCode == 0, "The first build failed. " + build.Describe());
        Assert.True(ConsumerProject.Problems(build.Output).Length == 0, "The build printed errors or warnings. " + build.Describe());
        var run = project.Run("net10.0").EnsureSuccess();
        AssertLines(run, "parsed: True", "title: Trilateral talks in Vilnius", "format: Trilateral", "valid: True");
        AssertContains(run, "bad.yaml(3,9): error enum at format: 'trilaterl' is not a MeetingFormat");
        AssertContains(run, "error duplicate-id at meetings[1].id");

        // The build wrote the JSON Schemas for editors (docs/export.md) to the default folder, obj/newsschema/.
        var exported = Path.Combine(project.Folder, "obj", "newsschema");
        Assert.Equal(
            new[] { "EntityCatalog.schema.json", "Meeting.schema.json", "newsschema.schema.json" },
            Directory.GetFiles(exported).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        var meetingSchema = File.ReadAllText(Path.Combine(exported, "Meeting.schema.json"));
        Assert.Contains("\"maxLength\": 60", meetingSchema, StringComparison.Ordinal);
        Assert.Contains("\"enum\": [\"bilateral\", \"trilateral\", \"press-conference\", null]", meetingSchema, StringComparison.Ordinal);
        Assert.Contains("\"$ref\": \"#/definitions/Meeting\"", File.ReadAllText(Path.Combine(exported, "EntityCatalog.schema.json")), StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\"", File.ReadAllText(Path.Combine(exported, "newsschema.schema.json")), StringComparison.Ordinal);

        // 2. A misspelled key is a compiler error at the key's line and column in the schema file.
        var broken = MeetingSchema.Replace("maxLength: 60", "maxLenght: 60", StringComparison.Ordinal);
        File.WriteAllText(schemaPath, broken);
        var (line, column) = Position(broken, "maxLenght");
        build = project.Build();
        Assert.True(build.ExitCode != 0, "The build with a schema mistake succeeded. " + build.Describe());
        var expected = $"{schemaPath}({line},{column}): error NSG0002:";
        _log.WriteLine($"expecting: {expected}");
        AssertReportedOnce(build, expected);
        Assert.Contains("Did you mean 'maxLength'?", build.Output, StringComparison.Ordinal);

        // Once also with analyzers off: the package's props tell the generator to report it instead.
        build = project.Dotnet("build", "--no-restore", "-nodeReuse:false", "-tl:off", "-p:RunAnalyzers=false");
        Assert.True(build.ExitCode != 0, "The build with a schema mistake and RunAnalyzers=false succeeded. " + build.Describe());
        AssertReportedOnce(build, expected);

        // 3. Fix it and add a field: the next build generates it, and Program.cs can use it.
        var edited = MeetingSchema.Replace("      startsOn: date", "      startsOn: date\n      city: { type: string, maxLength: 40 }", StringComparison.Ordinal);
        Assert.NotEqual(MeetingSchema, edited);
        File.WriteAllText(schemaPath, edited);
        project.Write("Program.cs", MeetingProgram
            .Replace("startsOn: 2026-01-24\\n", "startsOn: 2026-01-24\\ncity: Vilnius\\n", StringComparison.Ordinal)
            .Replace("//EXTRA", "Console.WriteLine($\"city: {meeting.City}\");", StringComparison.Ordinal));
        build = project.Build();
        Assert.True(build.ExitCode == 0, "The build after the schema edit failed. " + build.Describe());
        run = project.Run("net10.0").EnsureSuccess();
        AssertLines(run, "parsed: True", "city: Vilnius");
        Assert.Contains("\"city\": {", File.ReadAllText(Path.Combine(exported, "Meeting.schema.json")), StringComparison.Ordinal);

        // 4. NewsSchemaExportDir moves them; the text is the one in code; NewsSchemaModelReference adds the Markdown page.
        project.Write("Program.cs", "System.Console.Write(Newsroom.EntityCatalog.JsonSchema);\n");
        build = project.Dotnet("build", "--no-restore", "-nodeReuse:false", "-tl:off", "-p:NewsSchemaExportDir=editor/schemas", "-p:NewsSchemaModelReference=docs/model.md");
        Assert.True(build.ExitCode == 0, "The build with NewsSchemaExportDir failed. " + build.Describe());
        run = project.Run("net10.0").EnsureSuccess();
        Assert.Equal(File.ReadAllText(Path.Combine(project.Folder, "editor", "schemas", "EntityCatalog.schema.json")).TrimEnd(), run.Output.TrimEnd());
        var page = File.ReadAllText(Path.Combine(project.Folder, "docs", "model.md"));
        Assert.StartsWith("# The model: Newsroom.Model\n", page, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nclassDiagram\n", page, StringComparison.Ordinal);
        Assert.Contains("| `title` | `string` | yes |  | at most 60 characters |  |", page, StringComparison.Ordinal);
        project.LogTotal();
    }

    /// <summary>
    /// The mistake is reported once (by the analyzer, or by the generator when analyzers are off),
    /// never by both: once as it happens, once in MSBuild's summary after "Build FAILED.".
    /// </summary>
    private static void AssertReportedOnce(ProcessResult build, string expected)
    {
        var lines = build.Output.Split('\n');
        var summaryAt = Array.FindIndex(lines, l => l.StartsWith("Build FAILED.", StringComparison.Ordinal));
        Assert.True(summaryAt > 0, "No 'Build FAILED.' in the output. " + build.Describe());
        var during = lines.Take(summaryAt).Count(l => l.Contains(expected, StringComparison.Ordinal));
        var inSummary = lines.Skip(summaryAt).Count(l => l.Contains(expected, StringComparison.Ordinal));
        Assert.True(during == 1 && inSummary == 1,
            $"Expected `{expected}` once in the build output (and once in its summary), found {during} (and {inSummary}). Errors and warnings:{Environment.NewLine}{ConsumerProject.Problems(build.Output)}{Environment.NewLine}{build.Describe()}");
        Assert.Equal(2, lines.Count(l => l.Contains(" NSG", StringComparison.Ordinal)));
    }
}
