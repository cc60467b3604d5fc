using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator.Tests;

/// <summary>Schema texts shared by the tests, and a direct front-end run without the driver.</summary>
internal static class TestSchemas
{
    public const string Path = "/schemas/test.schema.yaml";

    /// <summary>The example of the contract (spec section 1) plus the types it refers to.</summary>
    public const string Meeting = """
        # yaml-language-server: $schema=newsschema.schema.json
        namespace: NewsKit.Model
        types:
          Meeting:
            kind: entity
            plural: meetings
            description: Talks, negotiations or a press conference between actors.
            fields:
              title: { type: string, required: true, maxLength: 200 }
              format: MeetingFormat
              participants:
                type: list<ref<Actor>>
                minItems: 2
                uniqueItems: true
                description: Actors who took part.
              venue: ref<Venue>
              startsOn: date
              endsOn: date
              topics: list<string>
          MeetingFormat:
            kind: enum
            values: [bilateral, trilateral, multilateral, press-conference]
          GeoPoint:
            kind: record
            fields:
              lat: { type: double, required: true, minimum: -90, maximum: 90 }
              lon: { type: double, required: true, minimum: -180, maximum: 180 }
          Actor:
            kind: entity
            fields:
              name: { type: string, required: true }
          Venue:
            kind: entity
            fields:
              name: { type: string, required: true }
              location: GeoPoint
        """;

    /// <summary>Parses and resolves in-process; returns the model and every diagnostic (parse + resolve).</summary>
    public static (ResolvedSchema Schema, ImmutableArray<Diagnostic> Diagnostics) Resolve(
        IEnumerable<(string Path, string Text)> files,
        string defaultNamespace = "TestProject",
        string catalogName = "EntityCatalog")
    {
        var parsed = files.Select(f => SchemaParser.Parse(f.Path, f.Text, CancellationToken.None)).ToImmutableArray();
        var resolved = SchemaResolver.Resolve(parsed, new GeneratorOptions(defaultNamespace, catalogName), CancellationToken.None);
        var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(resolved.Diagnostics).Select(d => d.ToDiagnostic()).ToImmutableArray();
        return (resolved, diagnostics);
    }

    public static (ResolvedSchema Schema, ImmutableArray<Diagnostic> Diagnostics) Resolve(string text)
        => Resolve(new[] { (Path, text) });
}
