using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using NewsSchema.Generator.Parsing;
using NewsSchema.Tests.Shared;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The JSON Schema of schema files (schema/newsschema.schema.json, issue 15) lists exactly the keys
/// the parser accepts and docs/schema-language.md's "Key reference" documents; every key has a
/// description; the news schemas pass it, and misspelt keys fail it.
/// </summary>
public class MetaSchemaTests
{
    private static readonly string Root = RepoRoot();
    private static readonly JsonObject Meta = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "schema", "newsschema.schema.json")))!;
    private static readonly JsonSchema MetaSchema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "schema", "newsschema.schema.json")));

    private static JsonObject Def(string name) => (JsonObject)Meta["definitions"]![name]!;

    private static JsonObject FieldObject => (JsonObject)Def("field")["anyOf"]!.AsArray().Single(s => s!["type"]?.GetValue<string>() == "object")!;

    private static JsonObject EnumValueObject => (JsonObject)Def("enumValue")["anyOf"]!.AsArray().Single(s => s!["type"]?.GetValue<string>() == "object")!;

    private static string[] Keys(JsonNode properties) => ((JsonObject)properties).Select(p => p.Key).ToArray();

    private static string[] Primitives => Def("typeExpression")["anyOf"]![0]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();

    public static TheoryData<string> Sections => new() { "Top-level keys", "Type keys", "Kinds", "Field keys", "Enum value keys", "Primitive types", "Type expression forms" };

    [Theory]
    [MemberData(nameof(Sections))]
    public void DocsParserAndMetaSchemaListTheSameNames(string section)
    {
        var documented = DocumentedNames(section);
        var (parser, meta) = section switch
        {
            "Top-level keys" => (SchemaParser.TopKeys, Keys(Meta["properties"]!)),
            "Type keys" => (SchemaParser.TypeKeys, Keys(Def("type")["properties"]!)),
            "Kinds" => (SchemaParser.Kinds, Def("type")["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).ToArray()),
            "Field keys" => (SchemaParser.FieldKeys, Keys(FieldObject["properties"]!)),
            "Enum value keys" => (SchemaParser.EnumValueKeys, Keys(EnumValueObject["properties"]!)),
            "Primitive types" => (SchemaParser.BuiltInTypeNames.Except(new[] { "ref", "list", "map" }).ToArray(), Primitives),
            "Type expression forms" => (SchemaParser.BuiltInTypeNames.Intersect(new[] { "ref", "list", "map" }).Select(n => n + (n == "ref" ? "<Entity>" : "<T>")).ToArray(), TypeExpressionForms()),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
        Assert.True(documented.Length > 0, "no names under '### " + section + "' in docs/schema-language.md");
        Assert.Equal(documented.OrderBy(k => k, StringComparer.Ordinal), parser.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(documented.OrderBy(k => k, StringComparer.Ordinal), meta.OrderBy(k => k, StringComparer.Ordinal));
    }

    /// <summary>The forms the meta-schema's type expression pattern accepts, among the documented ones (and the pattern rejects junk).</summary>
    private static string[] TypeExpressionForms()
    {
        var pattern = new Regex(Def("typeExpression")["anyOf"]![1]!["pattern"]!.GetValue<string>());
        Assert.DoesNotMatch(pattern, "list<");
        Assert.DoesNotMatch(pattern, "<T>");
        Assert.DoesNotMatch(pattern, "two words");
        Assert.Matches(pattern, "list<ref<Actor>>");
        Assert.Matches(pattern, "map<list<string>>");
        return new[] { "ref<Entity>", "list<T>", "map<T>" }.Where(f => pattern.IsMatch(f)).ToArray();
    }

    [Fact]
    public void EveryKeyAndDefinitionHasADescription()
    {
        var missing = new List<string>();
        Walk(Meta, "#", missing);
        Assert.Empty(missing);

        static void Walk(JsonNode? node, string path, List<string> missing)
        {
            if (node is not JsonObject obj)
            {
                return;
            }

            foreach (var (key, child) in obj)
            {
                if (key is "properties" or "definitions" && child is JsonObject props && !path.EndsWith("/then", StringComparison.Ordinal) && !path.EndsWith("/if", StringComparison.Ordinal))
                {
                    foreach (var (name, schema) in props)
                    {
                        if (schema is JsonObject s && s["description"] is null && s["$ref"] is null)
                        {
                            missing.Add(path + "/" + key + "/" + name);
                        }
                    }
                }

                Walk(child, path + "/" + key, missing);
                if (child is JsonArray array)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], path + "/" + key + "/" + i, missing);
                    }
                }
            }
        }
    }

    [Fact]
    public void PrimitivesAreOfferedWithDescriptions()
    {
        var enumDescriptions = Def("typeExpression")["anyOf"]![0]!["enumDescriptions"]!.AsArray();
        Assert.Equal(Primitives.Length, enumDescriptions.Count);
        Assert.All(enumDescriptions, d => Assert.False(string.IsNullOrWhiteSpace(d!.GetValue<string>())));
    }

    public static TheoryData<string> NewsSchemaFiles => new(Directory.GetFiles(Path.Combine(Root, "schema"), "*.schema.yaml").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(NewsSchemaFiles))]
    public void TheNewsSchemasPassAndPointAtIt(string file)
    {
        var text = File.ReadAllText(Path.Combine(Root, "schema", file));
        Assert.StartsWith("# yaml-language-server: $schema=newsschema.schema.json", text, StringComparison.Ordinal);
        var result = MetaSchema.Evaluate(YamlJson.ReadElement(text), new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, file + ": " + string.Join("; ", (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation + " " + string.Join(",", d.Errors!.Values))));
    }

    public static TheoryData<string, string> Mistakes => new()
    {
        { "maxLenght", """
            types:
              M:
                kind: entity
                fields:
                  title: { type: string, maxLenght: 200 }

            """ },
        { "unknown type key", """
            types:
              M:
                kind: entity
                plurals: ms

            """ },
        { "unknown top key", """
            namespaces: X
            types:
              M: { kind: record }

            """ },
        { "bad kind", """
            types:
              M: { kind: entities }

            """ },
        { "values on a record", """
            types:
              M: { kind: record, values: [a] }

            """ },
        { "fields on an enum", """
            types:
              M: { kind: enum, values: [a], fields: { x: string } }

            """ },
        { "required is not a boolean", """
            types:
              M:
                kind: record
                fields:
                  x: { type: string, required: yes }

            """ },
        { "no type", """
            types:
              M:
                kind: record
                fields:
                  x: { required: true }

            """ },
        { "a type expression with a space", """
            types:
              M:
                kind: record
                fields:
                  x: list of string

            """ },
        { "unknown enum value key", """
            types:
              M:
                kind: enum
                values: [{ name: a, desc: b }]

            """ },
        { "negative maxItems", """
            types:
              M:
                kind: record
                fields:
                  x: { type: list<string>, maxItems: -1 }

            """ },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void MistakesFailBothTheMetaSchemaAndTheGenerator(string what, string yaml)
    {
        var result = MetaSchema.Evaluate(YamlJson.ReadElement(yaml), new EvaluationOptions { OutputFormat = OutputFormat.Flag });
        Assert.False(result.IsValid, what);
        var parsed = SchemaParser.Parse("m.schema.yaml", yaml, default);
        var resolved = SchemaResolver.Resolve(System.Collections.Immutable.ImmutableArray.Create(parsed), new Model.GeneratorOptions("X", "EntityCatalog"), default);
        Assert.NotEmpty(parsed.Diagnostics.Concat(resolved.Diagnostics));
    }

    /// <summary>The names in backticks in the first column of the table under <c>### section</c> of the Key reference.</summary>
    private static string[] DocumentedNames(string section)
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "schema-language.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var reference = text.IndexOf("\n## Key reference", StringComparison.Ordinal);
        Assert.True(reference >= 0, "docs/schema-language.md has no '## Key reference' section");
        var body = text.Substring(reference + 1);
        var next = body.IndexOf("\n## ", 3, StringComparison.Ordinal);
        body = next >= 0 ? body.Substring(0, next) : body;
        var start = body.IndexOf("\n### " + section + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the Key reference has no '### " + section + "'");
        var rest = body.Substring(start + 5 + section.Length);
        var end = rest.IndexOf("\n### ", StringComparison.Ordinal);
        rest = end >= 0 ? rest.Substring(0, end) : rest;
        return Regex.Matches(rest, @"^\| `([^`]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
    }

    private static string RepoRoot([CallerFilePath] string file = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", ".."));
}
