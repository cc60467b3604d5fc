using System;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.ValidationAssert;

namespace NewsSchema.Tests;

/// <summary>
/// One failing data file per constraint key (Data/validation/*.yaml, type <c>Checked</c> of
/// Schemas/validation.schema.yaml): every error with its code, path, file, line, column, and a
/// message that names the bound and the value found. Errors made in code (an enum value out of
/// range, <c>null!</c> in a required field) have a path but no position.
/// </summary>
public class ValidationErrorTests
{
    [Fact]
    public void Valid_file_has_no_errors()
    {
        var (value, result) = Read("valid.yaml");
        Valid(value.Validate(result.Positions));
        Valid(value.Validate());
    }

    [Fact]
    public void Min_length()
    {
        var (value, result) = Read("min-length.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("min-length", "name", "min-length.yaml", 2, 7, "at least 3", "has 2"));
    }

    [Fact]
    public void Max_length_of_a_field_and_of_a_list_item()
    {
        var (value, result) = Read("max-length.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("max-length", "name", "max-length.yaml", 2, 7, "at most 10", "has 12"),
            Error("max-length", "tags[2]", "max-length.yaml", 6, 5, "at most 5", "has 7"));
    }

    [Fact]
    public void Pattern_of_a_field_and_of_a_map_value()
    {
        var (value, result) = Read("pattern.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("pattern", "code", "pattern.yaml", 2, 7, "'^[A-Z]{3}$'", "'abc'"),
            Error("pattern", "labels.second", "pattern.yaml", 5, 11, "'^[a-z]+$'", "'Not-Lower'"));
    }

    [Fact]
    public void Minimum_of_numbers_dates_datetimes_list_items_and_nested_records()
    {
        var (value, result) = Read("minimum.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("minimum", "count", "minimum.yaml", 2, 8, "at least 1", "is 0"),
            Error("minimum", "price", "minimum.yaml", 3, 8, "at least 0.5", "is 0.25"),
            Error("minimum", "day", "minimum.yaml", 4, 6, "at least 2020-01-01", "is 2019-12-31"),
            Error("minimum", "seen", "minimum.yaml", 5, 7, "at least 2020-01-01T00:00:00", "is 2019-12-31T23:59:59"),
            Error("minimum", "scores[1]", "minimum.yaml", 6, 13, "at least 0", "is -1"),
            Error("minimum", "scores[3]", "minimum.yaml", 6, 20, "at least 0", "is -5"),
            Error("minimum", "points[1].lat", "minimum.yaml", 9, 12, "at least -90", "is -91"),
            Error("minimum", "points[1].lon", "minimum.yaml", 9, 22, "at least -180", "is -181"));
    }

    [Fact]
    public void Maximum_of_numbers_dates_datetimes_and_nested_records()
    {
        var (value, result) = Read("maximum.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("maximum", "count", "maximum.yaml", 2, 8, "at most 10", "is 11"),
            Error("maximum", "price", "maximum.yaml", 3, 8, "at most 99.99", "is 100"),
            Error("maximum", "big", "maximum.yaml", 4, 6, "at most 5000000000", "is 5000000001"),
            Error("maximum", "day", "maximum.yaml", 5, 6, "at most 2030-12-31", "is 2031-01-01"),
            Error("maximum", "seen", "maximum.yaml", 6, 7, "at most 2030-12-31T23:59:59", "is 2031-01-01T00:00:00"),
            Error("maximum", "where.lat", "maximum.yaml", 8, 8, "at most 90", "is 90.5"));
    }

    [Fact]
    public void Exclusive_minimum_on_the_bound_itself()
    {
        // 2020-01-01T02:00:00+02:00 is the bound 2020-01-01T00:00:00Z written with another offset.
        var (value, result) = Read("exclusive-minimum.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("exclusive-minimum", "ratio", "exclusive-minimum.yaml", 2, 8, "greater than 0", "is 0"),
            Error("exclusive-minimum", "big", "exclusive-minimum.yaml", 3, 6, "greater than 0", "is 0"),
            Error("exclusive-minimum", "moment", "exclusive-minimum.yaml", 4, 9, "greater than 2020-01-01T00:00:00", "is 2020-01-01T02:00:00"),
            Error("exclusive-minimum", "since", "exclusive-minimum.yaml", 5, 8, "greater than 2020-01-01", "is 2020-01-01"));
    }

    [Fact]
    public void Exclusive_maximum_on_the_bound_itself()
    {
        // 2030-12-31T22:00:00Z is the bound 2031-01-01T00:00:00+02:00 written with another offset.
        var (value, result) = Read("exclusive-maximum.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("exclusive-maximum", "ratio", "exclusive-maximum.yaml", 2, 8, "less than 1", "is 1"),
            Error("exclusive-maximum", "moment", "exclusive-maximum.yaml", 3, 9, "less than 2031-01-01T00:00:00+02:00", "is 2030-12-31T22:00:00"),
            Error("exclusive-maximum", "since", "exclusive-maximum.yaml", 4, 8, "less than 2030-01-01", "is 2030-01-01"));
    }

    [Fact]
    public void Min_items()
    {
        var result = Roster.ParseYaml(ReadData("min-items.yaml"), "min-items.yaml");
        var value = Parsed(result);
        Errors(
            value.Validate(result.Positions),
            Error("min-items", "members", "min-items.yaml", 3, 3, "at least 2", "has 1"));
    }

    [Fact]
    public void Min_items_counts_an_absent_list_as_empty()
    {
        // The language reads an absent optional list as an empty one (never null), so minItems
        // applies to it; the error sits at the record, where the key is missing.
        var result = Roster.ParseYaml("title: Nobody\n", "roster.yaml");
        Errors(
            Parsed(result).Validate(result.Positions),
            Error("min-items", "members", "roster.yaml", 1, 1, "at least 2", "has 0"));
    }

    [Fact]
    public void Max_items()
    {
        var (value, result) = Read("max-items.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("max-items", "tags", "max-items.yaml", 2, 7, "at most 3", "has 4"));
    }

    [Fact]
    public void Unique_items_reports_every_repeated_item()
    {
        var (value, result) = Read("unique-items.yaml");
        Errors(
            value.Validate(result.Positions),
            Error("unique-items", "tags[1]", "unique-items.yaml", 4, 5, "equal to item 0"),
            Error("unique-items", "tags[2]", "unique-items.yaml", 5, 5, "equal to item 0"));
    }

    [Fact]
    public void Unique_items_in_a_long_list_compares_numbers_by_value()
    {
        // Above 64 items the check hashes the items: 1.0 and 1.00 must still be one number.
        var decimals = string.Join(", ", Enumerable.Range(2, 98)) + ", 1.00";
        var result = SuiteUniqueItems.ParseYaml($"""
            decimals: [1.0, {decimals}]
            doubles: [1.0, {decimals}]

            """, "long.yaml");
        Errors(
            Parsed(result).Validate(result.Positions),
            Error("unique-items", "doubles[99]", "long.yaml", 2, "doubles: [1.0, ".Length + decimals.Length - "1.00".Length + 1, "equal to item 0"),
            Error("unique-items", "decimals[99]", "long.yaml", 1, "decimals: [1.0, ".Length + decimals.Length - "1.00".Length + 1, "equal to item 0"));
    }

    [Fact]
    public void Enum_value_not_in_the_schema_is_rejected_by_the_parser()
    {
        var result = Checked.ParseYaml(ReadData("enum.yaml"), "enum.yaml");
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Error("enum", "color", "enum.yaml", 2, 8, "purple").Check(error, error.ToString());
    }

    [Fact]
    public void Enum_value_out_of_range_made_in_code()
    {
        var value = new Checked { Title = "Cast", Color = (CheckedColor)42, Colors = [CheckedColor.Red, (CheckedColor)(-1)] };
        Errors(
            value.Validate(),
            Error("enum", "color", null, 0, 0, "42", "CheckedColor"),
            Error("enum", "colors[1]", null, 0, 0, "-1", "CheckedColor"));
    }

    [Fact]
    public void Enum_value_out_of_range_in_a_parsed_nested_list_keeps_positions_of_the_parsed_records()
    {
        // A record changed with 'with' is a new object without positions; records inside it keep theirs.
        var (value, result) = Read("minimum.yaml");
        var changed = value with { Count = 5, Price = 1, Day = null, Seen = null, Scores = [], Color = (CheckedColor)7 };
        Errors(
            changed.Validate(result.Positions),
            Error("minimum", "points[1].lat", "minimum.yaml", 9, 12, "at least -90", "is -91"),
            Error("minimum", "points[1].lon", "minimum.yaml", 9, 22, "at least -180", "is -181"),
            Error("enum", "color", null, 0, 0, "7 is not a defined CheckedColor value"));
    }

    [Fact]
    public void Required_field_missing_from_the_file_is_rejected_by_the_parser()
    {
        var result = Checked.ParseYaml(ReadData("required.yaml"), "required.yaml");
        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal("required", error.Code);
        Assert.Equal("title", error.Path);
        Assert.Equal("required.yaml", error.Source);
        Assert.Equal(1, error.Line);
        Assert.Contains("title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Required_field_set_to_null_in_code()
    {
        var value = new Checked { Title = null!, Where = new CheckedPoint { Lat = 1, Lon = 2 } };
        Errors(value.Validate(), Error("required", "title", null, 0, 0, "required"));

        var span = new Schedule { Spans = [new Span { StartsOn = new DateOnly(2026, 1, 1) }] };
        Valid(span.Validate());

        var owner = new Owner { Id = new OwnerId(null!), Name = null! };
        Errors(
            owner.Validate(),
            Error("required", "id", null, 0, 0, "required"),
            Error("required", "name", null, 0, 0, "required"));
    }

    [Fact]
    public void Null_items_and_map_values_made_in_code_are_reported_not_thrown()
    {
        var value = new Checked
        {
            Title = "Nulls",
            Tags = ["abc", null!],
            Labels = new System.Collections.Generic.Dictionary<string, string> { ["k"] = null! },
            Points = [new CheckedPoint { Lat = 1, Lon = 2 }, null!],
        };
        Errors(
            value.Validate(),
            Error("required", "tags[1]", null, 0, 0, "null"),
            Error("required", "labels.k", null, 0, 0, "null"),
            Error("required", "points[1]", null, 0, 0, "null"));
    }

    [Fact]
    public void NaN_made_in_code_fails_every_bound()
    {
        var value = new Checked { Title = "NaN", Ratio = double.NaN, Where = new CheckedPoint { Lat = double.NaN, Lon = 0 } };
        Errors(
            value.Validate(),
            Error("exclusive-minimum", "ratio", null, 0, 0, "greater than 0", "is NaN"),
            Error("exclusive-maximum", "ratio", null, 0, 0, "less than 1", "is NaN"),
            Error("minimum", "where.lat", null, 0, 0, "at least -90", "is NaN"),
            Error("maximum", "where.lat", null, 0, 0, "at most 90", "is NaN"));
    }

    [Fact]
    public void Entity_id_must_match_the_id_pattern()
    {
        var result = Owner.ParseYaml(ReadData("owner-id.yaml"), "owner-id.yaml");
        var owner = Parsed(result);
        Errors(
            owner.Validate(result.Positions),
            Error("pattern", "id", "owner-id.yaml", 1, 5, "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", "'Not An Id'"));
        Valid(new Owner { Id = new OwnerId("ok.id-2_x"), Name = "Fine" }.Validate());
    }

    [Fact]
    public void Every_error_of_a_file_is_reported_in_field_order()
    {
        var (value, result) = Read("several.yaml");
        const string F = "several.yaml";
        Errors(
            value.Validate(result.Positions),
            Error("min-length", "name", F, 3, 7, "at least 3", "has 2"),
            Error("pattern", "code", F, 4, 7, "^[A-Z]{3}$", "'abc'"),
            Error("maximum", "count", F, 5, 8, "at most 10", "is 11"),
            Error("exclusive-maximum", "ratio", F, 6, 8, "less than 1", "is 1"),
            Error("minimum", "price", F, 7, 8, "at least 0.5", "is 0.1"),
            Error("exclusive-minimum", "big", F, 8, 6, "greater than 0", "is 0"),
            Error("minimum", "day", F, 9, 6, "at least 2020-01-01", "is 2019-01-01"),
            Error("exclusive-maximum", "moment", F, 10, 9, "less than 2031-01-01T00:00:00+02:00", "is 2031-06-01T00:00:00"),
            Error("exclusive-maximum", "since", F, 11, 8, "less than 2030-01-01", "is 2030-02-01"),
            Error("minimum", "seen", F, 12, 7, "at least 2020-01-01T00:00:00", "is 2019-06-01T00:00:00"),
            Error("unique-items", "tags[2]", F, 13, 20, "equal to item 0"),
            Error("max-length", "tags[1]", F, 13, 11, "at most 5", "has 7"),
            Error("minimum", "scores[0]", F, 14, 10, "at least 0", "is -1"),
            Error("maximum", "points[1].lat", F, 17, 12, "at most 90", "is 95"));
    }

    [Fact]
    public void Without_positions_errors_have_paths_but_no_lines()
    {
        var (value, _) = Read("several.yaml");
        var result = value.Validate();
        Assert.Equal(14, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.True(e.Line == 0 && e.Column == 0 && e.Source is null, e.ToString()));
        Assert.Equal("points[1].lat", result.Errors[^1].Path);
    }

    [Fact]
    public void Positions_are_not_kept_when_tracking_is_off()
    {
        var result = Checked.ParseYaml(ReadData("min-length.yaml"), "min-length.yaml", new ParseOptions { TrackPositions = false });
        var value = Parsed(result);
        Assert.Null(result.Positions);
        Errors(value.Validate(result.Positions), Error("min-length", "name", null, 0, 0, "at least 3"));
    }

    [Fact]
    public void Custom_rule_reports_at_its_field_with_line_and_column()
    {
        var result = Schedule.ParseYaml(ReadData("span.yaml"), "span.yaml");
        var schedule = Parsed(result);
        Errors(
            schedule.Validate(result.Positions),
            Error("custom", "spans[1].endsOn", "span.yaml", 7, 13, "must not be before startsOn (2026-02-10)", "is 2026-02-01"));
    }

    [Fact]
    public void Custom_rule_runs_on_records_made_in_code()
    {
        var span = new Span { StartsOn = new DateOnly(2026, 3, 2), EndsOn = new DateOnly(2026, 3, 1) };
        Errors(span.Validate(), Error("custom", "endsOn", null, 0, 0, "must not be before startsOn"));
        Valid((span with { EndsOn = new DateOnly(2026, 3, 2) }).Validate());
        Valid((span with { EndsOn = null }).Validate());
    }

    [Fact]
    public void ThrowIfInvalid_throws_with_every_error()
    {
        var (value, result) = Read("minimum.yaml");
        var ex = Assert.Throws<DataException>(() => value.Validate(result.Positions).ThrowIfInvalid());
        Assert.Equal(8, ex.Errors.Count);
        Assert.Contains("minimum.yaml(2,8): error minimum at count: must be at least 1, but is 0", ex.Message, StringComparison.Ordinal);
        value.Validate(result.Positions);
        Read("valid.yaml").Value.Validate().ThrowIfInvalid();
    }

    private static (Checked Value, ParseResult<Checked> Result) Read(string name)
    {
        var result = Checked.ParseYaml(ReadData(name), name);
        return (Parsed(result), result);
    }
}
