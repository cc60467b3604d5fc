using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests.Utf8Yaml;

/// <summary>Positions, spans, limits and located errors of <see cref="Utf8YamlReader"/>.</summary>
public class Utf8YamlReaderTests
{
    private static List<(string Event, int Line, int Column)> Located(string yaml, ParseOptions? options = null)
    {
        var result = new List<(string, int, int)>();
        var reader = new Utf8YamlReader(Encoding.UTF8.GetBytes(yaml), options);
        try
        {
            while (reader.Read())
            {
                result.Add((YamlEventText.Line(ref reader), reader.Line, reader.Column));
            }
        }
        finally
        {
            reader.Dispose();
        }

        return result;
    }

    private static Utf8YamlException Error(string yaml, ParseOptions? options = null)
        => Assert.Throws<Utf8YamlException>(() => Located(yaml, options));

    [Fact]
    public void ScalarPositionsCountUtf16CodeUnits()
    {
        var events = Located("é: [a, \"b\"]\n😀x: &k |\n  text\r\nz: *k\n");
        Assert.Equal(
            new[]
            {
                ("+STR", 1, 1), ("+DOC", 1, 1), ("+MAP", 1, 1),
                ("=VAL :é", 1, 1), ("+SEQ []", 1, 4), ("=VAL :a", 1, 5), ("=VAL \"b", 1, 8), ("-SEQ", 1, 11),
                ("=VAL :😀x", 2, 1), ("=VAL &k |text\\n", 2, 6),
                ("=VAL :z", 4, 1), ("=ALI *k", 4, 4),
                ("-MAP", 5, 1), ("-DOC", 5, 1), ("-STR", 5, 1),
            },
            events.ToArray());
    }

    [Fact]
    public void PlainAndSimpleQuotedScalarsAreSlicesOfTheInput()
    {
        var bytes = Encoding.UTF8.GetBytes("""
            a: plain text
            b: 'quoted'
            c: "esc\tape"
            d: folded
              plain

            """);
        var raw = new List<(string, bool)>();
        var reader = new Utf8YamlReader(bytes);
        while (reader.Read())
        {
            if (reader.Kind == Utf8YamlEventKind.Scalar)
            {
                raw.Add((reader.GetString(), reader.ValueIsRaw));
            }
        }

        reader.Dispose();
        Assert.Equal(new[] { ("a", true), ("plain text", true), ("b", true), ("quoted", true), ("c", true), ("esc\tape", false), ("d", true), ("folded plain", false) }, raw.ToArray());
    }

    [Fact]
    public void DepthLimitIsALocatedLimitError()
    {
        var e = Error("""
            a:
              b:
                c: [[1]]

            """, ParseOptions.Default with { MaxDepth = 4 });
        Assert.Equal(DataErrorCodes.Limit, e.Code);
        Assert.Equal((3, 9), (e.Line, e.Column));
    }

    [Fact]
    public void DeepFlowNestingStopsInTheScanner()
    {
        var e = Error(new string('[', 100_000));
        Assert.Equal(DataErrorCodes.Limit, e.Code);
        Assert.Equal((1, 65), (e.Line, e.Column));
    }

