using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsSchema.Generator.Emit;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>The pipeline caches: unrelated edits regenerate nothing, a schema edit re-parses only that file.</summary>
public class CachingTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.SchemaTexts, TrackingNames.ParsedSchemas, TrackingNames.Options, TrackingNames.Resolved,
        TrackingNames.TypeModels, TrackingNames.Catalog, TrackingNames.GeneratorReports, TrackingNames.SchemaDiagnostics,
        TrackingNames.JsonSchemas, TrackingNames.JsonSchemaLines,
    };

    private const string ActorSchema = """
        namespace: News
        types:
          Actor:
            kind: entity
            fields:
              name: { type: string, required: true }

        """;
    private const string VenueSchema = """
        namespace: News
        types:
          Venue:
            kind: entity
            fields:
              name: string
          GeoPoint:
            kind: record
            fields:
              lat: double

        """;
    private const string MeetingSchema = """
        namespace: News
        types:
          Meeting:
            kind: entity
            fields:
              title: string
              venue: ref<Venue>
              participants: list<ref<Actor>>

        """;

    private static GeneratorRun RunThree()
        => GeneratorHarness.Run(("/s/actor.schema.yaml", ActorSchema), ("/s/venue.schema.yaml", VenueSchema), ("/s/meeting.schema.yaml", MeetingSchema));

    [Fact]
    public void EditingUnrelatedCodeLeavesEveryStepCached()
    {
        var first = RunThree();
        Assert.Empty(first.Diagnostics);
        var second = GeneratorHarness.RerunWithEditedCode(first, "namespace UserCode { public static class Program { public static int Answer => 43; } }");

        foreach (var step in AllSteps)
        {
            var reasons = second.Reasons(step);
            Assert.True(reasons.Length > 0 || step is TrackingNames.SchemaDiagnostics or TrackingNames.GeneratorReports, "no outputs tracked for " + step);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + r));
        }

        // Exactly: per-file steps are cached, one per file.
        Assert.Equal(Enumerable.Repeat(IncrementalStepRunReason.Cached, 3), second.Reasons(TrackingNames.SchemaTexts));
        Assert.Equal(Enumerable.Repeat(IncrementalStepRunReason.Cached, 3), second.Reasons(TrackingNames.ParsedSchemas));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, second.Reasons(TrackingNames.Resolved));
        Assert.Equal(new[] { IncrementalStepRunReason.Cached }, second.Reasons(TrackingNames.Options));
    }

    [Fact]
    public void EditingOneSchemaReparsesOnlyThatFile()
    {
        var first = RunThree();
        var edited = MeetingSchema + "      startsOn: date\n";
        var second = GeneratorHarness.RerunWithEditedSchema(first, "/s/meeting.schema.yaml", edited);
        Assert.Empty(second.Diagnostics);

        var parsed = second.Steps(TrackingNames.ParsedSchemas);
        Assert.Equal(3, parsed.Length);
        foreach (var step in parsed)
        {
            var file = (SchemaFile)step.Outputs.Single().Value;
            var expected = file.Path == "/s/meeting.schema.yaml" ? IncrementalStepRunReason.Modified : IncrementalStepRunReason.Cached;
            Assert.Equal(expected, step.Outputs.Single().Reason);
        }

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, second.Reasons(TrackingNames.Resolved));

        var typeReasons = TypeModelReasons(second);
        Assert.Equal(IncrementalStepRunReason.Modified, typeReasons["Meeting"]);
        foreach (var name in new[] { "Actor", "GeoPoint", "Venue" })
        {
            Assert.True(typeReasons[name] is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, name + " was " + typeReasons[name]);
        }

        // The catalog did not change (same entities), so its output is unchanged.
        Assert.All(second.Reasons(TrackingNames.Catalog), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "Catalog was " + r));

        // The JSON Schemas describe every field: a new field of Meeting changes the catalog's schema and
        // Meeting's, and only those are built again; Actor's and Venue's stay as they were.
        var schemaReasons = second.Steps(TrackingNames.JsonSchemas).SelectMany(s => s.Outputs)
            .ToDictionary(o => ((JsonSchemaPart)o.Value).Entity?.Name ?? "(catalog)", o => o.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, schemaReasons["(catalog)"]);
        Assert.Equal(IncrementalStepRunReason.Modified, schemaReasons["Meeting"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, schemaReasons["Actor"]);
        Assert.Equal(IncrementalStepRunReason.Unchanged, schemaReasons["Venue"]);
        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            second.Reasons(TrackingNames.JsonSchemaLines));
    }

    [Fact]
    public void EditingATypeNoJsonSchemaUsesBuildsNoJsonSchemaAgain()
    {
        var first = RunThree();
        var edited = VenueSchema.Replace("      lat: double\n", "      lat: double\n      lon: double\n", StringComparison.Ordinal);
        Assert.NotEqual(VenueSchema, edited);
        var second = GeneratorHarness.RerunWithEditedSchema(first, "/s/venue.schema.yaml", edited);
        Assert.Empty(second.Diagnostics);
        Assert.Equal(IncrementalStepRunReason.Modified, TypeModelReasons(second)["GeoPoint"]);
        Assert.All(second.Reasons(TrackingNames.JsonSchemas), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(second.Reasons(TrackingNames.JsonSchemaLines), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void EditingOnlyACommentChangesNoTypeModel()
    {
        var first = RunThree();
        var second = GeneratorHarness.RerunWithEditedSchema(first, "/s/venue.schema.yaml", "# venues\n" + VenueSchema);
        Assert.Equal(
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified },
            second.Steps(TrackingNames.ParsedSchemas).OrderBy(s => ((SchemaFile)s.Outputs.Single().Value).Path == "/s/venue.schema.yaml").Select(s => s.Outputs.Single().Reason));

        // Locations moved (a line was added), so the parsed file and the resolved schema differ,
        // but no type model does: every generated file stays cached.
        Assert.All(TypeModelReasons(second).Values, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "TypeModels was " + r));
    }

    [Fact]
    public void NoRoslynObjectsInStepOutputs()
    {
        var first = RunThree();
        var runs = new[]
        {
            first,
            GeneratorHarness.RerunWithEditedSchema(first, "/s/meeting.schema.yaml", MeetingSchema + "      venu: Venu\n"),
            GeneratorHarness.Run(("/s/bad.schema.yaml", """
                types:
                  A:
                    kind: entitty
                    fields: [a]

                """)),
        };

        foreach (var run in runs)
        {
            foreach (var step in AllSteps)
            {
                foreach (var output in run.Steps(step).SelectMany(s => s.Outputs))
                {
                    AssertNoBannedTypes(output.Value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);
                }
            }
        }
    }

    [Fact]
    public void TheWalkerFindsBannedTypes()
    {
        var holder = new Holder(ImmutableArray.Create(1));
        Assert.ThrowsAny<Exception>(() => AssertNoBannedTypes(holder, "test", new HashSet<object>(ReferenceEqualityComparer.Instance), 0));
        Assert.ThrowsAny<Exception>(() => AssertNoBannedTypes(new[] { Location.None }, "test", new HashSet<object>(ReferenceEqualityComparer.Instance), 0));
    }

    private sealed record Holder(ImmutableArray<int> Items);

    private static Dictionary<string, IncrementalStepRunReason> TypeModelReasons(GeneratorRun run)
        => run.Steps(TrackingNames.TypeModels)
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason != IncrementalStepRunReason.Removed)
            .ToDictionary(o => ((TypeModel)o.Value).Name, o => o.Reason);

    private static void AssertNoBannedTypes(object? value, string step, HashSet<object> seen, int depth)
    {
        if (value is null || depth > 64)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(
            value is ISymbol or Compilation or SyntaxNode or SyntaxTree or Location
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)),
            step + " output holds a " + type.FullName);

        if (type.IsPrimitive || type.IsEnum || value is string || value is decimal || value is DiagnosticDescriptor)
        {
            return;
        }

        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable enumerable)
        {
            foreach (var item in enumerable)
            {
                AssertNoBannedTypes(item, step, seen, depth + 1);
            }

            if (type.IsArray)
            {
                return;
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), step, seen, depth + 1);
        }
    }

    [Fact]
    public void The_harness_check_fails_when_a_step_output_has_no_value_equality()
    {
        // The harness runs every generation twice (GeneratorHarness.AssertSecondRunCached). This shows
        // the check can fail: a model without value equality is Modified on a run over an equal compilation.
        var (first, second) = RunTwice(new ProbeGenerator(equatable: false));
        var failure = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => GeneratorHarness.AssertSecondRunCached(first, second));
        Assert.Contains("step Probe was Modified", failure.Message, StringComparison.Ordinal);

        // The same generator with a record model passes.
        var (cachedFirst, cachedSecond) = RunTwice(new ProbeGenerator(equatable: true));
        GeneratorHarness.AssertSecondRunCached(cachedFirst, cachedSecond);
    }

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(IIncrementalGenerator generator)
    {
        var compilation = GeneratorHarness.CreateCompilation(GeneratorHarness.DefaultUserCode);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { generator.AsSourceGenerator() },
            parseOptions: GeneratorHarness.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation);
        return (driver.GetRunResult(), driver.RunGenerators(compilation.Clone()).GetRunResult());
    }

    /// <summary>A generator whose one tracked step makes a model from the compilation, with or without value equality.</summary>
    private sealed class ProbeGenerator(bool equatable) : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var model = context.CompilationProvider
                .Select((compilation, _) => equatable ? new EquatableProbe(compilation.AssemblyName) : (object)new Probe(compilation.AssemblyName))
                .WithTrackingName("Probe");
            context.RegisterSourceOutput(model, (output, probe) => output.AddSource("Probe.g.cs", "// " + probe));
        }
    }

    private sealed class Probe(string? name)
    {
        public override string ToString() => name ?? string.Empty;
    }

    private sealed record EquatableProbe(string? Name)
    {
        public override string ToString() => Name ?? string.Empty;
    }
}
