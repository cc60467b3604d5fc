using NewsSchema.Generated;
using System;
using System.Diagnostics;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.ValidationAssert;

namespace NewsSchema.Tests;

/// <summary>
/// Validation cannot be made to hang by a hostile value, and validating valid data allocates
/// nothing once warm (a correctness guard on the generated code, not a timing test).
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public class ValidationSafetyTests
{
    private static readonly string HostileValue = new string('a', 50_000) + "!";

    [Fact]
    public void Hostile_patterns_match_what_they_should()
    {
        Valid(new Hostile { Nested = "aaaa", Backreference = "aaaa", Lookahead = "aaaa" }.Validate());
        var result = new Hostile { Nested = "aab", Backreference = "b", Lookahead = "ba" }.Validate();
        Assert.Equal(new[] { "nested", "backreference", "lookahead" }, result.Errors.Select(e => e.Path));
        Assert.All(result.Errors, e => Assert.Equal("pattern", e.Code));
    }

    [Fact]
    public void Nested_quantifier_on_a_long_hostile_string_fails_fast()
    {
        // ^(a+)+$ runs on the non-backtracking engine: linear in the length of the value.
        var watch = Stopwatch.StartNew();
        var result = new Hostile { Nested = HostileValue }.Validate();
        watch.Stop();
        var error = Assert.Single(result.Errors);
        Assert.Equal("pattern", error.Code);
        Assert.Equal("nested", error.Path);
        Assert.Contains("^(a+)+$", error.Message, StringComparison.Ordinal);
        Assert.Contains("(50001 characters)", error.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("backreference")]
    [InlineData("lookahead")]
    public void Backtracking_pattern_on_a_long_hostile_string_times_out_as_a_pattern_error(string field)
    {
        // A backreference or a lookahead needs the backtracking engine, which runs with a timeout.
        var value = field == "backreference" ? new Hostile { Backreference = HostileValue } : new Hostile { Lookahead = HostileValue };
        var watch = Stopwatch.StartNew();
        var result = value.Validate();
        watch.Stop();
        var error = Assert.Single(result.Errors);
        Assert.Equal("pattern", error.Code);
        Assert.Equal(field, error.Path);
        Assert.Contains("(50001 characters)", error.Message, StringComparison.Ordinal);

        // The timeout path itself, not a plain non-match: the message says the match took too long.
        Assert.StartsWith("matching the pattern '", error.Message, StringComparison.Ordinal);
        Assert.Contains("took longer than 200 ms", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("must match", error.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void CheckPattern_turns_a_timeout_into_the_timeout_message()
    {
        // A regex with a 1 ms budget on a value it needs exponential time for: it must time out.
        var regex = new System.Text.RegularExpressions.Regex("^(a|aa)+$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromMilliseconds(1));
        var message = ValidationRules.CheckPattern(regex, HostileValue);
        Assert.NotNull(message);
        Assert.StartsWith("matching the pattern '^(a|aa)+$' took longer than 1 ms", message, StringComparison.Ordinal);

        // And a plain non-match is the other message.
        Assert.StartsWith("must match the pattern", ValidationRules.CheckPattern(regex, "b"), StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_value_read_from_yaml_reports_a_positioned_pattern_error()
    {
        var yaml = $"""
            nested: ok
            backreference: {HostileValue}
            lookahead: {HostileValue}

            """;
        var parsed = Hostile.ParseYaml(yaml, "hostile.yaml");
        var value = Parsed(parsed);
        var watch = Stopwatch.StartNew();
        var result = value.Validate(parsed.Positions);
        watch.Stop();
        Errors(
            result,
            Error("pattern", "nested", "hostile.yaml", 1, 9, "'ok'"),
            Error("pattern", "backreference", "hostile.yaml", 2, 16, "(50001 characters)"),
            Error("pattern", "lookahead", "hostile.yaml", 3, 12, "(50001 characters)"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Validating_a_valid_record_allocates_nothing()
    {
        var parsed = Checked.ParseYaml(ReadData("valid.yaml"), "valid.yaml");
        var value = Parsed(parsed);
        var positions = parsed.Positions;
        Assert.NotNull(positions);
        AssertNoAllocation(() => value.Validate(positions));
        AssertNoAllocation(() => value.Validate());

        var schedule = Parsed(Schedule.ParseYaml("""
            spans:
              - { startsOn: 2026-01-01, endsOn: 2026-01-02 }

            """, "span.yaml"));
        AssertNoAllocation(() => schedule.Validate());

        var unique = Parsed(SuiteUniqueItems.ParseYaml(
            """
                ints: [1, 2, 3]
                doubles: [1.5, 2]
                strings: [a, b]
                objects: [{foo: a}, {foo: b}]
                arrays: [[a], [b]]
                pairs: [{a: 1, b: 2}, {a: 2, b: 1}]

                """));
        AssertNoAllocation(() => unique.Validate());
    }

    [Fact]
    public void Validating_a_valid_catalog_allocates_nothing()
    {
        var catalog = Parsed(TestCatalog.ParseYaml(
            """
            owners:
              - id: alice
                name: Alice
              - id: bob
                name: Bob
            samples:
              - id: first
                title: First
                owner: alice
                owners: [alice, bob]
                point: { lat: 1, lon: 2 }
                points:
                  - { lat: 3, lon: 4 }
                color: red
              - id: second
                title: Second
                owner: bob
            """,
            "catalog.yaml"));
        AssertNoAllocation(() => catalog.Validate());
    }

    /// <summary>
    /// The catalog validates its owners, then its samples; a file that lists them the other way
    /// round misses the positions' cursor at each list. Every validation of a freshly parsed
    /// catalog, the first one included, finds the next list by a walk, not by building a lookup of
    /// every record.
    /// </summary>
    [Fact]
    public void Validating_a_catalog_in_another_order_than_its_file_allocates_nothing_from_the_first_time()
    {
        var yaml = string.Concat(Enumerable.Range(0, 50).Select(i => $"  - id: s{i}\n    title: S{i}\n    owner: o{i % 7}\n    owners: [o{i % 3}, o{(i + 1) % 3}]\n"));
        var owners = string.Concat(Enumerable.Range(0, 7).Select(i => $"  - id: o{i}\n    name: O{i}\n"));
        var text = "samples:\n" + yaml + "owners:\n" + owners;
        Valid(Parsed(TestCatalog.ParseYaml(text, "warm.yaml")).Validate()); // statics, patterns and the code paths, once
        var catalog = Parsed(TestCatalog.ParseYaml(text, "catalog.yaml"));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = true;
        for (var i = 0; i < 50; i++)
        {
            // Each validation misses the cursor twice; none of them, first or fiftieth, builds a lookup.
            valid &= catalog.Validate().IsValid;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(valid);
        Assert.True(allocated == 0, $"the first 50 validations allocated {allocated} bytes");
    }

    private static void AssertNoAllocation(Func<ValidationResult> validate)
    {
        for (var i = 0; i < 200; i++)
        {
            Valid(validate());
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var valid = true;
        for (var i = 0; i < 1_000; i++)
        {
            valid &= validate().IsValid;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(valid);
        Assert.True(allocated == 0, $"validating valid data 1000 times allocated {allocated} bytes");
    }
}

/// <summary>
/// Tests that count the bytes a call allocates run alone. A generated validator's pattern is one
/// static <c>Regex</c> per field, shared by every thread, and a <c>Regex</c> keeps one matcher to
/// reuse: while another test class validates the same type on another thread, this thread's call
/// builds a matcher of its own (one CI run counted 2,184 bytes in 1,000 calls), which is .NET's cost of concurrent matching, not an
/// allocation of the validator's.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasurementCollection
{
    public const string Name = "Allocation measurements (alone)";
}
