using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsSchema.Generated;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The writers' rule is exact: for every string, as a value, a list item and a map key,
/// Parse(Write(x)) == x, in YAML and in JSON. The strings come from a generator biased toward what
/// YAML treats specially: indicators (alone, first, after a space, last), ": " and " #", leading and
/// trailing spaces, every kind of line break, the YAML 1.1 and 1.2 booleans, numbers and nulls,
/// document markers, and lone surrogates (which must be refused when written, never changed).
/// </summary>
public class QuotingPropertyTests
{
    private static readonly string[] Indicators = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "~", "=", "<", "\\"];

    private static readonly string[] Forms =
    [
        ": ", " #", " ", "  ", "\t", "- ", "? ", ": x", "#", ":",
        "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\v", "\f",
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
        "~", "null", "Null", "NULL", "",
        "0", "-0", "+1", "1_000", "0x1F", "0o17", "0b101", "017", "1e3", "1E-3", ".5", "5.", "-.inf", ".Inf", ".NAN", ".nan", "1:20", "190:20:30.15", "2026-01-24", "2026-01-24T10:00:00Z",
        "---", "...", "--- x", "... x", "%YAML 1.2", "<<", "=",
        "a", "b c", "é", "日本", "😀", "\u00A0", "\uFEFF", "\u200B", "\0", "\u0007", "\u007F", "\u009F", "\uFFFE",
    ];

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Gen.OneOf(Forms)),
        (4, Gen.OneOf(Indicators)),
        (3, Gen.OneOf(Indicators).Select(i => " " + i)),
        (2, Gen.OneOf(Indicators).Select(i => i + " ")),
        (2, Gen.Char['a', 'z'].Array[1, 4].Select(c => new string(c))),
        (1, Gen.Int[0x20, 0x7E].Select(i => ((char)i).ToString())));

    /// <summary>Strings of one to five fragments; sometimes with a lone surrogate put in.</summary>
    public static readonly Gen<string> Biased = Gen.Frequency(
        (12, Fragment.Array[1, 5].Select(string.Concat)),
        (1, Gen.Select(Fragment.Array[0, 3].Select(string.Concat), Gen.OneOf('\uD800', '\uDBFF', '\uDC00', '\uDFFF'), Gen.Int[0, 3], (s, lone, at) => s.Insert(Math.Min(at, s.Length), lone.ToString()))));

    private static bool HasLoneSurrogate(string s) => LoneSurrogates.IndexOf(s) >= 0;

    private static Sample With(string title, string item, string key)
        => new() { Id = new SampleId("a"), Title = title, Tags = [item, "x"], Scores = new Dictionary<string, int> { [key] = 1 } };

    [Fact]
    public void Every_string_round_trips_as_value_item_and_key_in_yaml_and_json()
        => Gen.Select(Biased, Biased, Biased).Sample((title, item, key) =>
        {
            var sample = With(title, item, key);
            if (HasLoneSurrogate(title) || HasLoneSurrogate(item) || HasLoneSurrogate(key))
            {
                Assert.Throws<ArgumentException>(() => sample.ToYaml());
                Assert.Throws<ArgumentException>(() => YamlWriterTargetTests.ToYamlUtf8(sample));
                Assert.Throws<ArgumentException>(() => sample.ToJson());
                return;
            }

            var yaml = sample.ToYaml();
            var fromYaml = Sample.ParseYaml(yaml, "w.yaml");
            Assert.True(fromYaml.IsSuccess, "YAML written cannot be read back:\n" + yaml + "\n" + string.Join("\n", fromYaml.Errors));
            Assert.Equal(sample, fromYaml.Value);

            // The writer's UTF-8 target: the same text, byte for byte, and it reads back from the bytes.
            var utf8 = YamlWriterTargetTests.ToYamlUtf8(sample);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(yaml), utf8);
            Assert.Equal(sample, Sample.ParseYaml(utf8, "w.yaml").Value);

            var json = sample.ToJson();
            var fromJson = Sample.ParseJson(json, "w.json");
            Assert.True(fromJson.IsSuccess, "JSON written cannot be read back:\n" + json + "\n" + string.Join("\n", fromJson.Errors));
            Assert.Equal(sample, fromJson.Value);
        }, iter: 20_000);

    /// <summary>
    /// Text made only of letters, digits, spaces and <c>. _ ( ) /</c> is decided without the
    /// character loop; the rules about the first and last character and the reserved words still
    /// hold for it, in any case.
    /// </summary>
    [Theory]
    [InlineData("Talks in Geneva", true)]
    [InlineData("a.b_c (d)/e 42", true)]
    [InlineData("yes please", true)]
    [InlineData("y", false)]
    [InlineData("N", false)]
    [InlineData("No", false)]
    [InlineData("oN", false)]
    [InlineData("YES", false)]
    [InlineData("Off", false)]
    [InlineData("nULL", false)]
    [InlineData("True", false)]
    [InlineData("FALSE", false)]
    [InlineData("falsey", true)]
    [InlineData("9 am", false)]
    [InlineData(".5", false)]
    [InlineData("(draft)", true)]
    [InlineData("trailing ", false)]
    [InlineData(" leading", false)]
    public void Simple_text_is_plain_unless_a_rule_says_otherwise(string text, bool plain)
        => Assert.Equal(plain, YamlWriter.CanBePlain(text));

    /// <summary>The review's examples, and their class: an indicator after a space inside a key or value.</summary>
    [Theory]
    [InlineData("a *b")]
    [InlineData("see *note*")]
    [InlineData("a &b")]
    [InlineData("a !b")]
    [InlineData("a |b")]
    [InlineData("a >b")]
    [InlineData("a %b")]
    [InlineData("a @b")]
    [InlineData("a `b")]
    [InlineData("a 'b")]
    [InlineData("a \"b")]
    [InlineData("a -b")]
    [InlineData("a ?b")]
    [InlineData("a :b")]
    public void Indicator_after_a_space_round_trips(string text)
    {
        var sample = With(text, text, text);
        Assert.Equal(sample, Sample.FromYaml(sample.ToYaml(), "w.yaml"));
    }
}
