using System.Linq;
using NewsSchema.Tests.Hardening;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// One column unit everywhere: UTF-16 code units (what a C# string index counts, and what editors
/// and MSBuild's <c>file(line,col)</c> links use). Text before the error holds one-, two-, three-
/// and four-byte UTF-8 characters (ASCII, é, 中, and an emoji, which is two UTF-16 units); the
/// expected column is always the C# string index of the marker plus one, in YAML and JSON, for
/// parse errors and for validation errors.
/// </summary>
public class ColumnUnitTests
{
    public static TheoryData<string> Prefixes => new() { "ab", "é", "中", "🙂", "🙂é中🙂" };

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Parse_error_columns_are_utf16_units(string prefix)
    {
        var yaml = $$"""
            names: {a: "{{prefix}}"}
            counts: {b: 1, "{{prefix}}": 2, c: XX}

            """;
        AssertColumn(Mapped.ParseYaml(yaml, "m.yaml").Errors.Single(), yaml);
        var json = $$$"""
            {"names": {"a": "{{{prefix}}}"},
            "counts": {"b": 1, "{{{prefix}}}": 2, "c": XX}}
            """;
        var jsonError = Mapped.ParseJson(json, "m.json").Errors.Single();
        Assert.Equal(2, jsonError.Line);
        Assert.Equal(json.Split('\n')[1].IndexOf("XX", System.StringComparison.Ordinal) + 1, jsonError.Column);
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void Validation_error_columns_are_utf16_units(string prefix)
    {
        var yaml = $$"""
            names: {"{{prefix}}": ok}
            counts: {"{{prefix}}": 1, c: -7}

            """;
        var parsed = Mapped.ParseYaml(yaml, "m.yaml");
        AssertColumn(ValidationAssert.Parsed(parsed).Validate(parsed.Positions).Errors.Single(), yaml, "-7");

        var json = $"{{\"names\": {{\"{prefix}\": \"ok\"}}, \"counts\": {{\"{prefix}\": 1, \"c\": -7}}}}";
        var fromJson = Mapped.ParseJson(json, "m.json");
        var error = ValidationAssert.Parsed(fromJson).Validate(fromJson.Positions).Errors.Single();
        Assert.Equal((1, json.IndexOf("-7", System.StringComparison.Ordinal) + 1), (error.Line, error.Column));
    }

    private static void AssertColumn(DataError error, string text, string marker = "XX")
    {
        var lines = text.Split('\n');
        var line = System.Array.FindIndex(lines, l => l.Contains(marker, System.StringComparison.Ordinal));
        Assert.Equal((line + 1, lines[line].IndexOf(marker, System.StringComparison.Ordinal) + 1), (error.Line, error.Column));
    }
}
