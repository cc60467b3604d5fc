using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Emit;
using NewsSchema.Generator.Export;
using NewsSchema.Generator.Model;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The generator builds each JSON Schema (the catalog's, each entity's) from the models of the types
/// it uses alone (<see cref="DataSchemaExport.Uses"/>), so that an edit elsewhere leaves it cached.
/// Built so, every schema must be the text built from the whole model, as the export tool builds it.
/// </summary>
public class JsonSchemaPartTests
{
    [Fact]
    public void Each_schema_built_from_the_types_it_uses_is_the_one_built_from_the_whole_model()
    {
        var models = new List<ResolvedSchema>();
        var schemaDir = Path.Combine(BuildOutputTests.RepoRoot(), "schema");
        var news = Directory.GetFiles(schemaDir, "*.schema.yaml").OrderBy(p => p, StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p)));
        models.Add(TestSchemas.Resolve(news).Schema);
        models.AddRange(FuzzTests.Seeds().Concat(FuzzTests.Inputs()).Select(text => TestSchemas.Resolve(text).Schema));
        models.Add(TestSchemas.Resolve(MultiFile()).Schema);

        var compared = 0;
        var families = 0;
        foreach (var model in models.Where(m => m.Catalog is not null))
        {
            var whole = DataSchemaExport.Build(model.Types, model.Catalog);
            var parts = JsonSchemaEmitter.Parts(model);
            Assert.Equal(whole.Count, parts.Count);
            for (var i = 0; i < parts.Count; i++)
            {
                var part = parts[i];
                var text = part.Entity is { } entity ? DataSchemaExport.EntityText(part.Uses, entity) : DataSchemaExport.CatalogText(part.Uses, part.Catalog!);
                Assert.Equal(whole[i].Text, text);
                Assert.Equal(whole[i].FileName, (part.Entity?.Name ?? model.Catalog!.Name) + ".schema.json");
                compared++;
            }

            families += model.Types.Count(t => t.IsAbstract);
        }

        // The sample must hold multi-file models and families, where the uses reach furthest.
        Assert.True(compared > 1000, compared + " schemas compared");
        Assert.True(families > 10, families + " family roots");
    }

    [Fact]
    public void An_entity_schema_uses_its_records_family_and_the_targets_it_names_not_what_they_hold()
    {
        var model = TestSchemas.Resolve(MultiFile()).Schema;
        var parts = JsonSchemaEmitter.Parts(model);

        // A reference is an id: Meeting's schema names Venue and Actor but holds none of their fields.
        var meeting = parts.Single(p => p.Entity?.Name == "Meeting");
        Assert.Equal(new[] { "Actor", "Meeting", "Mood", "Venue" }, meeting.Uses.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        var actor = parts.Single(p => p.Entity?.Name == "Actor");
        Assert.Equal(new[] { "Actor", "Person" }, actor.Uses.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        var venue = parts.Single(p => p.Entity?.Name == "Venue");
        Assert.Equal(new[] { "GeoPoint", "Venue" }, venue.Uses.Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain(parts.SelectMany(p => p.Uses), t => t.Name == "Unused");
    }

    /// <summary>Three files: a family of actors, venues with a nested record, meetings that refer to both and use an enum; and a record nothing uses.</summary>
    internal static IEnumerable<(string Path, string Text)> MultiFile() => new[]
    {
        ("/m/actor.schema.yaml", """
            namespace: News
            types:
              Actor:
                kind: entity
                abstract: true
                discriminator: kind
                fields:
                  name: { type: string, required: true }
              Person:
                kind: entity
                extends: Actor
                tag: person
                fields:
                  born: date
            """),
        ("/m/venue.schema.yaml", """
            namespace: News
            types:
              Venue:
                kind: entity
                fields:
                  name: string
                  location: GeoPoint
              GeoPoint:
                kind: record
                fields:
                  lat: double
              Unused:
                kind: record
                fields:
                  note: string
            """),
        ("/m/meeting.schema.yaml", """
            namespace: News
            types:
              Meeting:
                kind: entity
                fields:
                  title: string
                  mood: Mood
                  venue: ref<Venue>
                  participants: list<ref<Actor>>
              Mood:
                kind: enum
                values: [calm, tense]
            """),
    };
}