    [Fact]
    public void AliasExpansionIsCountedAndLimited()
    {
        // Each level doubles: 2^12 x the scalar.
        var yaml = new StringBuilder("a0: &a0 [x, x]\n");
        for (var i = 1; i <= 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}]\n");
        }

        var e = Error(yaml.ToString(), ParseOptions.Default with { MaxAliasExpansion = 1000 });
        Assert.Equal(DataErrorCodes.Limit, e.Code);
        Assert.Contains("MaxAliasExpansion", e.Message, StringComparison.Ordinal);
        Assert.Equal((8, 10), (e.Line, e.Column));

        // Under the limit the same document reads to the end.
        Assert.Equal("-STR", Located(yaml.ToString(), ParseOptions.Default with { MaxAliasExpansion = 100_000 }).Last().Event);
    }

    [Fact]
    public void ScalarAndDocumentSizeLimits()
    {
        var scalar = Error("a: " + new string('x', 101) + "\n", ParseOptions.Default with { MaxScalarLength = 100 });
        Assert.Equal((DataErrorCodes.Limit, 1, 4), (scalar.Code, scalar.Line, scalar.Column));

        // Counted in characters: 100 'é' are 200 bytes but 100 characters.
        Assert.Equal(8, Located("a: " + new string('é', 100) + "\n", ParseOptions.Default with { MaxScalarLength = 100 }).Count);

        var document = Error("a: " + new string('x', 100) + "\n", ParseOptions.Default with { MaxDocumentLength = 50 });
        Assert.Equal((DataErrorCodes.Limit, 1, 1), (document.Code, document.Line, document.Column));
    }

    [Theory]
    [InlineData("a: b\nc: \0\n", 2, 4)]
    [InlineData("a: b\n  c: \u0007\n", 2, 6)]
    [InlineData("a: [b\n", 2, 1)]
    [InlineData("a: 'b\n", 1, 4)]
    [InlineData("""
        a: b
         c: d

        """, 2, 3)]
    [InlineData("a: *nothing\n", 1, 4)]
    [InlineData("- a\n\t- b\n", 2, 1)]
    public void MalformedInputIsALocatedSyntaxError(string yaml, int line, int column)
    {
        var e = Error(yaml);
        Assert.Equal(DataErrorCodes.Syntax, e.Code);
        Assert.Equal(Utf8YamlRefusal.None, e.Refusal);
        Assert.True((line, column) == (e.Line, e.Column), $"{e.Message} at ({e.Line},{e.Column})");
    }

    [Fact]
    public void InvalidUtf8IsALocatedSyntaxError()
    {
        var bytes = Encoding.UTF8.GetBytes("""
            a: b
            c: x
            """).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var e = Assert.Throws<Utf8YamlException>(() => new Utf8YamlReader(bytes).Dispose());
        Assert.Equal((DataErrorCodes.Syntax, 2, 5), (e.Code, e.Line, e.Column));
    }

    [Theory]
    [InlineData("{? a : b}\n", Utf8YamlRefusal.ExplicitKey, 1, 2)]
    [InlineData("""
        ? - a
          - b
        : c

        """, Utf8YamlRefusal.CollectionKey, 1, 3)]
    [InlineData("""
        ? x: y
        : c

        """, Utf8YamlRefusal.CollectionKey, 1, 3)]
    [InlineData("""
        ?
        : c

        """, Utf8YamlRefusal.EmptyKey, 1, 2)]
    [InlineData("""
        x:
          [a, b]: c

        """, Utf8YamlRefusal.CollectionKey, 2, 3)]
    [InlineData("{a: 1, {b: 2}: 3}\n", Utf8YamlRefusal.CollectionKey, 1, 8)]
    [InlineData("""
        a: 1
        : 2

        """, Utf8YamlRefusal.EmptyKey, 2, 1)]
    public void RefusedFormsSayWhichAndWhere(string yaml, Utf8YamlRefusal refusal, int line, int column)
    {
        var e = Error(yaml);
        Assert.Equal(refusal, e.Refusal);
        Assert.Equal((line, column), (e.Line, e.Column));
    }

    /// <summary>Our YAML writer writes a key longer than 1,024 characters as an explicit key; the reader takes a scalar one.</summary>
    [Fact]
    public void AnExplicitScalarKeyIsRead()
    {
        var reader = new Utf8YamlReader(Encoding.UTF8.GetBytes("""
            a: 1
            ? "long key"
            : 2
            ? |
              block key
            : 3
            ? lone

            """));
        var seen = new List<string>();
        while (reader.Read())
        {
            seen.Add(reader.Kind == Utf8YamlEventKind.Scalar ? $"{reader.GetString()}@{reader.Line}:{reader.Column}" : reader.Kind.ToString());
        }

        reader.Dispose();
        Assert.Equal(
            new[] { "StreamStart", "DocumentStart", "MappingStart", "a@1:1", "1@1:4", "long key@2:3", "2@3:3", "block key\n@4:3", "3@6:3", "lone@7:3", "@8:1", "MappingEnd", "DocumentEnd", "StreamEnd" },
            seen);
    }

    [Fact]
    public void SkipMovesToTheEndOfTheCurrentNode()
    {
        var reader = new Utf8YamlReader(Encoding.UTF8.GetBytes("""
            a: {b: [1, {c: 2}], d: 3}
            e: 4

            """));
        var seen = new List<string>();
        while (reader.Read())
        {
            if (reader.Kind == Utf8YamlEventKind.MappingStart && reader.IsFlow)
            {
                reader.Skip();
                Assert.Equal(Utf8YamlEventKind.MappingEnd, reader.Kind);
                Assert.Equal((1, 25), (reader.Line, reader.Column));
                continue;
            }

            if (reader.Kind == Utf8YamlEventKind.Scalar)
            {
                reader.Skip();
                seen.Add(reader.GetString());
            }
        }

        reader.Dispose();
        Assert.Equal(new[] { "a", "e", "4" }, seen.ToArray());
    }
}
