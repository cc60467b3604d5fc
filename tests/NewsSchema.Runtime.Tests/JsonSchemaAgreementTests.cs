extern alias JsonSchemaNet;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using JsonSchemaNet::Json.Schema;
using NewsSchema.Tests.Model;
using NewsSchema.Tests.Shared;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.Core;

namespace NewsSchema.Tests;

/// <summary>
/// Issue 15, the runtime corpus: the exported JSON Schema of the test model's <c>Sample</c> entity
/// (<c>TestCatalog.EntityJsonSchemas["Sample"]</c>, every field type of the language) under
/// JsonSchema.Net 8.0.5 agrees with <c>Sample.ParseYaml/ParseJson</c> plus <c>Validate()</c> on every
/// file of Data/errors and Data/several-mistakes, and on a full valid Sample. The Checked files of
/// Data/validation are records, for which no file schema is exported. As an editor does, the JSON
/// Schema side refuses what its reader refuses before any schema: YAML syntax, duplicate keys (in
/// YAML and JSON), tags outside the core schema, and alias bombs.
/// </summary>
public sealed class JsonSchemaAgreementTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(TestCatalog.EntityJsonSchemas["Sample"]);
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly ITestOutputHelper _log;

    public JsonSchemaAgreementTests(ITestOutputHelper log) => _log = log;

    private static (bool Valid, string Why) Ours(string text, bool json)
    {
        var parsed = json ? Sample.ParseJson(text, "doc") : Sample.ParseYaml(text, "doc");
        if (!parsed.IsSuccess)
        {
            return (false, string.Join("; ", parsed.Errors));
        }

        var errors = parsed.Value!.Validate().Errors.Where(e => e.Code != "custom").ToList();
        return (errors.Count == 0, string.Join("; ", errors));
    }

    private static (bool Valid, string Why) Theirs(string text, bool json)
    {
        JsonElement element;
        try
        {
            element = json ? YamlJson.ReadJsonStrict(text) : YamlJson.ReadElement(text);
        }
        catch (Exception ex) when (ex is YamlException or JsonException)
        {
            return (false, "not read: " + ex.Message);
        }

        var result = Schema.Evaluate(element, Options);
        return (result.IsValid, result.IsValid ? string.Empty : string.Join("; ", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values))));
    }

    [Fact]
    public void Every_sample_file_of_the_runtime_corpus_gets_the_same_verdict()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "errors"))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data"), "several-mistakes.*"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .Append(("valid sample (FuzzTests seed)", SampleDocuments.ValidYaml))
            .ToList();
        Assert.True(files.Count >= 17);
        var disagreements = new List<string>();
        var valid = 0;
        foreach (var (name, text) in files)
        {
            var json = name.EndsWith(".json", StringComparison.Ordinal);
            var ours = Ours(text, json);
            var theirs = Theirs(text, json);
            valid += ours.Valid ? 1 : 0;
            if (ours.Valid != theirs.Valid)
            {
                disagreements.Add(name + ": ours " + ours.Valid + " (" + ours.Why + "), JSON Schema " + theirs.Valid + " (" + theirs.Why + ")");
            }
        }

        _log.WriteLine($"JSON Schema agreement: runtime corpus files {files.Count - disagreements.Count}/{files.Count} agree ({valid} valid, {files.Count - valid} invalid)");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(valid >= 1 && files.Count - valid >= 10);
    }
}
