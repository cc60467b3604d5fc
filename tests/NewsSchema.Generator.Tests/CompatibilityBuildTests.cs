using System;
using System.IO;
using System.Linq;
using NewsSchema.Generator.Compatibility;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The gate as a user meets it: a project with the package's props and targets, the default
/// baseline file next to it, built with <c>dotnet build</c>. A breaking edit fails the build at the
/// schema line; writing the baseline again makes it pass.
/// </summary>
public sealed class CompatibilityBuildTests : IDisposable
{
    private const string Schema = """
        namespace: Consumer.News
        types:
          Meeting:
            kind: entity
            plural: meetings
            fields:
              title: { type: string, required: true, maxLength: 200 }
              venue: string
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsschema-gate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void A_breaking_edit_fails_the_build_at_its_line_and_a_new_baseline_lets_it_pass()
    {
        Directory.CreateDirectory(_dir);
        var repo = BuildOutputTests.RepoRoot();
        var schemaPath = Path.Combine(_dir, "meeting.schema.yaml");
        var baselinePath = Path.Combine(_dir, "newsschema.baseline");
        var project = Path.Combine(_dir, "Consumer.csproj");
        BuildOutputTests.WriteConsumerProject(project, $"""
                <OutputType>Exe</OutputType>
                <NewsSchemaCompatibility>full</NewsSchemaCompatibility>
                <NewsSchemaExport>false</NewsSchemaExport>
                <NewsSchemaExportTool>{ExportTool(repo)}</NewsSchemaExportTool>
            """);
        File.WriteAllText(Path.Combine(_dir, "Program.cs"), "System.Console.WriteLine(Consumer.News.Meeting.FromYaml(\"id: m\\ntitle: t\\nvenue: v\\n\").Title);\n");
        File.WriteAllText(schemaPath, Schema + "\n");

        // 0. The baseline is written on request, by MSBuild, with the gate's own writer.
        var (code, output) = Build(project, "-p:NewsSchemaUpdateBaseline=true");
        Assert.True(code == 0, "the build that writes the baseline failed:\n" + output);
        Assert.Equal(Expected(schemaPath, baselinePath), File.ReadAllText(baselinePath));

        // 1. Unchanged schemas: the gate passes.
        (code, output) = Build(project);
        Assert.True(code == 0, "the first build failed:\n" + output);

        // 2. A breaking edit: the venue is now required. The error names the line and column of the field.
        var broken = Schema.Replace("venue: string", "venue: { type: string, required: true }", StringComparison.Ordinal) + "\n";
        File.WriteAllText(schemaPath, broken);
        (code, output) = Build(project);
        Assert.NotEqual(0, code);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("venue:", StringComparison.Ordinal)) + 1;
        var expected = $"{schemaPath}({line},7): error NSG0060: Field 'venue' of Meeting is now required; this breaks backward compatibility: files written under the baseline may have no 'venue'";
        Assert.True(output.Contains(expected, StringComparison.Ordinal), "expected in the build output: " + expected + "\n--- output ---\n" + output);
        // One error (MSBuild prints it again in its summary): 'full' mode, and only backward is broken.
        Assert.Single(output.Split('\n').Where(l => l.Contains("error NSG", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct());

        // The failing build left the baseline alone: it is never changed silently.
        Assert.Equal(Expected(schemaPath, baselinePath, Schema + "\n"), File.ReadAllText(baselinePath));

        // 3. The change is accepted: write the baseline again on request; the same schema builds.
        (code, output) = Build(project, "-p:NewsSchemaUpdateBaseline=true");
        Assert.True(code == 0, "the build that updates the baseline failed:\n" + output);
        Assert.Contains("field Meeting.venue required true", File.ReadAllText(baselinePath), StringComparison.Ordinal);
        (code, output) = Build(project);
        Assert.True(code == 0, "the build after updating the baseline failed:\n" + output);
    }

    /// <summary>What the gate's writer makes of the schema (the file's text now, or <paramref name="schemaText"/>).</summary>
    private static string Expected(string schemaPath, string baselinePath, string? schemaText = null)
    {
        var result = BaselineWriter.Write(
            new[] { (schemaPath, schemaText ?? File.ReadAllText(schemaPath)) },
            new BaselineWriterOptions { BaselinePath = baselinePath, DefaultNamespace = "Consumer" });
        Assert.True(result.Success, string.Join("\n", result.Errors));
        return result.Text!;
    }

    /// <summary>The export tool built beside these tests (Toolkit.sln builds generator/tool).</summary>
    private static string ExportTool(string repo)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        var path = Path.Combine(repo, "generator", "tool", "bin", configuration, "net8.0", "NewsSchema.Export.dll");
        Assert.True(File.Exists(path), "build generator/tool first (dotnet build Toolkit.sln): " + path);
        return path;
    }

    private (int Code, string Output) Build(string project, string extra = "")
        => BuildOutputTests.Run("dotnet", $"build \"{project}\" -nologo -clp:NoSummary -p:UseSharedCompilation=false {extra}", _dir);
}
