using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Emit;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The emitted C#, checked three ways: its text against committed snapshots, that it compiles
/// with no diagnostics at all (nullable on, warnings counted), and that it is deterministic.
/// </summary>
public sealed class EmitterSnapshotTests
{
    private const string MeetingSchema = """
        namespace NewsKit.Model
        types:
          Meeting:
            kind: entity
            plural: meetings
            description: Talks, negotiations or a press conference between actors.
            fields:
              title: { type: string, required: true, maxLength: 200, description: "The headline name of the meeting." }
              format: MeetingFormat
              participants:
                type: list<ref<Actor>>
                minItems: 2
                uniqueItems: true
                description: Actors who took part.
              venue: ref<Venue>
              startsOn: { type: date, minimum: 2000-01-01 }
              endsOn: date
              topics: { type: list<string>, maxLength: 80 }
              names: map<string>
              attendance: { type: int, default: 0, minimum: 0 }
              oldTitle: { type: string, deprecated: "Use title.", aliases: [formerTitle] }
          Actor:
            kind: entity
            idPattern: "^[a-z-]+$"
            fields:
              name: { type: string, required: true, minLength: 1 }
          Venue:
            kind: entity
            fields:
              name: { type: string, required: true }
              location: GeoPoint
          GeoPoint:
            kind: record
            fields:
              lat: { type: double, required: true, minimum: -90, maximum: 90 }
              lon: { type: double, required: true, minimum: -180, maximum: 180 }
          MeetingFormat:
            kind: enum
            values: [bilateral, trilateral, multilateral, { name: press-conference, description: A press conference. }]
        """;

    [Theory]
    [InlineData("Meeting.g.cs")]
    [InlineData("MeetingId.g.cs")]
    [InlineData("GeoPoint.g.cs")]
    [InlineData("MeetingFormat.g.cs")]
    [InlineData("EntityCatalog.g.cs")]
    [InlineData("EntityCatalog.JsonSchema.g.cs")]
    public void Emitted_file_matches_snapshot(string hintName)
    {
        var run = GeneratorHarness.Run(("/schemas/meeting.schema.yaml", MeetingSchema.Replace("namespace NewsKit.Model", "namespace: NewsKit.Model")));
        Assert.Empty(run.Diagnostics);
        var source = run.GeneratedSources.Single(s => s.HintName.EndsWith(hintName, StringComparison.Ordinal)).Text;
        VerifyNamed(source, "Emitted_" + Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(hintName)));
    }

    /// <summary>A family of three levels: an abstract root, an abstract middle level and a concrete type.</summary>
    private const string FamilySchema = """
        namespace: NewsKit.Model
        types:
          Contender:
            kind: entity
            abstract: true
            plural: contenders
            description: Anyone on the ballot.
            fields:
              name: { type: string, required: true }
          Group:
            kind: entity
            abstract: true
            extends: Contender
            description: A contender made of several people.
            fields:
              founded: date
          Party:
            kind: entity
            extends: Group
            fields:
              leader: string
        """;

    /// <summary>
    /// The family's files: the root reads the discriminator and dispatches to the concrete type, the
    /// middle level has the same dispatch over its own members, and the concrete type checks its tag
    /// when read alone and writes it first.
    /// </summary>
    [Theory]
    [InlineData("Contender.g.cs")]
    [InlineData("Group.g.cs")]
    [InlineData("Party.g.cs")]
    public void Emitted_family_file_matches_snapshot(string hintName)
    {
        var run = GeneratorHarness.Run(("/schemas/contender.schema.yaml", FamilySchema));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        var source = run.GeneratedSources.Single(s => s.HintName.EndsWith(hintName, StringComparison.Ordinal)).Text;
        VerifyNamed(source, "Family_" + Path.GetFileNameWithoutExtension(Path.GetFileNameWithoutExtension(hintName)));
    }

    [Fact]
    public void Emitted_code_compiles_without_any_diagnostic()
    {
        var run = GeneratorHarness.Run(("/schemas/meeting.schema.yaml", MeetingSchema.Replace("namespace NewsKit.Model", "namespace: NewsKit.Model")));
        var diagnostics = run.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToArray();
        Assert.Empty(diagnostics);
        // One file per C# type: 3 entities and their ids, a record, an enum and the catalog (and its JSON Schemas).
        Assert.Equal(
            new[] { "Actor.g.cs", "ActorId.g.cs", "EntityCatalog.JsonSchema.g.cs", "EntityCatalog.g.cs", "GeoPoint.g.cs", "Meeting.g.cs", "MeetingFormat.g.cs", "MeetingId.g.cs", "Venue.g.cs", "VenueId.g.cs" },
            run.GeneratedSources.Select(s => Path.GetFileName(s.HintName)).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_file_orders()
    {
        var a = ("/schemas/a.schema.yaml", """
            types:
              A: { kind: record, fields: { b: B, n: int } }

            """);
        var b = ("/schemas/b.schema.yaml", """
            types:
              B: { kind: enum, values: [x, y] }
              C: { kind: entity, fields: { a: A } }

            """);
        var first = GeneratorHarness.Run(a, b).GeneratedSources;
        var second = GeneratorHarness.Run(b, a).GeneratedSources;
        Assert.Equal(first.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal), second.Select(s => s.HintName).OrderBy(n => n, StringComparer.Ordinal));
        foreach (var (hint, text) in first)
        {
            Assert.Equal(text, second.Single(s => s.HintName == hint).Text);
        }
    }

    [Fact]
    public void Emitter_works_on_a_hand_built_model()
    {
        // Straight to the emitter, no YAML: a record with one optional string and one required int list.
        var model = new TypeModel
        {
            Name = "Note",
            Namespace = "Hand.Built",
            Kind = NewsSchema.Generator.Model.TypeKind.Record,
            Description = "A hand-built note.",
            IdPattern = "^x$",
            Fields = new[]
            {
                new FieldModel { WireName = "text", PropertyName = "Text", Type = TypeRefModel.Of(PrimitiveKind.String), Description = "The text.", Constraints = FieldConstraints.None with { MaxLength = 5 } },
                new FieldModel { WireName = "counts", PropertyName = "Counts", Type = TypeRefModel.ListOf(TypeRefModel.Of(PrimitiveKind.Int)), Required = true, Constraints = FieldConstraints.None with { MinItems = 1 } },
            }.ToEquatableArray(),
        };
        var files = TypeEmitter.Emit(model, default).ToArray();
        var (hint, source) = Assert.Single(files);
        Assert.Equal("Note.g.cs", hint);
        VerifyNamed(source, "HandBuilt_Note");
    }

    private static void VerifyNamed(string text, string name, [CallerFilePath] string file = "")
        => Snapshot.VerifyAt(Path.Combine(Path.GetDirectoryName(file)!, "Snapshots"), nameof(EmitterSnapshotTests) + "." + name, text, Snapshot.IsAcceptRequested());
}
