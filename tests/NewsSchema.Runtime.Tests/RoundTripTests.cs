using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using NewsSchema.Tests.Model;
using Xunit;

#pragma warning disable CS0618 // Legacy is deprecated on purpose: round trips cover it too

namespace NewsSchema.Tests;

/// <summary>Property-based round trips: every valid Sample survives YAML, JSON and YAML→JSON→YAML.</summary>
public class RoundTripTests
{
    private static readonly string[] TrickyStrings =
    {
        "", " ", "  lead", "trail  ", "NO", "no", "Yes", "y", "n", "on", "off", "true", "False", "null", "Null", "~",
        "1984", "0x10", "0o17", "1e5", "-1", "+1", ".5", "1.0", ".inf", "-.inf", ".nan", "NaN", "2026-01-24", "12:30",
        "a: b", "a:b", "a:", ":a", "a #b", "a#b", "#c", "- x", "-x", "-", "--", "---", "...", "? x", "?x", "[a]", "{a: 1}",
        "a, b", "a,b", "'q'", "\"q\"", "it's", "say \"hi\"", "back\\slash", "\\n", """
            line
            break
            """, "cr\rlf", "\r\n", "tab\there",
        "\t", "trailing\n", "\nleading", "& anchor", "*alias", "!tag", "!!str", "%directive", "@at", "`tick", "|", ">", "<<",
        "=", "é", "日本語", "emoji 😀", "😀", "𝄞 music", "a\u00A0b", "\u00A0", "zero\u200Bwidth", "\u0085nel", "\u2028",
        "\u2029", "\uFEFFbom", "bell\u0007", "del\u007F", "c1\u0080\u009F", "\uE000private", "\uFFFD", "a  b", "a\t#b",
        "x # y", "# z", "k: v: w", "http://example.org/a?b=c#d", new string('x', 300), "x " + new string('y', 250),
    };

    private static readonly Gen<string> AnyChar = Gen.OneOf(
        Gen.Char['a', 'z'].Select(c => c.ToString()),
        Gen.Char[' ', '~'].Select(c => c.ToString()),
        Gen.OneOf("\n", "\r", "\t", "\u0000", "\u001F", "\u0085", "\u00A0", "\u2028", "\uFEFF", "é", "ß", "😀", "𝄞", "\U0010FFFD", "\uFFFD", "\uFFFE", "\uD7FF", "\uE000"),
        Gen.Int[0x80, 0xD7FF].Select(i => ((char)i).ToString()),
        Gen.Int[0x10000, 0x10FFFF].Select(char.ConvertFromUtf32));

