using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The generated writers and validators as a reviewer reads them (issue 13): locals named after
/// what they hold whatever the field names are, integers compared with integer literals, and the
/// checks they make unchanged.
/// </summary>
public sealed class EmittedCodeTests
{
    // Fields named like the locals and parameters of the generated methods, and like C# keywords.
    private const string NamesSchema = """
        namespace: Probe.Names
        types:
          Clash:
            kind: entity
            fields:
              writer: { type: string, maxLength: 5 }
              context: { type: string, required: true, pattern: '^c' }
              frame: { type: int, minimum: 1 }
              item: { type: "list<string>", maxItems: 3, uniqueItems: true, maxLength: 4 }
              entry: { type: "map<int>", minimum: 0 }
              index: { type: "ref<Clash>" }
              length: { type: string, default: "abc", minLength: 1, pattern: '^a' }
              problem: { type: "list<ref<Clash>>" }
              resolver: { type: "ref<Clash>", required: true }
              record: { type: Inner }
              class: { type: "list<list<Inner>>" }
              var: { type: "map<list<int>>" }
              value: { type: "list<map<Inner>>" }
          Inner:
            kind: record
            fields:
              item: { type: "list<int>", maximum: 9 }
        """;

    // Entities whose plurals are the names of Merge's own locals and parameter ("positions" is refused: NSG0011).
    private const string PluralsSchema = """
        namespace: Probe.Plurals
        types:
          Box:
            kind: entity
            plural: catalogs
          Join:
            kind: entity
            plural: merged
          Shelf:
            kind: entity
            plural: catalog
          Keyword:
            kind: entity
            plural: as
        """;

    private const string BoundsSchema = """
        namespace: Probe.Bounds
        types:
          Counts:
            kind: record
            fields:
              half: { type: int, minimum: 0.5, maximum: 2.5 }
              open: { type: long, exclusiveMinimum: -0.5, exclusiveMaximum: 3.5 }
              huge: { type: int, maximum: 1e20 }
          Impossible:
            kind: record
            fields:
              tiny: { type: int, minimum: 1e20 }
        """;

    [Fact]
    public void Fields_named_like_the_generated_locals_or_keywords_compile_without_a_warning()
    {
        var run = GeneratorHarness.Run(("/schemas/names.schema.yaml", NamesSchema));
        Assert.Empty(run.Errors);
        var diagnostics = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString());
        Assert.Empty(diagnostics);

        var clash = run.GeneratedSources.Single(s => s.HintName.EndsWith("Clash.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("if (Writer is { } writer2)", clash);
        Assert.Contains("if (Record is { } record)", clash, StringComparison.Ordinal);
        Assert.Contains("foreach (var item2 in _item)", clash, StringComparison.Ordinal);
        Assert.DoesNotContain("{ } p1", clash, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_plurals_named_like_the_catalog_locals_compile_without_a_warning()
    {
        var run = GeneratorHarness.Run(("/schemas/plurals.schema.yaml", PluralsSchema));
        Assert.Empty(run.Errors);
        var diagnostics = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString());
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Integer_fields_are_compared_with_integer_literals_that_keep_every_verdict()
    {
        var run = GeneratorHarness.Run(("/schemas/bounds.schema.yaml", BoundsSchema));
        Assert.Empty(run.Errors);
        var counts = run.GeneratedSources.Single(s => s.HintName.EndsWith("Counts.g.cs", StringComparison.Ordinal)).Text;
        Assert.Contains("if (half < 1)", counts, StringComparison.Ordinal);
        Assert.Contains("if (half > 2)", counts, StringComparison.Ordinal);
        Assert.Contains("if (open <= -1)", counts, StringComparison.Ordinal);
        Assert.Contains("if (open >= 4)", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("0m", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("1m)", counts, StringComparison.Ordinal);
        Assert.DoesNotContain("huge >", counts, StringComparison.Ordinal); // no int is above 1e20: no check

        var assembly = Load(run);
        Assert.Equal(new[] { "minimum" }, Codes(assembly, "Probe.Bounds.Counts", "half: 0\n"));
        Assert.Empty(Codes(assembly, "Probe.Bounds.Counts", "half: 1\n"));
        Assert.Empty(Codes(assembly, "Probe.Bounds.Counts", "half: 2\n"));
        Assert.Equal(new[] { "maximum" }, Codes(assembly, "Probe.Bounds.Counts", "half: 3\n"));
        Assert.Equal(new[] { "exclusive-minimum" }, Codes(assembly, "Probe.Bounds.Counts", "open: -1\n"));
        Assert.Empty(Codes(assembly, "Probe.Bounds.Counts", "open: 0\nhuge: 2147483647\n"));
        Assert.Empty(Codes(assembly, "Probe.Bounds.Counts", "open: 3\n"));
        Assert.Equal(new[] { "exclusive-maximum" }, Codes(assembly, "Probe.Bounds.Counts", "open: 4\n"));

        // No int reaches 1e20: every value breaks the minimum, as with the decimal comparison before.
        Assert.Equal(new[] { "minimum" }, Codes(assembly, "Probe.Bounds.Impossible", "tiny: 2147483647\n"));
        Assert.Empty(Codes(assembly, "Probe.Bounds.Impossible", "{}\n"));
    }

    private static Assembly Load(GeneratorRun run)
    {
        using var image = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("bounds", isCollectible: true);
        image.Position = 0;
        return context.LoadFromStream(image);
    }

    /// <summary>The error codes of validating the YAML <paramref name="yaml"/> read as <paramref name="typeName"/>.</summary>
    private static string[] Codes(Assembly assembly, string typeName, string yaml)
    {
        // By reflection: this project sees the runtime's types twice (the generator links some of its files).
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var fromYaml = type.GetMethods().Single(m => m.Name == "FromYaml" && m.GetParameters()[0].ParameterType == typeof(string));
        var value = fromYaml.Invoke(null, new object?[] { yaml, null, null })!;
        var validate = type.GetMethods().Single(m => m.Name == "Validate" && m.GetParameters().Length == 1);
        var result = validate.Invoke(value, new object?[] { null })!;
        var errors = (System.Collections.IEnumerable)result.GetType().GetProperty("Errors")!.GetValue(result)!;
        return errors.Cast<object>().Select(e => (string)e.GetType().GetProperty("Code")!.GetValue(e)!).ToArray();
    }
}
