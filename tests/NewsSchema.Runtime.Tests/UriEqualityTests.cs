using System;
using System.Collections.Generic;
using NewsSchema.Tests.Hardening;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// Two records are equal exactly when they hold the same values, that is when they write the same
/// text. <c>System.Uri.Equals</c> ignores the fragment (and the case of scheme and host), so every
/// place a URI can sit is checked: a field, a required field, a list item, a map value, a nested
/// collection, a family member's own and inherited fields, and <c>uniqueItems</c>.
/// </summary>
public class UriEqualityTests
{
    private static readonly (string A, string B)[] DifferentText =
    [
        ("https://example.org/doc#intro", "https://example.org/doc#appendix"),
        ("https://example.org/doc", "https://example.org/doc#intro"),
        ("https://Example.org/doc", "https://example.org/doc"),
        ("HTTPS://example.org/doc", "https://example.org/doc"),
        ("https://example.org/a%41", "https://example.org/aA"),
    ];

    private static Linked Make(Uri home, Uri? link = null, Uri[]? links = null, Dictionary<string, Uri>? named = null)
        => new() { Home = home, Link = link, Links = links ?? [], Named = named ?? new Dictionary<string, Uri>() };

    [Fact]
    public void Records_whose_uris_differ_in_text_are_not_equal_in_any_position()
    {
        foreach (var (a, b) in DifferentText)
        {
            Uri ua = new(a), ub = new(b);
            Assert.NotEqual(Make(ua), Make(ub));
            Assert.NotEqual(Make(ua, link: ua), Make(ua, link: ub));
            Assert.NotEqual(Make(ua, links: [ua]), Make(ua, links: [ub]));
            Assert.NotEqual(Make(ua, named: new() { ["k"] = ua }), Make(ua, named: new() { ["k"] = ub }));
            Assert.NotEqual(
                Make(ua) with { Nested = [new Dictionary<string, Uri> { ["k"] = ua }] },
                Make(ua) with { Nested = [new Dictionary<string, Uri> { ["k"] = ub }] });
            Assert.NotEqual(new WebSource { Origin = ua, Page = ua }, new WebSource { Origin = ub, Page = ua });
            Assert.NotEqual(new WebSource { Origin = ua, Page = ua }, new WebSource { Origin = ua, Page = ub });
            Assert.NotEqual(new PrintSource { Origin = ua }, new PrintSource { Origin = ub });

            // Not equal means they write different text, and equal ones write the same.
            Assert.NotEqual(Make(ua).ToYaml(), Make(ub).ToYaml());
        }
    }

    [Fact]
    public void Records_with_the_same_uri_text_are_equal_and_hash_alike()
    {
        foreach (var (a, _) in DifferentText)
        {
            var left = Make(new Uri(a), new Uri(a), [new Uri(a)], new() { ["k"] = new Uri(a) }) with { Nested = [new Dictionary<string, Uri> { ["k"] = new Uri(a) }] };
            var right = Make(new Uri(a), new Uri(a), [new Uri(a)], new() { ["k"] = new Uri(a) }) with { Nested = [new Dictionary<string, Uri> { ["k"] = new Uri(a) }] };
            Assert.Equal(left, right);
            Assert.Equal(left.GetHashCode(), right.GetHashCode());
            Assert.Equal(new WebSource { Origin = new Uri(a), Page = new Uri(a) }, new WebSource { Origin = new Uri(a), Page = new Uri(a) });
            Assert.Equal(new WebSource { Origin = new Uri(a) }.GetHashCode(), new WebSource { Origin = new Uri(a) }.GetHashCode());
        }

        // Different family members with the same inherited values stay different.
        Assert.NotEqual<Source>(new WebSource { Origin = new Uri("https://a.org") }, new PrintSource { Origin = new Uri("https://a.org") });
    }

    [Fact]
    public void Parsed_records_round_trip_to_equal_records()
    {
        var parsed = Linked.FromYaml("""
            home: https://example.org/doc#intro
            links:
              - https://example.org/doc#appendix

            """, "l.yaml");
        Assert.Equal(parsed, Linked.FromYaml(parsed.ToYaml(), "again.yaml"));
        Assert.NotEqual(parsed, Make(new Uri("https://example.org/doc#appendix"), links: [new Uri("https://example.org/doc#appendix")]));
    }

    [Fact]
    public void UniqueItems_tells_uris_apart_by_their_text()
    {
        foreach (var (a, b) in DifferentText)
        {
            var distinct = Make(new Uri(a)) with { UniqueLinks = [new Uri(a), new Uri(b)] };
            Assert.True(distinct.Validate().IsValid, a + " and " + b + " are different values");
            var many = new List<Uri>();
            for (var i = 0; i < 70; i++)
            {
                many.Add(new Uri(a + "x" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            many.Add(new Uri(b));
            Assert.True((Make(new Uri(a)) with { UniqueLinks = many }).Validate().IsValid, "above 64 items too");
        }

        var repeated = Make(new Uri("https://a.org")) with { UniqueLinks = [new Uri("https://a.org/#x"), new Uri("https://a.org/#x")] };
        Assert.False(repeated.Validate().IsValid);
    }
}
