using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NewsDesk;
using NewsSchema.Tests.Shared;
using Xunit;
using Xunit.Abstractions;
using YamlDotNet.Core;

namespace NewsSchema.Sample.Tests.Editor;

/// <summary>
/// Issue 15: the exported catalog JSON Schema, evaluated by an independent validator (JsonSchema.Net
/// 8.0.5, draft-07, formats asserted), and NewsSchema's own parser plus Validate() agree on valid
/// versus invalid for every sample and broken data file and for thousands of fuzzed documents.
/// </summary>
/// <remarks>
/// Left out of the comparison, because no JSON Schema can say them (the exported schemas say so in
/// their description; docs/editor.md lists them): <c>unresolved-reference</c> (a ref must name an
/// entity of the catalog), <c>duplicate-id</c> (ids unique across the catalog) and <c>custom</c>
/// (rules in C#, here MeetingRules.cs). In YAML only, a number or boolean in a string field
/// (<c>title: 1984</c>): our YAML reader takes the plain scalar's text, JSON Schema sees a number;
/// such verdicts are counted and left out when our JSON reader rejects the same document with 'type'
/// errors only. A file the YAML reader rejects (syntax, duplicate key) is
/// invalid on the JSON Schema side too: the editor's YAML parser flags it before any schema.
/// </remarks>
public sealed class JsonSchemaAgreementTests
{
    public const int FuzzedDocuments = 2500;

    private static readonly string[] LeftOut = { "unresolved-reference", "duplicate-id", "custom" };
    private static readonly JsonSchema Schema = JsonSchema.FromText(EntityCatalog.JsonSchema);
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly ITestOutputHelper _log;

    public JsonSchemaAgreementTests(ITestOutputHelper log) => _log = log;

    private static string[] CorpusFiles()
        => Directory.GetFiles(Repo.PathOf("samples/NewsDesk/data"), "*.yaml")
            .Concat(Directory.GetFiles(Repo.PathOf("tests/NewsSchema.Sample.Tests/broken"), "*.yaml"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();

    /// <summary>Our verdict: parsed without errors and no Validate() error outside the left-out codes.</summary>
    private static (bool Valid, string Why, bool OnlyTypeErrors) Ours(string text, bool json)
    {
        var parsed = json ? EntityCatalog.ParseJson(text, "doc") : EntityCatalog.ParseYaml(text, "doc");
        if (!parsed.IsSuccess)
        {
            return (false, string.Join("; ", parsed.Errors), parsed.Errors.All(e => e.Code == "type"));
        }

        var errors = parsed.Value!.Validate().Errors.Where(e => !LeftOut.Contains(e.Code)).ToList();
        return (errors.Count == 0, string.Join("; ", errors), false);
    }

    /// <summary>The JSON Schema's verdict on the document as YAML's core schema reads it.</summary>
    private static (bool Valid, string Why) Theirs(string text)
    {
        JsonElement element;
        try
        {
            element = YamlJson.ReadElement(text);
        }
        catch (YamlException ex)
        {
            return (false, "YAML: " + ex.Message);
        }

        var result = Schema.Evaluate(element, Options);
        var why = result.IsValid ? string.Empty : string.Join("; ", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + ": " + string.Join(", ", d.Errors!.Values)).Take(6));
        return (result.IsValid, why);
    }

    [Fact]
    public void Every_sample_and_broken_data_file_gets_the_same_verdict()
    {
        var files = CorpusFiles();
        Assert.True(files.Length >= 11);
        var disagreements = new List<string>();
        var valid = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var ours = Ours(text, json: false);
            var theirs = Theirs(text);
            valid += ours.Valid ? 1 : 0;
            if (ours.Valid != theirs.Valid)
            {
                disagreements.Add(Path.GetFileName(file) + ": ours " + ours.Valid + " (" + ours.Why + "), JSON Schema " + theirs.Valid + " (" + theirs.Why + ")");
            }
        }

        _log.WriteLine($"JSON Schema agreement: corpus files {files.Length - disagreements.Count}/{files.Length} agree ({valid} valid, {files.Length - valid} invalid)");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        Assert.True(valid >= 5 && files.Length - valid >= 3, "the corpus should hold valid and invalid files");
    }

