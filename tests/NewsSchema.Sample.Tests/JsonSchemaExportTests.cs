using System;
using System.IO;
using System.Linq;
using NewsDesk;
using Xunit;

namespace NewsSchema.Sample.Tests;

/// <summary>
/// The JSON Schemas NewsDesk's build writes (samples/NewsDesk/json-schema, committed) hold the same
/// text as the catalog's JsonSchema and EntityJsonSchemas in code, and the data files point at them.
/// </summary>
public class JsonSchemaExportTests
{
    private static string ExportDir => Repo.PathOf("samples/NewsDesk/json-schema");

    [Fact]
    public void TheCatalogSchemaFileIsTheTextInCode()
    {
        Assert.StartsWith("""
            {
              "$schema": "http://json-schema.org/draft-07/schema#"
            """, EntityCatalog.JsonSchema, StringComparison.Ordinal);
        Assert.Equal(EntityCatalog.JsonSchema, File.ReadAllText(Path.Combine(ExportDir, "EntityCatalog.schema.json")));
    }

    [Fact]
    public void EveryEntitySchemaFileIsTheTextInCode()
    {
        var names = new[] { "Actor", "Agreement", "Article", "Collective", "Conflict", "Facility", "Meeting", "Organization", "Person", "State", "Venue" };
        Assert.Equal(names, EntityCatalog.EntityJsonSchemas.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var name in names)
        {
            Assert.Equal(EntityCatalog.EntityJsonSchemas[name], File.ReadAllText(Path.Combine(ExportDir, name + ".schema.json")));
        }

        var files = Directory.GetFiles(ExportDir).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal);
        Assert.Equal(names.Select(n => n + ".schema.json").Append("EntityCatalog.schema.json").Append("newsschema.schema.json").OrderBy(f => f, StringComparer.Ordinal), files);
    }

    [Fact]
    public void TheMetaSchemaIsCopiedBesideThem()
        => Assert.Equal(File.ReadAllText(Repo.PathOf("schema/newsschema.schema.json")), File.ReadAllText(Path.Combine(ExportDir, "newsschema.schema.json")));

    [Fact]
    public void TheDataFilesUseTheModeline()
    {
        foreach (var file in Directory.GetFiles(Repo.PathOf("samples/NewsDesk/data"), "*.yaml"))
        {
            Assert.StartsWith("# yaml-language-server: $schema=../json-schema/EntityCatalog.schema.json\n", File.ReadAllText(file).ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
    }
}
