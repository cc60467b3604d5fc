using System;
using System.IO;
using System.Linq;
using NewsSchema.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Package.Tests;

/// <summary>
/// Issue 17, as a user sees it: a project declares its data files with
/// <c>&lt;NewsSchemaData Include="data/*.yaml" /&gt;</c>; a broken data file fails `dotnet build`
/// with `data/x.yaml(L,C): error NSD…` (from the analyzer, and from the generator when analyzers
/// are off), once; a global analyzer config can lower one id; after the fix the project builds.
/// </summary>
public sealed class DataFileConsumerTests
{
    private const string Schema = """
        namespace: Desk.Model
        types:
          Meeting:
            kind: entity
            plural: meetings
            fields:
              title: { type: string, required: true, maxLength: 60 }
              venue: ref<Venue>
          Venue:
            kind: entity
            plural: venues
            fields:
              name: { type: string, required: true }
        """;

    private const string Venues = "venues:\n  - id: hall\n    name: The hall\n";

    private const string Meetings = "meetings:\n  - id: talks\n    title: Talks in the hall\n    venue: hall\n  - id: walk\n    title: A walk in the yard\n    venue: yard\n";

    private readonly PackageFeed _feed = PackageFeed.Instance;
    private readonly ITestOutputHelper _log;

    public DataFileConsumerTests(ITestOutputHelper log) => _log = log;

    private static string[] Lines(string output, string text)
        => output.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Contains(text, StringComparison.Ordinal)).Distinct().ToArray();

    [Fact]
    public void A_broken_data_file_fails_the_build_at_its_line_and_the_fix_builds()
    {
        var project = ConsumerProject.Create(_feed, _log, "DataDesk", csproj => csproj.Replace(
            "</Project>",
            "  <ItemGroup>\n    <NewsSchemaData Include=\"data/*.yaml\" />\n    <NewsSchemaData Include=\"venues/*.yaml\" Type=\"Venue\" />\n  </ItemGroup>\n</Project>",
            StringComparison.Ordinal));
        project.Write(Path.Combine("Schemas", "desk.schema.yaml"), Schema);
        project.Write(Path.Combine("data", "venues.yaml"), Venues);
        project.Write(Path.Combine("venues", "yard.yaml"), "id: yard\nname: The yard\n"); // one Venue (Type="Venue"), referred to by Meetings
        var meetings = project.Write(Path.Combine("data", "meetings.yaml"), Meetings);

        // 1. Sound data builds, with no error or warning (the Venue file's Type reached the check: read as a catalog it would fail).
        var build = project.Build();
        Assert.True(build.ExitCode == 0, "The first build failed. " + build.Describe());
        Assert.True(ConsumerProject.Problems(build.Output).Length == 0, "The build printed errors or warnings. " + build.Describe());

        // 2. A missing title and a ref to no venue: the build fails at the data's lines, each error once.
        File.WriteAllText(meetings, "meetings:\n  - id: talks\n    venue: hal\n  - id: more\n    title: More talks\n    venue: nowhere\n");
        build = project.Build();
        Assert.True(build.ExitCode != 0, "The build with a broken data file succeeded. " + build.Describe());
        var required = $"{meetings}(2,5): error NSD0003: required at meetings[0].title: Meeting requires 'title', which is missing";
        var unresolved = $"{meetings}(6,12): error NSD0020: unresolved-reference at meetings[1].venue: no Venue has the id 'nowhere'";
        _log.WriteLine("expecting: " + required);
        Assert.True(Lines(build.Output, required).Length == 1, $"Expected `{required}` once. Errors:{Environment.NewLine}{ConsumerProject.Problems(build.Output)}");
        Assert.Single(Lines(build.Output, "error NSD"));

        // 3. Analyzers off: the generator reports the same error, once.
        var off = project.Dotnet("build", "--no-restore", "-nodeReuse:false", "-tl:off", "-p:RunAnalyzers=false");
        Assert.True(off.ExitCode != 0, "The build with analyzers off succeeded. " + off.Describe());
        Assert.Equal(new[] { required }, Lines(off.Output, "error NSD").Select(l => l.Substring(0, l.IndexOf(" (https", StringComparison.Ordinal))).ToArray());

        // 4. The title fixed, the ref still wrong: now the reference pass reports it.
        File.WriteAllText(meetings, "meetings:\n  - id: talks\n    title: Talks\n    venue: hall\n  - id: more\n    title: More talks\n    venue: nowhere\n");
        build = project.Build();
        Assert.True(build.ExitCode != 0, "The build with an unresolved ref succeeded. " + build.Describe());
        unresolved = $"{meetings}(7,12): error NSD0020: unresolved-reference at meetings[1].venue: no Venue has the id 'nowhere'";
        Assert.True(Lines(build.Output, unresolved).Length == 1, $"Expected `{unresolved}` once. Errors:{Environment.NewLine}{ConsumerProject.Problems(build.Output)}");

        // 5. A global analyzer config lowers NSD0020 to a warning (a data file is not a C# file, so
        //    per-file .editorconfig sections do not reach it): the build succeeds and shows it.
        project.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.NSD0020.severity = warning\n");
        build = project.Build();
        Assert.True(build.ExitCode == 0, "The build with NSD0020 as a warning failed. " + build.Describe());
        Assert.Single(Lines(build.Output, "warning NSD0020"));
        File.Delete(Path.Combine(project.Folder, ".globalconfig"));

        // 6. Fixed: it builds again, with nothing to report.
        File.WriteAllText(meetings, Meetings);
        build = project.Build();
        Assert.True(build.ExitCode == 0, "The build after the fix failed. " + build.Describe());
        Assert.True(ConsumerProject.Problems(build.Output).Length == 0, "The build printed errors or warnings. " + build.Describe());
        project.LogTotal();
    }
}
