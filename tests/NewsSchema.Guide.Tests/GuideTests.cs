using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsSchema.Sample.Tests;
using Xunit;

namespace NewsSchema.Guide.Tests;

/// <summary>
/// Keeps docs/schema-language.md true: every C# block is compiled code (a snippet of
/// GuideSnippets.cs or the rules file of the example), followed by what it prints; the schema and
/// data blocks named by a first-line comment are the files this project compiles and loads.
/// </summary>
public class GuideTests
{
    private static readonly string GuidePath = Repo.PathOf("docs/schema-language.md");
    private static readonly string SnippetFile = Repo.PathOf("tests/NewsSchema.Guide.Tests/GuideSnippets.cs");
    private static readonly string Folder = Repo.PathOf("tests/NewsSchema.Guide.Tests/Elections");

    private static string Guide => File.ReadAllText(GuidePath).ReplaceLineEndings("\n");

    public static TheoryData<string> SnippetNames => new(Snippets().Keys);

    private static Dictionary<string, string> Snippets() => Repo.Snippets(SnippetFile);

    private static string Capture(string snippet)
    {
        var output = new StringWriter { NewLine = "\n" };
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = Folder;
        try
        {
            typeof(GuideSnippets).GetMethod(snippet, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.Invoke(null, [output]);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        return output.ToString().TrimEnd('\n');
    }

    private static string FileText(string name) => File.ReadAllText(Path.Combine(Folder, name)).ReplaceLineEndings("\n").TrimEnd('\n');

    [Fact]
    public void Every_csharp_block_of_the_guide_is_compiled_code()
    {
        var known = Snippets().Values.Append(FileText("PollRules.cs")).ToList();
        var blocks = Repo.FencedBlocks(Guide).Where(b => b.Language is "csharp" or "cs" or "c#").ToList();

        Assert.True(blocks.Count >= 6);
        foreach (var block in blocks)
        {
            Assert.True(known.Contains(block.Text), "This block of docs/schema-language.md is not a snippet of GuideSnippets.cs or Elections/PollRules.cs:\n" + block.Text);
        }
    }

    [Theory]
    [MemberData(nameof(SnippetNames))]
    public void Each_snippet_is_in_the_guide_followed_by_what_it_prints(string name)
    {
        var blocks = Repo.FencedBlocks(Guide);
        var index = blocks.ToList().FindIndex(b => b.Language == "csharp" && b.Text == Snippets()[name]);

        Assert.True(index >= 0, $"docs/schema-language.md lacks the snippet {name}:\n{Snippets()[name]}");
        Assert.True(index + 1 < blocks.Count && blocks[index + 1].Language == "text", $"the snippet {name} is not followed by a text block of its output");
        var printed = Capture(name);
        Assert.True(blocks[index + 1].Text == printed, $"docs/schema-language.md shows after the snippet {name}:\n{blocks[index + 1].Text}\n\nIt prints:\n{printed}");
    }

    [Theory]
    [InlineData("elections.schema.yaml")]
    [InlineData("elections.yaml")]
    [InlineData("PollRules.cs")]
    public void The_example_files_are_shown_whole_in_the_guide(string name)
    {
        var text = FileText(name);
        Assert.Contains(Repo.FencedBlocks(Guide), b => b.Text == text || b.Text == "# " + name + "\n" + text);
    }

    [Fact]
    public void In_a_catalog_the_nested_rules_report_under_the_entitys_path_and_in_its_file()
    {
        var catalog = EntityCatalog.ParseYaml(
            """
                polls:
                  - id: p
                    pollster: A
                    publishedOn: 2026-01-01
                    results:
                      - { contender: x, percent: 70 }
                      - { contender: y, percent: 0.05 }
                      - { contender: z, percent: 40 }

                """,
            "polls.yaml").GetValueOrThrow();

        var errors = catalog.Validate().Errors.Where(e => e.Code == DataErrorCodes.Custom).Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "polls.yaml(7,34): error custom at polls[0].results[1].percent: a result under 0.1% is reported as 0",
                "polls.yaml(8,34): error custom at polls[0].results[2].percent: the results add up to 110.05%, over 100%",
            ],
            errors);
    }

    [Fact]
    public void The_guide_names_no_file_that_does_not_exist()
    {
        // The modeline of an editor schema that did not exist yet once opened the guide: a modeline
        // and the meta-schema, where the guide names them, must be files the repository ships.
        var modelines = System.Text.RegularExpressions.Regex.Matches(Guide, @"yaml-language-server: \$schema=(\S+)").Select(m => m.Groups[1].Value).ToList();
        foreach (var target in modelines)
        {
            Assert.True(File.Exists(Repo.PathOf("schema/" + target)) || File.Exists(Repo.PathOf(target)), $"docs/schema-language.md has a modeline naming {target}, which the repository does not ship");
        }

        Assert.Contains("schema/newsschema.schema.json", Guide, StringComparison.Ordinal);
        Assert.True(File.Exists(Repo.PathOf("schema/newsschema.schema.json")), "the guide names schema/newsschema.schema.json, which is missing");
    }
}
