extern alias gen;

using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using gen::NewsSchema.Generator.Export;
using gen::NewsSchema.Generator.Model;
using gen::NewsSchema.Generator.Parsing;
using Xunit;

namespace NewsSchema.Sample.Tests.Editor;

/// <summary>
/// Issue 19: docs/news-model.md is the reference of schema/, written by the same code as the build's
/// NewsSchemaModelReference output, and its Mermaid diagrams parse with Mermaid's own parser.
/// </summary>
public sealed class ModelReferenceTests
{
    public const string Regenerate = "dotnet build samples/NewsDesk -p:NewsSchemaModelReference=../../docs/news-model.md";

    private static string Generated()
    {
        var files = Directory.GetFiles(Repo.PathOf("schema"), "*.schema.yaml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => SchemaParser.Parse(f, File.ReadAllText(f), CancellationToken.None))
            .ToImmutableArray();
        var resolved = SchemaResolver.Resolve(files, new GeneratorOptions("NewsDesk", "EntityCatalog"), CancellationToken.None);
        Assert.Empty(resolved.Diagnostics);
        return ModelReference.Write(resolved);
    }

    [Fact]
    public void Docs_news_model_is_the_current_reference_of_schema()
    {
        var path = Repo.PathOf("docs/news-model.md");
        Assert.True(File.Exists(path), "docs/news-model.md is missing; write it with: " + Regenerate);
        Assert.True(Generated() == File.ReadAllText(path).ReplaceLineEndings("\n"), "docs/news-model.md is stale: the schemas in schema/ changed. Regenerate it with: " + Regenerate);
    }

    [Fact]
    public void The_reference_shows_the_news_model_with_every_reference_drawn()
    {
        var text = Generated();
        foreach (var line in new[]
        {
            "  Actor <|-- Collective", "  Actor <|-- Person", "  Collective <|-- State", "  Collective <|-- Organization",
            "  Meeting --> \"1..*\" Actor : participants", "  Meeting --> \"0..1\" Venue : venue", "  Meeting *-- \"0..*\" Delegation : delegations",
            "  Agreement --> \"2..*\" Actor : parties", "  Agreement --> \"0..*\" Organization : ratifyingBodies",
            "  class Facility {", "| `kind` | `AgreementKind` → [AgreementKind](#agreementkind) | yes |",
        })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        // Every ref of every field is drawn: one arrow per field whose type holds a ref.
        var refs = text.Split('\n').Count(l => l.StartsWith("| `", StringComparison.Ordinal) && l.Contains("ref<", StringComparison.Ordinal));
        var arrows = text.Split('\n').Count(l => l.Contains(" --> \"", StringComparison.Ordinal));
        Assert.Equal(refs, arrows);
    }

    [Fact]
    public void Mermaid_parses_every_diagram_of_the_reference()
    {
        var result = RunMermaid(Repo.PathOf("docs/news-model.md"));
        Assert.True(result.ExitCode == 0, "Mermaid rejected a diagram of docs/news-model.md: " + result.Output);
        var report = JsonNode.Parse(result.Output)!;
        Assert.Equal(7, report["blocks"]!.GetValue<int>());
        Assert.Empty(report["errors"]!.AsArray());
    }

    [Fact]
    public void Mermaid_rejects_a_broken_diagram()
    {
        var broken = Path.Combine(Path.GetTempPath(), "newsschema-broken-" + Guid.NewGuid().ToString("N") + ".md");
        File.WriteAllText(broken, "# x\n\n```mermaid\nclassDiagram\n  class A {\n    string id\n  A <|-- \n```\n");
        try
        {
            var result = RunMermaid(broken);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("\"block\":1", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static (int ExitCode, string Output) RunMermaid(string markdown)
    {
        var info = new ProcessStartInfo(NodeTools.Node())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = NodeTools.EditorFolder,
        };
        NodeTools.Module("mermaid/package.json");
        NodeTools.Module("jsdom/package.json");
        info.ArgumentList.Add(Path.Combine(NodeTools.EditorFolder, "mermaid-parse.mjs"));
        info.ArgumentList.Add(markdown);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "mermaid-parse.mjs did not finish in 2 minutes");
        return (process.ExitCode, output.Trim() + (process.ExitCode == 0 ? string.Empty : " " + stderr.Result));
    }
}
