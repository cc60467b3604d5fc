using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsDesk;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Sample.Tests.Editor;

/// <summary>
/// Issue 15, proved with the real yaml-language-server 2.0.0 over stdio: the meta-schema in a schema
/// file, the exported catalog schema in a data file, and the actor family's discriminator. Needs Node
/// and `npm ci --prefix tests/editor`; without them the tests fail and say so.
/// </summary>
public sealed class LanguageServerTests : IDisposable
{
    private const string SchemaModeline = "# yaml-language-server: $schema=newsschema.schema.json\n";
    private const string DataModeline = "# yaml-language-server: $schema=../json-schema/EntityCatalog.schema.json\n";

    private readonly LanguageServer _server = LanguageServer.Start();
    private readonly ITestOutputHelper _log;

    public LanguageServerTests(ITestOutputHelper log) => _log = log;

    public void Dispose() => _server.Dispose();

    private static string SchemaPath(string name) => Repo.PathOf("schema/" + name);

    private static string DataPath(string name) => Repo.PathOf("samples/NewsDesk/data/" + name);

    /// <summary>0-based line and character of the first <paramref name="marker"/>, plus <paramref name="offset"/> characters.</summary>
    private static (int Line, int Character) At(string text, string marker, int offset = 0)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, "no '" + marker + "' in the test document");
        var before = text.Substring(0, index);
        var line = before.Count(c => c == '\n');
        return (line, index - (before.LastIndexOf('\n') + 1) + offset);
    }

    [Fact]
    public void In_a_schema_file_completion_offers_field_keys_hover_shows_descriptions_and_a_misspelt_key_is_flagged()
    {
        var text = SchemaModeline + """
            types:
              Talks:
                kind: entity
                plural: talks
                fields:
                  title:
                    type: string
                    maxItems: 3
                    maxLenght: 200
                    
            """;
        var uri = _server.Open(SchemaPath("lsp-probe.schema.yaml"), text);

        var (line, _) = At(text, "maxLenght");
        var completion = _server.Completion(uri, line + 1, 8);
        _log.WriteLine("completion in a field: " + string.Join(", ", completion));
        Assert.Contains("minLength", completion);
        Assert.Contains("pattern", completion);
        Assert.Contains("required", completion);
        Assert.Contains("description", completion);
        Assert.DoesNotContain("maxItems", completion);

        var (hoverLine, hoverChar) = At(text, "maxItems", 2);
        var hover = _server.Hover(uri, hoverLine, hoverChar);
        _log.WriteLine("hover on maxItems: " + hover);
        Assert.Contains("Lists: the most number of items.", hover, StringComparison.Ordinal);

        var diagnostics = _server.Diagnostics(uri);
        _log.WriteLine("diagnostics: " + string.Join(" | ", diagnostics));
        Assert.Contains(diagnostics, d => d.Line == line && d.Message.Contains("maxLenght", StringComparison.Ordinal));
        Assert.Single(diagnostics);

        var typeCompletion = _server.Completion(uri, At(text, "type: string").Line, At(text, "type: string", 6).Character);
        _log.WriteLine("completion on type: " + string.Join(", ", typeCompletion));
        Assert.Contains("date", typeCompletion);
        Assert.Contains("datetime", typeCompletion);
    }

    [Fact]
    public void The_news_schemas_have_no_squiggles()
    {
        foreach (var file in Directory.GetFiles(Repo.PathOf("schema"), "*.schema.yaml"))
        {
            var uri = _server.Open(file, File.ReadAllText(file));
            Assert.Empty(_server.Diagnostics(uri));
        }
    }

    [Fact]
    public void In_a_data_file_completion_offers_the_meeting_fields_and_the_enum_values_and_hover_shows_the_description()
    {
        var text = DataModeline + """
            meetings:
              - id: talks
                title: Talks in Abu Dhabi
                format: 
                
            """;
        var uri = _server.Open(DataPath("lsp-probe-completion.yaml"), text);

        var fields = _server.Completion(uri, At(text, "format:").Line + 1, 4);
        _log.WriteLine("completion in a meeting: " + string.Join(", ", fields));
        foreach (var field in new[] { "status", "participants", "venue", "startsOn", "delegations", "topics" })
        {
            Assert.Contains(field, fields);
        }

        Assert.DoesNotContain("countryCode", fields);

        var (formatLine, formatChar) = At(text, "format: ", 8);
        var values = _server.Completion(uri, formatLine, formatChar);
        _log.WriteLine("completion on format: " + string.Join(", ", values));
        Assert.Equal(new[] { "bilateral", "multilateral", "press-conference", "trilateral" }, values.Where(v => v != "null").OrderBy(v => v, StringComparer.Ordinal));

        var (titleLine, titleChar) = At(text, "title:", 2);
        var hover = _server.Hover(uri, titleLine, titleChar);
        _log.WriteLine("hover on title: " + hover);
        Assert.Contains("A short title for the meeting.", hover, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_family_completion_after_kind_person_offers_person_fields_only()
    {
        var text = DataModeline + """
            actors:
              - kind: person
                id: someone
                name: Someone
                
              - kind: state
                id: somewhere
                name: Somewhere
                
            """;
        var uri = _server.Open(DataPath("lsp-probe-family.yaml"), text);
        var person = _server.Completion(uri, At(text, "name: Someone").Line + 1, 4);
        _log.WriteLine("completion in a person: " + string.Join(", ", person));
        Assert.Contains("nationality", person);
        Assert.Contains("affiliations", person);
        Assert.DoesNotContain("countryCode", person);
        Assert.DoesNotContain("organizationKind", person);

        var state = _server.Completion(uri, At(text, "name: Somewhere").Line + 1, 4);
        _log.WriteLine("completion in a state: " + string.Join(", ", state));
        Assert.Contains("countryCode", state);
        Assert.DoesNotContain("nationality", state);
    }

    [Fact]
    public void In_a_data_file_mistakes_are_flagged_at_the_lines_our_parser_and_validator_report()
    {
        var title = new string('x', 201);
        var parseErrors = DataModeline + """
            meetings:
              - id: talks
                title: Talks
                format: bilaterall
                status: held
                city: Vilnius
            """;
        var validationErrors = DataModeline + $"""
            meetings:
              - id: talks
                title: {title}
                format: bilateral
                status: held
                participants: [ukraine]
            """;

        var parsed = EntityCatalog.ParseYaml(parseErrors, "parse.yaml");
        var ours = parsed.Errors.Select(e => (e.Line - 1, e.Code)).ToList();
        var validated = EntityCatalog.ParseYaml(validationErrors, "validate.yaml");
        Assert.True(validated.IsSuccess);
        var oursValidation = validated.Value!.Validate().Errors.Where(e => e.Code != "unresolved-reference").Select(e => (e.Line - 1, e.Code)).ToList();
        _log.WriteLine("ours: " + string.Join(", ", ours.Concat(oursValidation)));
        Assert.Equal(new[] { "enum", "required", "unknown-field" }, ours.Select(e => e.Code).OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(new[] { "max-length" }, oursValidation.Select(e => e.Code));

        var first = _server.Diagnostics(_server.Open(DataPath("lsp-probe-parse.yaml"), parseErrors));
        var second = _server.Diagnostics(_server.Open(DataPath("lsp-probe-validate.yaml"), validationErrors));
        _log.WriteLine("server: " + string.Join(" | ", first.Concat(second)));
        Assert.Equal(ours.Select(e => e.Item1).OrderBy(l => l), first.Select(d => d.Line).OrderBy(l => l));
        Assert.Equal(oursValidation.Select(e => e.Item1), second.Select(d => d.Line));
        Assert.Contains(first, d => d.Line == At(parseErrors, "city").Line && d.Message.Contains("city", StringComparison.Ordinal));
        Assert.Contains(first, d => d.Line == At(parseErrors, "bilaterall").Line);
        Assert.Contains(first, d => d.Message.Contains("participants", StringComparison.Ordinal));
        Assert.Contains(second, d => d.Message.Contains("200", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_data_files_have_no_squiggles()
    {
        foreach (var file in Directory.GetFiles(Repo.PathOf("samples/NewsDesk/data"), "*.yaml"))
        {
            var uri = _server.Open(file, File.ReadAllText(file));
            Assert.Empty(_server.Diagnostics(uri));
        }
    }
}
