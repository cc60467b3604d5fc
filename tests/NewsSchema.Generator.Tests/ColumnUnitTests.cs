using System;
using System.Linq;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// Schema diagnostics count columns in UTF-16 code units, as the runtime's YAML and JSON errors
/// do (see docs/decisions.md, "Hardening rules"): after text with two-, three- and four-byte
/// UTF-8 characters, the column is the C# string index of the mistake.
/// </summary>
public class ColumnUnitTests
{
    [Theory]
    [InlineData("ab")]
    [InlineData("é")]
    [InlineData("中")]
    [InlineData("🙂")]
    [InlineData("🙂é中🙂")]
    public void Diagnostic_columns_are_utf16_units(string prefix)
    {
        var line = $"  A: {{ kind: record, description: \"{prefix}\", fields: {{ b: Nosuch }} }}";
        var (_, diagnostics) = TestSchemas.Resolve("types:\n" + line + "\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0003", d.Id);
        var start = d.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((1, line.IndexOf("Nosuch", StringComparison.Ordinal)), (start.Line, start.Character));
        Assert.Equal("Nosuch", ("types:\n" + line + "\n").Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
    }
}