    /// <summary>Any valid string (no lone surrogates: they are not text and cannot be written as UTF-8).</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.OneOf(TrickyStrings)),
        (3, QuotingPropertyTests.Biased.Where(s => NewsSchema.Generated.LoneSurrogates.IndexOf(s) < 0)),
        (3, AnyChar.Array[0, 12].Select(parts => string.Concat(parts))),
        (1, Gen.OneOf(TrickyStrings).Array[2, 3].Select(parts => string.Concat(parts))));

    private static readonly Gen<string> Id = Gen.OneOf(Gen.OneOf("a", "x-1", "2026", "null", "true", "no", "~", "a.b"), Text);

    private static readonly Gen<double> Double = Gen.Frequency(
        (3, Gen.Double),
        (1, Gen.OneOf(0.0, -0.0, 1.0, -1.5, double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 1e-300, 1e300, 5e-324, 0.1, 1.0 / 3, 123456789012345678.0, 1e21, 1e-7)),
        (2, Gen.Long.Select(l => (double)l)))
        .Where(double.IsFinite);

    private static readonly Gen<decimal> Decimal = Gen.Frequency(
        (3, Gen.Decimal),
        (1, Gen.OneOf(0m, -0m, 1.50m, 12.500m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -7.00m, 1e20m)),
        (2, Gen.Select(Gen.Long, Gen.Byte[0, 28], (l, scale) => new decimal((int)Math.Abs(l % 1_000_000_000), (int)Math.Abs((l / 1_000_000_000) % 1000), 0, l < 0, scale))));

    private static readonly Gen<DateOnly> Day = Gen.Int[DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<DateTimeOffset> Moment = Gen.Select(
        Gen.Long[new DateTime(1, 1, 2).Ticks, new DateTime(9999, 12, 30).Ticks],
        Gen.Int[-14 * 60, 14 * 60],
        Gen.OneOf<long>(1L, 10L, TimeSpan.TicksPerMillisecond, TimeSpan.TicksPerSecond, 7L),
        (ticks, minutes, unit) => new DateTimeOffset(ticks / unit * unit, TimeSpan.FromMinutes(minutes)));

    private static readonly Gen<Uri> Link = Gen.Select(
        Gen.OneOf("https://example.org/", "http://a.b/c?d=e#f", "urn:isbn:0451450523", "mailto:a@b.c", "file:///etc/passwd", "https://例え.jp/パス", "ftp://x/%20y", "https://example.org/a%2Fb", "https://example.org/#x"),
        Gen.Char['a', 'z'].Array[0, 5],
        (b, tail) => new Uri(b + new string(tail), UriKind.Absolute));

    private static readonly Gen<Point> APoint = Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], (lat, lon) => new Point { Lat = lat, Lon = lon });

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Const((T?)null)), (2, gen.Select(v => (T?)v)));

    private static Gen<T?> MaybeRef<T>(Gen<T> gen)
        where T : class
        => Gen.Frequency((1, Gen.Const((T?)null)), (2, gen.Select(v => (T?)v)));

    private static readonly Gen<string> Key = Gen.Frequency(
        (20, Text),
        (1, Gen.Select(Gen.Int[900, 1200], Gen.OneOf("k", "\n", "😀", "a b", "é"), (n, unit) => string.Concat(Enumerable.Repeat(unit, n)))));

    private static readonly Gen<Dictionary<string, int>> Scores = Gen.Select(Key, Gen.Int).Array[0, 6]
        .Select(pairs => pairs.GroupBy(p => p.Item1).ToDictionary(g => g.Key, g => g.First().Item2));

    public static readonly Gen<Sample> ASample =
        from id in Id
        from title in Text
        from count in Maybe(Gen.Int)
        from big in Maybe(Gen.Long)
        from ratio in Maybe(Double)
        from amount in Maybe(Decimal)
        from flag in Maybe(Gen.Bool)
        from day in Maybe(Day)
        from moment in Maybe(Moment)
        from link in MaybeRef(Link)
        from color in Maybe(Gen.Enum<Color>())
        from point in MaybeRef(APoint)
        from owner in Maybe(Id.Select(s => new OwnerId(s)))
        from tags in Text.Array[0, 5]
        from scores in Scores
        from points in APoint.Array[0, 3]
        from grid in Gen.Int.Array[0, 4].Array[0, 3]
        from owners in Id.Select(s => new OwnerId(s)).Array[0, 3]
        from level in Gen.Int
        from mood in Gen.Enum<Color>()
        from renamed in MaybeRef(Text)
        from legacy in MaybeRef(Text)
        select new Sample
        {
            Id = new SampleId(id),
            Title = title,
            Count = count,
            Big = big,
            Ratio = ratio,
            Amount = amount,
            Flag = flag,
            Day = day,
            Moment = moment,
            Link = link,
            Color = color,
            Point = point,
            Owner = owner,
            Tags = tags,
            Scores = scores,
            Points = points,
            Grid = grid.Select(EquatableList.From).ToArray(),
            Owners = owners,
            Level = level,
            Mood = mood,
            Renamed = renamed,
            Legacy = legacy,
        };

    private static string Show(Sample s) => s.ToJson();

    private static void AssertRoundTrip<T>(T expected, T? actual, string text)
    {
        Assert.True(Equals(expected, actual), "round trip changed the value; text was:\n" + text);
        Assert.Equal(expected!.GetHashCode(), actual!.GetHashCode());
    }

    [Fact]
    public void Yaml_round_trip()
        => ASample.Sample(x =>
        {
            var yaml = x.ToYaml();
            var result = Sample.ParseYaml(yaml);
            Assert.True(result.IsSuccess, string.Join("\n", result.Errors) + "\n" + yaml);
            AssertRoundTrip(x, result.Value, yaml);

            // The writer's UTF-8 target writes the same bytes, which read back from UTF-8.
            var utf8 = YamlWriterTargetTests.ToYamlUtf8(x);
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(yaml), utf8);
            AssertRoundTrip(x, Sample.ParseYaml(utf8).Value, yaml);
        }, iter: 2000, print: Show);

    [Fact]
    public void Json_round_trip()
        => ASample.Sample(x =>
        {
            var json = x.ToJson();
            var result = Sample.ParseJson(json);
            Assert.True(result.IsSuccess, string.Join("\n", result.Errors) + "\n" + json);
            AssertRoundTrip(x, result.Value, json);
            AssertRoundTrip(x, Sample.ParseJson(System.Text.Encoding.UTF8.GetBytes(json)).Value, json);
        }, iter: 2000, print: Show);

    [Fact]
    public void Yaml_to_json_to_yaml_gives_the_same_value_and_text()
        => ASample.Sample(x =>
        {
            var yaml = x.ToYaml();
            var fromYaml = Sample.FromYaml(yaml);
            var json = fromYaml.ToJson();
            var fromJson = Sample.FromJson(json);
            AssertRoundTrip(x, fromJson, json);
            Assert.Equal(yaml, fromJson.ToYaml());
        }, iter: 1000, print: Show);

    [Fact]
    public void List_round_trips()
        => ASample.Array[0, 4].Sample(xs =>
        {
            var yaml = Sample.ToYamlList(xs);
            var fromYaml = Sample.ParseYamlList(yaml);
            Assert.True(fromYaml.IsSuccess, string.Join("\n", fromYaml.Errors) + "\n" + yaml);
            Assert.Equal(xs, fromYaml.Value!);
            AssertRoundTrip<IReadOnlyList<Sample>>(EquatableList.From(xs), fromYaml.Value, yaml);

            var json = Sample.ToJsonList(xs);
            var fromJson = Sample.ParseJsonList(json);
            Assert.True(fromJson.IsSuccess, string.Join("\n", fromJson.Errors) + "\n" + json);
            AssertRoundTrip<IReadOnlyList<Sample>>(EquatableList.From(xs), fromJson.Value, json);
        }, iter: 300);

    [Fact]
    public void Separately_parsed_equal_documents_are_equal_with_equal_hash_codes()
    {
        const string yaml = """
            id: a
            title: T
            tags: [x, y]
            scores: {a: 1, b: 2}
            points: [{lat: 1, lon: 2}]
            grid: [[1, 2], []]
            owners: [o]

            """;
        var first = Sample.FromYaml(yaml);
        var second = Sample.FromYaml(yaml);
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());

        // Map order does not matter; list order does.
        var reordered = Sample.FromYaml(yaml.Replace("{a: 1, b: 2}", "{b: 2, a: 1}", StringComparison.Ordinal));
        Assert.Equal(first, reordered);
        Assert.Equal(first.GetHashCode(), reordered.GetHashCode());
        Assert.NotEqual(first, Sample.FromYaml(yaml.Replace("[x, y]", "[y, x]", StringComparison.Ordinal)));
        Assert.NotEqual(first, Sample.FromYaml(yaml.Replace("[[1, 2], []]", "[[1, 2], [3]]", StringComparison.Ordinal)));
        Assert.NotEqual(first, Sample.FromYaml(yaml.Replace("{a: 1, b: 2}", "{a: 1, b: 3}", StringComparison.Ordinal)));

        var json = Sample.FromJson(first.ToJson());
        Assert.Equal(first, json);
        Assert.Equal(first.GetHashCode(), json.GetHashCode());
    }

    [Fact]
    public void Built_values_equal_parsed_values()
    {
        var built = new Sample
        {
            Id = new SampleId("a"),
            Title = "T",
            Tags = new List<string> { "x", "y" },
            Scores = new Dictionary<string, int> { ["b"] = 2, ["a"] = 1 },
            Grid = new[] { EquatableList.Create(1, 2) },
        };
        var parsed = Sample.FromYaml("""
            id: a
            title: T
            tags: [x, y]
            scores: {a: 1, b: 2}
            grid: [[1, 2]]

            """);
        Assert.Equal(built, parsed);
        Assert.Equal(built.GetHashCode(), parsed.GetHashCode());
    }

    [Fact]
    public void Map_keys_longer_than_yaml_allows_for_implicit_keys_round_trip()
    {
        var sample = new Sample
        {
            Id = new SampleId("a"),
            Title = "T",
            Scores = new Dictionary<string, int> { [new string('k', 2000)] = 1, ["x " + new string('\n', 600)] = 2, ["short"] = 3 },
        };
        Assert.Equal(sample, Sample.FromYaml(sample.ToYaml()));
        Assert.Equal(new[] { sample, sample }, Sample.ParseYamlList(Sample.ToYamlList(new[] { sample, sample })).Value!);
        Assert.Contains($"""

              ? "{new string('k', 2000)}"
              : 1

            """, sample.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_zero_round_trips_as_a_double_equal_to_zero()
    {
        var sample = new Sample { Id = new SampleId("a"), Title = "T", Ratio = -0.0 };
        var back = Sample.FromYaml(sample.ToYaml());
        Assert.Equal(sample, back);
        Assert.Equal(sample, Sample.FromJson(sample.ToJson()));
        Assert.Equal(0.0, back.Ratio);
    }

    [Fact]
    public void Tricky_strings_round_trip_one_by_one()
    {
        foreach (var text in TrickyStrings)
        {
            var sample = new Sample { Id = new SampleId(text), Title = text, Tags = new[] { text }, Scores = new Dictionary<string, int> { [text] = 1 } };
            var yaml = sample.ToYaml();
            var result = Sample.ParseYaml(yaml);
            Assert.True(result.IsSuccess, $"{Escape(text)}:\n" + string.Join("\n", result.Errors) + "\n" + yaml);
            Assert.True(sample == result.Value, $"{Escape(text)} came back as {Escape(result.Value!.Title)}\n{yaml}");
            Assert.Equal(sample, Sample.FromJson(sample.ToJson()));
        }
    }

    [Fact]
    public void Writer_keeps_emoji_readable_and_quotes_what_must_be_quoted()
    {
        Assert.Equal("title: emoji 😀\n", Line(new Sample { Id = new SampleId("a"), Title = "emoji 😀" }.ToYaml(), "title"));
        Assert.Equal("title: \"NO\"\n", Line(new Sample { Id = new SampleId("a"), Title = "NO" }.ToYaml(), "title"));
        Assert.Equal("title: \"1984\"\n", Line(new Sample { Id = new SampleId("a"), Title = "1984" }.ToYaml(), "title"));
        Assert.Equal("title: \"a: b\"\n", Line(new Sample { Id = new SampleId("a"), Title = "a: b" }.ToYaml(), "title"));
        Assert.Equal("title: \"a #b\"\n", Line(new Sample { Id = new SampleId("a"), Title = "a #b" }.ToYaml(), "title"));
        Assert.Equal("title: \"\"\n", Line(new Sample { Id = new SampleId("a"), Title = "" }.ToYaml(), "title"));
    }

    [Fact]
    public void Yaml_output_is_printable_yaml_for_any_reader()
        => ASample.Sample(x =>
        {
            foreach (var c in x.ToYaml())
            {
                var printable = c is '\n' or (>= '\u0020' and <= '\u007E') or (>= '\u00A0' and <= '\uFFFD') && c is not ('\u2028' or '\u2029' or '\uFEFF');
                Assert.True(printable || char.IsSurrogate(c), $"U+{(int)c:X4} written unescaped");
            }

            foreach (var (high, i) in x.ToYaml().Select((c, i) => (c, i)).Where(p => char.IsHighSurrogate(p.c)))
            {
                Assert.True(char.IsLowSurrogate(x.ToYaml()[i + 1]));
            }
        }, iter: 300, print: Show);

    [Fact]
    public void Control_characters_are_escaped()
    {
        var yaml = new Sample { Id = new SampleId("a"), Title = "c1\u0080\u009F del\u007F nul\u0000 \uFFFE" }.ToYaml();
        Assert.Contains("title: \"c1\\u0080\\u009F del\\u007F nul\\0 \\uFFFE\"", yaml, StringComparison.Ordinal);
    }

    private static string Line(string yaml, string key)
        => yaml.Split('\n').First(l => l.StartsWith(key + ":", StringComparison.Ordinal)) + "\n";

    private static string Escape(string s)
        => string.Concat(s.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString(CultureInfo.InvariantCulture)));
}
