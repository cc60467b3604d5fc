extern alias gen;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsDesk;
using gen::NewsSchema.Generator;
using NewsSchema.Sample.Tests.ReadmeSnippets;
using Xunit;

namespace NewsSchema.Sample.Tests;

/// <summary>
/// Keeps README.md true: every C# block is code compiled here or in the sample, every output
/// shown is what that code prints, and the schema mistakes show the generator's own diagnostics.
/// </summary>
public class ReadmeTests
{
    private static readonly string SnippetFile = Repo.PathOf("tests/NewsSchema.Sample.Tests/ReadmeSnippets/WalkthroughSnippets.cs");
    private static readonly string RulesFile = Repo.PathOf("samples/NewsDesk/MeetingRules.cs");

    public static TheoryData<string> SnippetNames => new(Snippets().Keys);

    /// <summary>The snippets of <c>WalkthroughSnippets.cs</c> by method name, dedented.</summary>
    private static Dictionary<string, string> Snippets() => Repo.Snippets(SnippetFile);

    private static string Capture(string snippet)
    {
        var output = new StringWriter { NewLine = "\n" };
        var method = typeof(WalkthroughSnippets).GetMethod(snippet)!;
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Repo.Root; // the README's commands run from the repository root
        try
        {
            method.Invoke(null, [output]);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        return output.ToString().TrimEnd('\n');
    }

    [Fact]
    public void Every_csharp_block_of_the_readme_is_compiled_code()
    {
        var known = Snippets().Values.Append(File.ReadAllText(RulesFile).ReplaceLineEndings("\n").TrimEnd('\n')).ToList();
        var blocks = Repo.FencedBlocks(Repo.Readme).Where(b => b.Language is "csharp" or "cs" or "c#").ToList();

        Assert.NotEmpty(blocks);
        foreach (var block in blocks)
        {
            Assert.True(known.Contains(block.Text), "This README block is not a snippet of WalkthroughSnippets.cs or samples/NewsDesk/MeetingRules.cs:\n" + block.Text);
        }
    }

    [Fact]
    public void The_readme_shows_the_custom_rule_of_the_sample()
    {
        var rules = File.ReadAllText(RulesFile).ReplaceLineEndings("\n").TrimEnd('\n');

        Assert.Contains(Repo.FencedBlocks(Repo.Readme), b => b.Language == "csharp" && b.Text == rules);
    }

    [Theory]
    [MemberData(nameof(SnippetNames))]
    public void Each_snippet_is_in_the_readme_followed_by_what_it_prints(string name)
    {
        var blocks = Repo.FencedBlocks(Repo.Readme);
        var index = blocks.ToList().FindIndex(b => b.Language == "csharp" && b.Text == Snippets()[name]);

        Assert.True(index >= 0, $"README.md lacks the snippet {name}:\n{Snippets()[name]}");
        Assert.True(index + 1 < blocks.Count && blocks[index + 1].Language == "text", $"the snippet {name} is not followed by a text block of its output");
        var printed = Capture(name);
        Assert.True(blocks[index + 1].Text == printed, $"README.md shows after the snippet {name}:\n{blocks[index + 1].Text}\n\nIt prints:\n{printed}");
    }

    [Fact]
    public void The_briefing_excerpt_of_the_two_commands_is_what_the_sample_prints()
    {
        var readme = Repo.Readme;
        var section = readme.IndexOf("## Two commands", StringComparison.Ordinal);
        var excerpt = Repo.FencedBlocks(readme).First(b => b.Offset > section && b.Language == "text").Text;
        var output = new StringWriter { NewLine = "\n" };
        Assert.Equal(0, NewsDeskApp.Run([], output));
        var briefing = output.ToString();

        // The excerpt is pieces of the briefing separated by "...".
        var pieces = excerpt.Split("\n...\n");
        Assert.True(pieces.Length > 1 || excerpt.Length > 0);
        var from = 0;
        foreach (var piece in pieces)
        {
            var at = briefing.IndexOf(piece + "\n", from, StringComparison.Ordinal);
            Assert.True(at >= 0, $"the briefing does not print, in this order:\n{piece}\n\nIt prints:\n{briefing}");
            from = at + piece.Length;
        }
    }

    [Fact]
    public void The_check_command_of_the_sample_section_prints_what_the_readme_shows()
    {
        const string Command = "dotnet run --project samples/NewsDesk -- ";
        var blocks = Repo.FencedBlocks(Repo.Readme).ToList();
        var index = blocks.FindIndex(b => b.Language == "sh" && b.Text.StartsWith(Command, StringComparison.Ordinal));
        Assert.True(index >= 0 && index + 1 < blocks.Count && blocks[index + 1].Language == "text", "README.md lacks the check command and its output");
        var args = blocks[index].Text[Command.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var output = new StringWriter { NewLine = "\n" };
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Repo.Root;
        int code;
        try
        {
            code = NewsDeskApp.Run(args, output);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        var printed = output.ToString().TrimEnd('\n');
        Assert.Equal(1, code);
        Assert.True(blocks[index + 1].Text == printed, $"README.md shows:\n{blocks[index + 1].Text}\n\nNewsDesk prints:\n{printed}");
    }

    [Fact]
    public void The_schema_of_the_walkthrough_compiles_and_its_misspellings_give_the_diagnostics_shown()
    {
        var readme = Repo.Readme;
        var blocks = Repo.FencedBlocks(readme);
        var write = readme.IndexOf("### 2. Write a schema", StringComparison.Ordinal);
        var mistake = readme.IndexOf("### 3. See a schema mistake", StringComparison.Ordinal);
        var schema = blocks.First(b => b.Offset > write && b.Language == "yaml").Text + "\n";
        var shown = blocks.First(b => b.Offset > mistake && b.Language == "text").Text;

        Assert.Empty(Diagnose(schema));

        var misspelled = schema.Replace("maxLength: 200", "maxLenght: 200", StringComparison.Ordinal)
                               .Replace("format: MeetingFormat", "format: MeetingFormt", StringComparison.Ordinal);
        Assert.NotEqual(schema, misspelled);
        var diagnostics = string.Join("\n", Diagnose(misspelled));
        Assert.True(shown == diagnostics, $"README.md shows:\n{shown}\n\nThe generator says:\n{diagnostics}");
    }

    /// <summary>Runs the generator on one schema file named meeting.schema.yaml; its diagnostics as <c>dotnet build</c> prints them, without the full path and help link.</summary>
    private static IEnumerable<string> Diagnose(string schema)
    {
        var compilation = CSharpCompilation.Create(
            "ReadmeSchema",
            references: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new NewsSchemaGenerator().AsSourceGenerator()],
            additionalTexts: [new SchemaText("meeting.schema.yaml", schema)]);
        driver = driver.RunGenerators(compilation);
        return driver.GetRunResult().Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().StartLinePosition)
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var severity = d.Severity.ToString().ToLowerInvariant();
                return $"{Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            });
    }

    private sealed class SchemaText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