    [Fact]
    public void Fuzzed_documents_get_the_same_verdict_from_both_as_yaml_and_as_json()
    {
        var seeds = Directory.GetFiles(Repo.PathOf("samples/NewsDesk/data"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (JsonObject)YamlJson.Read(File.ReadAllText(f))!)
            .ToArray();
        var random = new Random(15);
        var disagreements = new List<string>();
        int valid = 0, invalid = 0, verdicts = 0, plainScalars = 0;
        for (var i = 0; i < FuzzedDocuments; i++)
        {
            var doc = (JsonObject)seeds[random.Next(seeds.Length)].DeepClone();
            var mutations = 1 + random.Next(3);
            var applied = new List<string>();
            for (var m = 0; m < mutations; m++)
            {
                applied.Add(Fuzz.Mutate(doc, random));
            }

            // JSON text is YAML too (flow style, quoted strings): the same tree for both readers.
            var text = doc.ToJsonString(new JsonSerializerOptions { WriteIndented = random.Next(2) == 0 });
            var theirs = Theirs(text);
            var asJson = Ours(text, json: true);
            foreach (var json in new[] { false, true })
            {
                var ours = json ? asJson : Ours(text, json: false);
                if (!json && ours.Valid && !theirs.Valid && !asJson.Valid && asJson.OnlyTypeErrors)
                {
                    // Left out and counted: a number or boolean in a string field is, in YAML, a plain
                    // scalar our YAML reader takes as text (title: 1984); JSON Schema, like every YAML
                    // tool, sees a number. Our JSON reader rejects it with 'type' errors, as the schema does.
                    plainScalars++;
                    continue;
                }

                verdicts++;
                if (ours.Valid)
                {
                    valid++;
                }
                else
                {
                    invalid++;
                }

                if (ours.Valid != theirs.Valid)
                {
                    disagreements.Add($"#{i} ({(json ? "JSON" : "YAML")} reader; {string.Join(", ", applied)}): ours {ours.Valid} ({ours.Why}), JSON Schema {theirs.Valid} ({theirs.Why})\n{text}");
                }
            }
        }

        _log.WriteLine($"JSON Schema agreement: fuzzed documents {FuzzedDocuments}, verdicts {verdicts - disagreements.Count}/{verdicts} agree ({valid} valid, {invalid} invalid); left out: {plainScalars} YAML verdicts on a number or boolean in a string field");
        Assert.True(disagreements.Count == 0, disagreements.Count + " disagreements; first ones:\n" + string.Join("\n\n", disagreements.Take(5)));
        Assert.True(valid > verdicts / 10 && invalid > verdicts / 3, $"the fuzzer should make both valid ({valid}) and invalid ({invalid}) documents");
        Assert.True(plainScalars < verdicts / 10, "too many left out: " + plainScalars);
    }

    /// <summary>Mutations of a catalog tree, each aimed at one thing the schema or our checks decide.</summary>
    private static class Fuzz
    {
        private static readonly string[] Dates = { "2026-01-24", "1989-12-31", "1990-01-01", "2026-02-30", "2026-13-01", "26-01-24", "2026-1-24", "2024-02-29", "2023-02-29" };

        public static string Mutate(JsonObject root, Random random)
        {
            var objects = new List<JsonObject>();
            var values = new List<(JsonObject Parent, string Key)>();
            var arrays = new List<JsonArray>();
            Collect(root, objects, values, arrays, top: true);
            switch (random.Next(14))
            {
                case 0 when objects.Count > 0:
                {
                    var o = Pick(objects, random);
                    if (o.Count == 0)
                    {
                        return "none";
                    }

                    var key = o.ElementAt(random.Next(o.Count)).Key;
                    o.Remove(key);
                    return "removed " + key;
                }

                case 1 when objects.Count > 0:
                    Pick(objects, random)[random.Next(2) == 0 ? "city" : "notes"] = "x";
                    return "unknown field";
                case 2 when values.Count > 0:
                {
                    var (p, k) = Pick(values, random);
                    if (p[k] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        p[k] = s + (random.Next(2) == 0 ? "x" : "-draft");
                        return "suffixed " + k;
                    }

                    return "none";
                }

                case 3 when values.Count > 0:
                {
                    var (p, k) = Pick(values, random);
                    p[k] = new string('a', random.Next(2) == 0 ? 201 : 1001);
                    return "long " + k;
                }

                case 4 when values.Count > 0:
                {
                    var (p, k) = Pick(values, random);
                    p[k] = string.Empty;
                    return "empty " + k;
                }

                case 5 when values.Count > 0:
                {
                    var (p, k) = Pick(values, random);
                    p[k] = random.Next(4) switch
                    {
                        0 => JsonValue.Create(42),
                        1 => JsonValue.Create(true),
                        2 => JsonValue.Create(-7.5),
                        _ => JsonValue.Create("42"),
                    };
                    return "retyped " + k;
                }

                case 6 when values.Count > 0:
                {
                    var dated = values.Where(v => v.Parent[v.Key] is JsonValue dv && dv.TryGetValue<string>(out var ds) && ds.Length == 10 && ds[4] == '-').ToList();
                    if (dated.Count == 0)
                    {
                        return "none";
                    }

                    var (p, k) = Pick(dated, random);
                    p[k] = Pick(Dates, random);
                    return "date " + k + "=" + p[k];
                }

                case 7 when arrays.Count > 0:
                    Pick(arrays, random).Clear();
                    return "emptied a list";
                case 8 when arrays.Count > 0:
                {
                    var a = Pick(arrays, random);
                    if (a.Count == 0)
                    {
                        return "none";
                    }

                    a.Add(a[random.Next(a.Count)]!.DeepClone());
                    return "duplicated an item";
                }

                case 9 when values.Count > 0:
                {
                    var (p, k) = Pick(values, random);
                    p[k] = null;
                    return "null " + k;
                }

                case 10:
                {
                    var actors = objects.Where(o => o["kind"] is JsonValue).ToList();
                    if (actors.Count == 0)
                    {
                        return "none";
                    }

                    var actor = Pick(actors, random);
                    actor["kind"] = Pick(new[] { "person", "state", "organization", "country", "collective", "actor" }, random);
                    return "kind " + actor["kind"];
                }

                case 11:
                {
                    var ided = objects.Where(o => o["id"] is JsonValue).ToList();
                    if (ided.Count == 0)
                    {
                        return "none";
                    }

                    var o = Pick(ided, random);
                    o["id"] = Pick(new[] { "Bad Id", "ok-id", "a..b", "x_1.y-2", "-lead", "UPPER" }, random);
                    return "id " + o["id"];
                }

                case 12 when values.Count > 0:
                {
                    var (p, k) = Pick(values, random);
                    p[k] = Pick(new[] { 0, 1, 240, 241, -91, 90.5, 180, 181, 2.5, -180.0001, 1e6 }, random);
                    return "number " + k + "=" + p[k];
                }

                case 13 when arrays.Count > 0:
                {
                    var a = Pick(arrays, random);
                    a.Add(a.Count > 0 && a[0] is JsonObject ? new JsonObject { ["id"] = "new-one" } : JsonValue.Create("extra-item"));
                    return "added an item";
                }

                default:
                    return "none";
            }
        }

        private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];

        private static void Collect(JsonNode? node, List<JsonObject> objects, List<(JsonObject, string)> values, List<JsonArray> arrays, bool top)
        {
            switch (node)
            {
                case JsonObject o:
                    if (!top)
                    {
                        objects.Add(o);
                    }

                    foreach (var (key, child) in o.ToList())
                    {
                        if (child is JsonValue || child is null)
                        {
                            values.Add((o, key));
                        }

                        Collect(child, objects, values, arrays, top: false);
                    }

                    break;
                case JsonArray a:
                    if (!top)
                    {
                        arrays.Add(a);
                    }

                    foreach (var item in a)
                    {
                        Collect(item, objects, values, arrays, top: false);
                    }

                    break;
            }
        }
    }
}
