using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// NSG0025: the generator made to fail on purpose (through the test-only <see cref="TestHooks"/>)
/// at each stage reports a located NSG0025, with no CS8785 (a generator that threw) and no
/// exception on the run result.
/// </summary>
public class InternalErrorTests
{
    private const string Path = "/repo/model/meeting.schema.yaml";

    [Theory]
    [InlineData("parse")]
    [InlineData("resolve")]
    [InlineData("emit-type")]
    [InlineData("emit-catalog")]
    public void A_failure_at_any_stage_is_a_located_NSG0025_and_never_CS8785(string stage)
    {
        GeneratorRun run;
        TestHooks.FailAt.Value = stage;
        try
        {
            run = GeneratorHarness.Run((Path, TestSchemas.Meeting));
        }
        finally
        {
            TestHooks.FailAt.Value = null;
        }

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "AD0001");
        Assert.DoesNotContain(run.OutputCompilation.GetDiagnostics(), d => d.Id is "CS8785" or "AD0001");
        var internalErrors = run.Diagnostics.Where(d => d.Id == "NSG0025").ToList();
        Assert.NotEmpty(internalErrors);
        foreach (var d in internalErrors)
        {
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.True(d.Location.Kind != LocationKind.None, "NSG0025 must be located: " + d);
            Assert.Equal(Path, d.Location.GetLineSpan().Path);
            Assert.Contains("failure injected by a test at stage '" + stage + "'", d.GetMessage(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Without_the_hook_there_is_no_NSG0025()
    {
        var run = GeneratorHarness.Run((Path, TestSchemas.Meeting));
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "NSG0025");
    }
}
