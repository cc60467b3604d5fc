using System.Linq;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The generated readers name each field's local after the field: a field named like one of the
/// reader's own locals or temporaries, like a numbered form of one, or like a C# keyword must still compile.
/// </summary>
public class ReaderLocalNameTests
{
    [Fact]
    public void Fields_named_like_the_readers_own_locals_compile_without_any_diagnostic()
    {
        const string schema = """
            namespace: Locals.Model
            types:
              Clash:
                kind: record
                fields:
                  value: { type: string, required: true }
                  key: string
                  reader: int
                  context: int
                  errors: list<string>
                  positions: map<int>
                  items: list<string>
                  itemsValue: string
                  index: int
                  entries: map<string>
                  entryKey2: string
                  text: Shade
                  member: Shade
                  line: int
                  column: int
                  result: string
                  seen0: bool
                  class: string
                  event: { type: string, deprecated: "gone", aliases: [happening] }
                  var: string
              Shade:
                kind: enum
                values: [light, dark]
            """;
        var run = GeneratorHarness.Run(("/schemas/clash.schema.yaml", schema));
        Assert.Empty(run.Diagnostics);
        var diagnostics = run.OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToArray();
        Assert.Empty(diagnostics);
    }
}
