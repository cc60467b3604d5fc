using System;
using System.IO;
using System.Linq;
using NewsSchema.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;
using static NewsSchema.Package.Tests.Infrastructure.Expect;

namespace NewsSchema.Package.Tests;

/// <summary>
/// A net8.0 console project (run on .NET 10 with RollForward=Major) that sets NewsSchemaNamespace
/// and NewsSchemaCatalogName, has .schema.yaml and .schema.yml files, stale copies under bin/ and
/// obj/, and one schema file also listed by hand.
/// </summary>
public sealed class Net8ConsumerTests
{
    private readonly PackageFeed _feed = PackageFeed.Instance;
    private readonly ITestOutputHelper _log;

    public Net8ConsumerTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void Net8_console_uses_the_msbuild_properties_and_each_schema_file_once()
    {
        var project = ConsumerProject.Create(_feed, _log, "Desk", csproj => csproj
            .Replace("<TargetFramework>net10.0</TargetFramework>", """
                <TargetFramework>net8.0</TargetFramework>
                    <!-- Only .NET 10 is installed here: run the net8.0 program on it. -->
                    <RollForward>Major</RollForward>
                    <UseAppHost>false</UseAppHost>
                    <NewsSchemaNamespace>Desk.Model</NewsSchemaNamespace>
                    <NewsSchemaCatalogName>DeskCatalog</NewsSchemaCatalogName>
                """, StringComparison.Ordinal)
            .Replace("</Project>", """
                  <ItemGroup>
                    <!-- Listed by hand too (as ./...): must not declare Venue twice. -->
                    <AdditionalFiles Include="./Schemas/venue.schema.yml" />
                  </ItemGroup>
                </Project>
                """, StringComparison.Ordinal));
        Assert.Contains("<TargetFramework>net8.0</TargetFramework>", File.ReadAllText(project.ProjectFile), StringComparison.Ordinal);

        // No `namespace:`: the types go in NewsSchemaNamespace. A .schema.yml file counts too.
        project.Write(Path.Combine("Schemas", "meeting.schema.yaml"), """
            types:
              Meeting:
                kind: entity
                plural: meetings
                fields:
                  title: { type: string, required: true }
                  venue: ref<Venue>
            """);
        const string venueSchema = """
            types:
              Venue:
                kind: entity
                plural: venues
                fields:
                  name: { type: string, required: true }
                  city: string
            """;
        project.Write(Path.Combine("Schemas", "venue.schema.yml"), venueSchema);
        // Copies under bin/ and obj/ are build output, not schema files: they would declare Venue twice.
        project.Write(Path.Combine("bin", "stale", "venue.schema.yml"), venueSchema);
        project.Write(Path.Combine("obj", "stale", "venue.schema.yaml"), venueSchema);

        project.Write("Program.cs", """
            using Desk.Model;
            using NewsSchema;

            Console.WriteLine($"framework: {AppContext.TargetFrameworkName}");
            const string text = "venues:\n  - id: vilnius-palace\n    name: Palace of the Grand Dukes\n    city: Vilnius\nmeetings:\n  - id: talks\n    title: Talks\n    venue: vilnius-palace\n  - id: summit\n    title: Summit\n    venue: riga-hall\n";
            ParseResult<DeskCatalog> result = DeskCatalog.ParseYaml(text, "desk.yaml");
            Console.WriteLine($"parsed: {result.IsSuccess}");
            DeskCatalog catalog = result.Value!;
            Console.WriteLine($"meetings: {catalog.Meetings.Count}, venues: {catalog.Venues.Count}");
            Console.WriteLine($"found: {catalog.Find(new VenueId("vilnius-palace"))?.City}");
            foreach (DataError error in catalog.Validate().Errors)
                Console.WriteLine(error);
            """);

        var build = project.Build();
        Assert.True(build.ExitCode == 0, "The net8.0 build failed. " + build.Describe());
        Assert.True(ConsumerProject.Problems(build.Output).Length == 0, "The build printed errors or warnings. " + build.Describe());
        var run = project.Run("net8.0").EnsureSuccess();
        AssertLines(run, "framework: .NETCoreApp,Version=v8.0", "parsed: True", "meetings: 2, venues: 1", "found: Vilnius");
        AssertContains(run, "error unresolved-reference");
        AssertContains(run, "riga-hall");

        // The export used the catalog name and namespace the generator got (DeskCatalog), from the
        // stale copies under obj/ nothing (one Venue), and ran on this net8.0 project's build.
        var exported = Path.Combine(project.Folder, "obj", "newsschema");
        Assert.Equal(
            new[] { "DeskCatalog.schema.json", "Meeting.schema.json", "Venue.schema.json", "newsschema.schema.json" },
            Directory.GetFiles(exported).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains("A catalog file of Desk.Model.DeskCatalog", File.ReadAllText(Path.Combine(exported, "DeskCatalog.schema.json")), StringComparison.Ordinal);

        // A missing export tool is an error that says what to do, not silently no schemas (NSG0081) ...
        var missing = project.Dotnet("build", "--no-restore", "-nodeReuse:false", "-tl:off", "-p:NewsSchemaExportTool=" + Path.Combine(project.Folder, "no-such-tool.dll"));
        Assert.True(missing.ExitCode != 0, "The build without the export tool succeeded. " + missing.Describe());
        Assert.Contains("error NSG0081: The NewsSchema export tool is not at", missing.Output, StringComparison.Ordinal);

        // ... unless the project turns the export off.
        Directory.Delete(exported, recursive: true);
        var off = project.Dotnet("build", "--no-restore", "-nodeReuse:false", "-tl:off", "-p:NewsSchemaExport=false", "-p:NewsSchemaExportTool=" + Path.Combine(project.Folder, "no-such-tool.dll"));
        Assert.True(off.ExitCode == 0, "The build with NewsSchemaExport=false failed. " + off.Describe());
        Assert.False(Directory.Exists(exported), "NewsSchemaExport=false still wrote " + exported);
        project.LogTotal();
    }
}
