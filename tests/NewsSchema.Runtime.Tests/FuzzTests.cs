using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// Mutated documents (fixed seed) never make the parsers throw: ParseX returns a result and
/// FromX throws only <see cref="DataException"/>.
/// </summary>
public class FuzzTests
{
    private const int Mutations = 400;

    private static readonly string[] Inserts = { "[", "{", "]", "}", "&a ", "*a", "*a ", "&a", "!tag ", "!!python/object ", "\t", "\"", "'", ":", ": ", "- ", "\n", "\r", "#", "?", "|", ">", "%", "---\n", "\\", "\u00e9", "😀", "\uFEFF", "\0", ",", "null", "1e999" };

    private static IEnumerable<string> SeedYaml()
    {
        yield return SampleDocuments.ValidYaml;
        yield return """
            id: a
            title: &t T
            legacy: *t
            tags: &l [a, b]
            owners: *l

            """;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "errors"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            yield return File.ReadAllText(file);
        }

        yield return new Sample
        {
            Id = new SampleId("1984"),
            Title = "a: b # c\n\"quoted\" 😀 \t",
            Tags = new[] { "NO", "", " x ", "é\u0085" },
            Scores = new Dictionary<string, int> { ["odd: key"] = 1, [""] = 2 },
            Points = new[] { new Point { Lat = -0.5, Lon = 1e-7 } },
            Grid = new[] { EquatableList.Create(1, -2), EquatableList.Create<int>() },
            Moment = new DateTimeOffset(2026, 1, 24, 10, 0, 0, 123, TimeSpan.FromHours(-5.5)),
        }.ToYaml();
    }

    private static IEnumerable<string> SeedJson()
        => SeedYaml().Select(y => Sample.ParseYaml(y)).Where(r => r.IsSuccess).Select(r => r.Value!.ToJson())
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "errors"), "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText));

    private static IEnumerable<byte[]> Mutate(IEnumerable<string> seeds, int seed)
    {
        var random = new Random(seed);
        var documents = seeds.Select(Encoding.UTF8.GetBytes).ToArray();
        for (var n = 0; n < Mutations; n++)
        {
            var bytes = documents[random.Next(documents.Length)].ToList();
            var edits = 1 + random.Next(4);
            for (var e = 0; e < edits && bytes.Count > 0; e++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    case 1:
                        bytes[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 2:
                        bytes[at] = (byte)random.Next(256);
                        break;
                    case 3:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(10)));
                        break;
                    case 4:
                        var count = Math.Min(bytes.Count - at, 1 + random.Next(40));
                        bytes.InsertRange(at, bytes.GetRange(at, count));
                        break;
                    default:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(Inserts[random.Next(Inserts.Length)]));
                        break;
                }
            }

            yield return bytes.ToArray();
        }
    }

    private static void NeverThrows(string name, byte[] bytes, Action<byte[]> parse)
    {
        try
        {
            parse(bytes);
        }
        catch (DataException)
        {
            // FromX documents this.
        }
        catch (Exception ex)
        {
            Assert.Fail($"{name} threw {ex.GetType().Name}: {ex.Message}\ninput (base64): {Convert.ToBase64String(bytes)}\n{ex}");
        }
    }

    private static void CheckResult<T>(ParseResult<T> result)
    {
        Assert.Equal(result.IsSuccess, result.Errors.Count == 0);
        Assert.Equal(result.IsSuccess, result.Value is not null);
        foreach (var error in result.Errors)
        {
            Assert.False(string.IsNullOrEmpty(error.Code));
            Assert.NotNull(error.Path);
            Assert.False(string.IsNullOrEmpty(error.Message));
            Assert.True(error.Line >= 0 && error.Column >= 0);
        }
    }

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    [Fact]
    public void Yaml_entry_points_return_results()
    {
        foreach (var bytes in Mutate(SeedYaml(), 1))
        {
            NeverThrows("ParseYaml(string)", bytes, b => CheckResult(Sample.ParseYaml(Text(b))));
            NeverThrows("ParseYaml(bytes)", bytes, b => CheckResult(Sample.ParseYaml(b)));
            NeverThrows("ParseYamlList", bytes, b => CheckResult(Sample.ParseYamlList("- " + Text(b).Replace("\n", "\n  ", StringComparison.Ordinal))));
            NeverThrows("FromYaml", bytes, b => Sample.FromYaml(Text(b)));
            NeverThrows("Owner.ParseYaml", bytes, b => CheckResult(Owner.ParseYaml(Text(b))));
        }
    }

    [Fact]
    public void Json_entry_points_return_results()
    {
        foreach (var bytes in Mutate(SeedJson(), 2))
        {
            NeverThrows("ParseJson(string)", bytes, b => CheckResult(Sample.ParseJson(Text(b))));
            NeverThrows("ParseJson(bytes)", bytes, b => CheckResult(Sample.ParseJson(b)));
            NeverThrows("ParseJsonList", bytes, b => CheckResult(Sample.ParseJsonList("[" + Text(b) + "]")));
            NeverThrows("FromJson", bytes, b => Sample.FromJson(Text(b)));
            NeverThrows("Owner.ParseJson", bytes, b => CheckResult(Owner.ParseJson(b)));
        }
    }

    [Fact]
    public void Json_text_through_the_yaml_parser_returns_results()
    {
        foreach (var bytes in Mutate(SeedJson(), 3))
        {
            NeverThrows("ParseYaml(json)", bytes, b => CheckResult(Sample.ParseYaml(b)));
        }
    }

    [Fact]
    public void An_unclosed_flow_collection_is_a_syntax_error_near_it()
    {
        // YamlDotNet throws InvalidOperationException here, not a YamlException.
        var result = Sample.ParseYaml("""
            id: a
            title: T
            point: {lat: 1
            owner: o

            """);
        var error = Assert.Single(result.Errors);
        Assert.Equal(DataErrorCodes.Syntax, error.Code);
        Assert.Equal("point.lat", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[&a [*a]]")]
    [InlineData("&a [*a]")]
    [InlineData("""
        id: &a a
        title: *a
        *a : x

        """)]
    [InlineData("""
        ? [a]
        : b

        """)]
    [InlineData("""
        id: a
        title: T
        ? x

        """)]
    [InlineData("!<tag:yaml.org,2002:python/object> x")]
    [InlineData("""
        %YAML 1.2
        %TAG ! tag:example.com,2000:
        ---
        id: !foo a

        """)]
    [InlineData("""
        id: a
        title: T
        <<: {count: 1}

        """)]
    [InlineData("{id: a, title: T, [x]: 1}")]
    [InlineData("""
        id: a
        title: |
          x
         y

        """)]
    [InlineData("\t- x")]
    [InlineData("""
        id: 'a
        title: T
        """)]
    [InlineData("""
        id: a
        title: "\xZZ"
        """)]
    [InlineData("""
        id: a
        title: "\uD800"
        """)]
    [InlineData("*")]
    [InlineData("&")]
    [InlineData("!")]
    [InlineData("- !!map [a]")]
    [InlineData("{a: *b}")]
    [InlineData("""
        id: a
        title: T
        ...
        ---

        """)]
    public void Odd_yaml_returns_results(string yaml)
    {
        NeverThrows("ParseYaml", Encoding.UTF8.GetBytes(yaml), b => CheckResult(Sample.ParseYaml(Text(b))));
        NeverThrows("ParseYamlList", Encoding.UTF8.GetBytes(yaml), b => CheckResult(Sample.ParseYamlList(Text(b))));
    }
}
