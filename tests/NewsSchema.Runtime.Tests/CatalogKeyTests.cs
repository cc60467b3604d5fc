using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>An unknown catalog key lists the valid keys and suggests the closest, or the family plural when it names a member.</summary>
public class CatalogKeyTests
{
    private const string Keys = "expected one of: owners, parties, samples";

    [Theory]
    [InlineData("companies", "Company")]
    [InlineData("humans", "Human")]
    [InlineData("clubs", "Club")]
    [InlineData("bodies", "Body")]
    [InlineData("Company", "Company")]
    public void A_family_members_name_says_which_plural_the_family_uses(string key, string member)
    {
        var error = Single(TestCatalog.ParseYaml(key + ": []\n", "c.yaml"));
        AssertError(error, DataErrorCodes.UnknownField, key, 1, 1, $"'{key}' is not a key of the catalog; {Keys}; {member} is part of the family of Party, whose entities all go under 'parties' (each with its discriminator)");

        var json = Single(TestCatalog.ParseJson("{\"" + key + "\": []}", "c.json"));
        AssertError(json, DataErrorCodes.UnknownField, key, 1, 2, $"{member} is part of the family of Party, whose entities all go under 'parties'");
    }

    [Fact]
    public void A_misspelled_key_gets_the_closest()
    {
        var error = Single(TestCatalog.ParseYaml("""
            owners: []
            sampels: []

            """, "c.yaml"));
        AssertError(error, DataErrorCodes.UnknownField, "sampels", 2, 1, $"'sampels' is not a key of the catalog; {Keys}; did you mean 'samples'?");
    }

    [Fact]
    public void A_key_close_to_nothing_lists_the_keys_only()
    {
        var error = Single(TestCatalog.ParseYaml("venues: []\n", "c.yaml"));
        Assert.Equal($"'venues' is not a key of the catalog; {Keys}", error.Message);
    }

    [Fact]
    public void An_enum_value_in_data_that_starts_a_wire_name_suggests_it()
    {
        var error = Single(NewsSchema.Tests.Model.Sample.ParseYaml("""
            id: a
            title: T
            mood: deep

            """, "s.yaml"));
        Assert.EndsWith("did you mean 'deep-blue'?", error.Message);
    }
}
