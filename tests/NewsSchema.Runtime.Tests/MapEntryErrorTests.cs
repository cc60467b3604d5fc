using System.Linq;
using NewsSchema.Tests.Hardening;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// An error on a map value sits at its own entry (line and column of the value), with a path that
/// names the key, in YAML (block and flow) and JSON, for every entry (first, middle, last), not
/// at the map's first entry.
/// </summary>
public class MapEntryErrorTests
{
    [Fact]
    public void Yaml_block_map_errors_sit_at_their_own_entries()
    {
        const string yaml = """
            counts:
              ok: 1
              bad: -1
              fine: 2
              "odd key": -5
            names:
              long: abcd
              short: ab

            """;
        var parsed = Mapped.ParseYaml(yaml, "m.yaml");
        var errors = ValidationAssert.Parsed(parsed).Validate(parsed.Positions).Errors;
        Assert.Equal(
            new[] { "minimum counts.bad m.yaml(3,8)", "minimum counts[\"odd key\"] m.yaml(5,14)", "max-length names.long m.yaml(7,9)" },
            errors.Select(Describe));
    }

    [Fact]
    public void Yaml_flow_map_errors_sit_at_their_own_entries()
    {
        const string yaml = "counts: {a: -1, b: 1, c: -2}\n";
        var parsed = Mapped.ParseYaml(yaml, "m.yaml");
        var errors = ValidationAssert.Parsed(parsed).Validate(parsed.Positions).Errors;
        Assert.Equal(new[] { "minimum counts.a m.yaml(1,13)", "minimum counts.c m.yaml(1,26)" }, errors.Select(Describe));
    }

    [Fact]
    public void Json_map_errors_sit_at_their_own_entries()
    {
        const string json = """
            {
              "counts": {
                "first": -1,
                "ok": 0,
                "last": -3
              },
              "names": {"x": "ab", "y": "abcdef"}
            }
            """;
        var parsed = Mapped.ParseJson(json, "m.json");
        var errors = ValidationAssert.Parsed(parsed).Validate(parsed.Positions).Errors;
        Assert.Equal(
            new[] { "minimum counts.first m.json(3,14)", "minimum counts.last m.json(5,13)", "max-length names.y m.json(7,29)" },
            errors.Select(Describe));
    }

    private static string Describe(DataError e) => $"{e.Code} {e.Path} {e.Source}({e.Line},{e.Column})";
}
