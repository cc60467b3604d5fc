using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>A custom rule reports at a nested field or list item with that item's own path and position (PollRules.cs).</summary>
public class NestedRuleTests
{
    private const string Yaml = """
        pollster: Acme
        results:
          - party: red
            percent: 60
          - party: blue
            percent: 30
          - party: red
            percent: 20
        summary:
          respondents: 1000
          parties: 2
        """;

    [Fact]
    public void Errors_of_a_rule_on_the_parent_carry_the_nested_path_and_position_in_yaml()
    {
        var parsed = Poll.ParseYaml(Yaml, "poll.yaml");
        var errors = parsed.GetValueOrThrow().Validate(parsed.Positions).Errors.Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "poll.yaml(8,14): error custom at results[2].percent: brings the total to 110%, over 100%",
                "poll.yaml(7,5): error custom at results[2]: 'red' has a result already",
                "poll.yaml(11,12): error custom at summary.parties: says 2 parties, but there are 3 results",
            ],
            errors);
    }

    [Fact]
    public void The_same_rule_on_json_data_gives_the_json_positions()
    {
        const string Json = """
            {"pollster": "Acme", "results": [
              {"party": "red", "percent": 60},
              {"party": "red", "percent": 50}
            ]}
            """;
        var parsed = Poll.ParseJson(Json, "poll.json");
        var errors = parsed.GetValueOrThrow().Validate(parsed.Positions).Errors.Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "poll.json(3,31): error custom at results[1].percent: brings the total to 110%, over 100%",
                "poll.json(3,3): error custom at results[1]: 'red' has a result already",
            ],
            errors);
    }

    [Fact]
    public void A_scope_goes_deeper_and_reports_at_items_of_the_nested_records_lists()
    {
        const string Deep = """
            pollster: Acme
            results:
              - party: red
                percent: 40
              - party: blue
                percent: 30
                margin: { low: 35, high: 45 }
                notes:
                  - fine
                  - ''
            """;
        var parsed = Poll.ParseYaml(Deep, "deep.yaml");
        var errors = parsed.GetValueOrThrow().Validate(parsed.Positions).Errors.Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "deep.yaml(7,20): error custom at results[1].margin.low: 35 is above the result itself",
                "deep.yaml(10,9): error custom at results[1].notes[1]: a note cannot be empty",
            ],
            errors);
        Assert.Equal(["results[1].margin.low", "results[1].notes[1]"], Poll.FromYaml(Deep).Validate().Errors.Select(e => e.Path).ToArray());
    }

    [Fact]
    public void Without_positions_the_paths_are_the_same_and_the_positions_zero()
    {
        var poll = Poll.FromYaml(Yaml);
        var errors = poll.Validate().Errors;

        Assert.Equal(["results[2].percent", "results[2]", "summary.parties"], errors.Select(e => e.Path).ToArray());
        Assert.All(errors, e => Assert.Equal((0, 0), (e.Line, e.Column)));
    }
}
