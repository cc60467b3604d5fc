using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsSchema.Tests.Attack;
using NewsSchema.Tests.Family;
using NewsSchema.Tests.Model;
using Xunit;
using Xunit.Abstractions;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>
/// Issue 9: named attacks on the data readers, each with what it gets (docs/security.md).
/// Already covered elsewhere and not repeated here: billion laughs, 100,000-deep nesting and the
/// limits' adjustability on <see cref="Sample"/> (LimitTests); invalid UTF-8, UTF-16 with a byte
/// order mark, BOM, CRLF and lone CR (EncodingTests); hostile patterns on in-memory values
/// (ValidationSafetyTests). This class covers the family reader (whose discriminator look-ahead
/// records and replays events), the catalog, and the attacks those tests lack.
/// </summary>
public class AttackTests
{
    private const int Mib = 1024 * 1024;

    private readonly ITestOutputHelper _output;

    public AttackTests(ITestOutputHelper output) => _output = output;

    private T Timed<T>(string what, Func<T> action, int maxMilliseconds)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        watch.Stop();
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {watch.Elapsed.TotalMilliseconds:0} ms"));
        Assert.True(watch.ElapsedMilliseconds < maxMilliseconds, $"{what} took {watch.ElapsedMilliseconds} ms (bound {maxMilliseconds} ms)");
        return result;
    }

    private DataError Last<T>(ParseResult<T> result, string code, params string[] messageParts)
    {
        Assert.False(result.IsSuccess);
        var error = result.Errors[^1];
        _output.WriteLine("  " + error);
        Assert.True(error.Code == code, $"expected {code}, got:\n{string.Join("\n", result.Errors)}");
        foreach (var part in messageParts)
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }

        return error;
    }

    // ---- alias expansion ---------------------------------------------------------------------

    private static string Laughs(string indent)
    {
        var builder = new StringBuilder();
        builder.Append(indent).Append("aka: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            builder.Append(indent).Append("x").Append(i).Append(": &a").Append(i).Append(" [").Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))).Append("]\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void Billion_laughs_before_a_family_discriminator_fails_fast_with_limit()
    {
        // The family reader looks ahead for 'type' and replays what it passed: the aliases must not expand there either.
        var party = Timed("billion laughs, Party (discriminator last)", () => Party.ParseYaml($"""
            id: ann
            name: Ann
            {Laughs(string.Empty)}type: human

            """, "laughs.yaml"), 5000);
        Last(party, DataErrorCodes.Limit, "ParseOptions.MaxAliasExpansion");

        var catalog = Timed("billion laughs, TestCatalog", () => TestCatalog.ParseYaml("""
            parties:
              - id: ann
                name: Ann

            """ + Laughs("    ") + "    type: human\n", "laughs.yaml"), 5000);
        Last(catalog, DataErrorCodes.Limit, "ParseOptions.MaxAliasExpansion");
    }

    [Fact]
    public void Many_aliases_of_one_large_anchor_fail_fast_with_limit()
    {
        // Quadratic rather than exponential: one anchor of 5,000 items, aliased 10,000 times.
        var yaml = $"""
            id: a
            title: T
            tags: &big [{string.Join(", ", Enumerable.Repeat("x", 5000))}]
            owners: [{string.Join(", ", Enumerable.Repeat("*big", 10_000))}]

            """;
        var result = Timed("10,000 aliases of a 5,000-item anchor", () => Sample.ParseYaml(yaml, "aliases.yaml"), 5000);
        Last(result, DataErrorCodes.Limit, "ParseOptions.MaxAliasExpansion");
    }

    // ---- deep nesting ------------------------------------------------------------------------

    [Theory]
    [InlineData("yaml-flow")]
    [InlineData("yaml-block")]
    [InlineData("json")]
    public void Deep_nesting_before_a_family_discriminator_gives_limit(string form)
    {
        const int Depth = 100_000;
        ParseResult<Party> party;
        ParseResult<TestCatalog> catalog;
        switch (form)
        {
            case "yaml-flow":
                party = Timed("100,000 '[' in Party (YAML flow)", () => Party.ParseYaml($"""
                    id: a
                    aka: {new string('[', Depth)}
                    type: human

                    """), 5000);
                catalog = Timed("100,000 '[' in TestCatalog (YAML flow)", () => TestCatalog.ParseYaml("samples: " + new string('[', Depth)), 5000);
                break;
            case "yaml-block":
                var block = string.Concat(Enumerable.Repeat("- ", Depth));
                party = Timed("100,000 '- ' in Party (YAML block)", () => Party.ParseYaml($"""
                    id: a
                    aka:
                    {block}
                    type: human

                    """), 5000);
                catalog = Timed("100,000 '- ' in TestCatalog (YAML block)", () => TestCatalog.ParseYaml("samples:\n" + block), 5000);
                break;
            default:
                var json = string.Concat(Enumerable.Repeat("{\"a\": ", Depth));
                party = Timed("100,000 '{\"a\": ' in Party (JSON)", () => Party.ParseJson("{\"id\": \"a\", \"aka\": " + json), 5000);
                catalog = Timed("100,000 '[' in TestCatalog (JSON)", () => TestCatalog.ParseJson("{\"samples\": " + new string('[', Depth)), 5000);
                break;
        }

        Last(party, DataErrorCodes.Limit, "deeper than 64", "ParseOptions.MaxDepth");
        Last(catalog, DataErrorCodes.Limit, "deeper than 64", "ParseOptions.MaxDepth");
    }

    // ---- a 100 MB scalar and a huge document -------------------------------------------------

    private static byte[] Document(string head, char fill, int count, string tail)
    {
        var bytes = new byte[head.Length + count + tail.Length];
        Encoding.ASCII.GetBytes(head, bytes);
        bytes.AsSpan(head.Length, count).Fill((byte)fill);
        Encoding.ASCII.GetBytes(tail, bytes.AsSpan(head.Length + count));
        return bytes;
    }

    [Fact]
    public void A_100_MB_scalar_fails_fast_on_the_document_limit()
    {
        var yaml = Document("id: a\ntitle: ", 'x', 100 * Mib, "\n");
        var json = Document("{\"id\": \"a\", \"title\": \"", 'x', 100 * Mib, "\"}");
        Last(Timed("100 MB scalar, YAML bytes", () => Sample.ParseYaml(yaml, "big.yaml"), 5000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
        Last(Timed("100 MB scalar, JSON bytes", () => Sample.ParseJson(json, "big.json"), 1000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
        var text = Encoding.ASCII.GetString(yaml);
        Last(Timed("100 MB scalar, YAML string", () => Sample.ParseYaml(text, "big.yaml"), 1000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
        var jsonText = Encoding.ASCII.GetString(json);
        Last(Timed("100 MB scalar, JSON string", () => Sample.ParseJson(jsonText, "big.json"), 1000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
    }

    [Fact]
    public void A_100_MB_scalar_under_a_raised_document_limit_fails_on_the_scalar_limit()
    {
        var options = new ParseOptions { MaxDocumentLength = 256L * Mib };
        var yaml = Document("id: a\ntitle: ", 'x', 100 * Mib, "\n");
        var json = Document("{\"id\": \"a\", \"title\": \"", 'x', 100 * Mib, "\"}");
        var error = Last(Timed("100 MB scalar, YAML, MaxDocumentLength 256 MiB", () => Sample.ParseYaml(yaml, "big.yaml", options), 20_000), DataErrorCodes.Limit, "ParseOptions.MaxScalarLength");
        Assert.Equal(("title", 2, 8), (error.Path, error.Line, error.Column));
        error = Last(Timed("100 MB scalar, JSON, MaxDocumentLength 256 MiB", () => Sample.ParseJson(json, "big.json", options), 5000), DataErrorCodes.Limit, "ParseOptions.MaxScalarLength");
        Assert.Equal(("title", 1, 22), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public void A_huge_document_of_small_records_fails_fast_on_the_document_limit()
    {
        // About 70 MiB of small, valid records: over the 64 MiB limit before a single one is read.
        const string Record = """
              - id: s0000000
                title: A small record

            """;
        var count = (70 * Mib / Record.Length) + 1;
        var yaml = "samples:\n" + string.Concat(Enumerable.Repeat(Record, count));
        var json = "{\"samples\": [" + string.Join(",", Enumerable.Repeat("{\"id\": \"s0000000\", \"title\": \"A small record\"}", count)) + "]}";
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} records: YAML {yaml.Length / (double)Mib:0.0} MiB, JSON {json.Length / (double)Mib:0.0} MiB"));
        Last(Timed("huge catalog, YAML string", () => TestCatalog.ParseYaml(yaml, "huge.yaml"), 1000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
        Last(Timed("huge catalog, JSON string", () => TestCatalog.ParseJson(json, "huge.json"), 1000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
        var bytes = Encoding.UTF8.GetBytes(yaml);
        Last(Timed("huge catalog, YAML bytes", () => TestCatalog.ParseYaml(bytes, "huge.yaml"), 5000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
        var jsonBytes = Encoding.UTF8.GetBytes(json);
        Last(Timed("huge catalog, JSON bytes", () => TestCatalog.ParseJson(jsonBytes, "huge.json"), 1000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
        var list = yaml.Substring("samples:\n".Length);
        Last(Timed("huge list, Sample.ParseYamlList", () => Sample.ParseYamlList(list, "huge.yaml"), 1000), DataErrorCodes.Limit, "ParseOptions.MaxDocumentLength");
    }

    // ---- foreign tags ------------------------------------------------------------------------

    public static TheoryData<string> ForeignTags => new() { "!!python/object:os.system", "!System.Diagnostics.Process", "!<tag:yaml.org,2002:js/function>" };

    [Theory]
    [MemberData(nameof(ForeignTags))]
    public void Foreign_tags_are_unknown_tag_errors_wherever_they_appear(string tag)
    {
        foreach (var yaml in new[]
        {
            $"""
                id: a
                title: {tag} calc.exe

                """,
            $$"""
                id: a
                title: T
                point: {{tag}} {lat: 1, lon: 2}

                """,
            $"""
                id: a
                title: T
                tags: {tag} [rm, -rf]

                """,
            $"""
                {tag}
                id: a
                title: T

                """,
        })
        {
            var result = Sample.ParseYaml(yaml, "tag.yaml");
            Assert.False(result.IsSuccess);
            var error = Assert.Single(result.Errors, e => e.Code == DataErrorCodes.UnknownTag);
            _output.WriteLine("  " + error);
        }

        // Under a key the type does not have, the value is skipped unread: the key is the error.
        var unknown = Sample.ParseYaml($"""
            id: a
            title: T
            unknown: {tag} x

            """, "tag.yaml");
        Assert.Equal(DataErrorCodes.UnknownField, Single(unknown).Code);

        // In a family: on the discriminator itself, and before it (inside the look-ahead).
        var party = Party.ParseYaml($"""
            id: a
            name: A
            type: {tag} human

            """, "tag.yaml");
        Assert.Contains(party.Errors, e => e.Code == DataErrorCodes.UnknownTag);
        party = Party.ParseYaml($"""
            id: a
            name: {tag} A
            type: human

            """, "tag.yaml");
        Assert.Contains(party.Errors, e => e.Code == DataErrorCodes.UnknownTag && e.Path == "name");
        var catalog = TestCatalog.ParseYaml($"""
            samples: {tag}
              - id: a
                title: T

            """, "tag.yaml");
        Assert.Contains(catalog.Errors, e => e.Code == DataErrorCodes.UnknownTag);
    }

    // ---- catastrophic backtracking -----------------------------------------------------------

    [Fact]
    public void Catastrophic_patterns_on_a_long_hostile_string_fail_fast_as_pattern_errors()
    {
        var hostile = new string('a', 100_000) + "!";
        var yaml = $"""
            nested: {hostile}
            lookahead: {hostile}
            alternation: {hostile}

            """;
        var parsed = AttackPattern.ParseYaml(yaml, "attack.yaml");
        Assert.True(parsed.IsSuccess);
        var errors = Timed("^(a+)+$, ^(?=a)(a+)+$, ^(a|aa)+$ on 100,000 'a' + '!'", () => parsed.Value!.Validate(parsed.Positions), 5000).Errors;
        Assert.Equal(3, errors.Count);
        foreach (var error in errors)
        {
            _output.WriteLine("  " + error);
            Assert.Equal(DataErrorCodes.Pattern, error.Code);
            Assert.Equal("attack.yaml", error.Source);
        }

        Assert.Contains("must match the pattern '^(a+)+$'", errors.Single(e => e.Path == "nested").Message, StringComparison.Ordinal);
        Assert.Contains("took longer than 200 ms", errors.Single(e => e.Path == "lookahead").Message, StringComparison.Ordinal);
        Assert.Equal((2, 12), (errors.Single(e => e.Path == "lookahead").Line, errors.Single(e => e.Path == "lookahead").Column));

        var json = AttackPattern.ParseJson($"{{\"nested\": \"{hostile}\", \"lookahead\": \"{hostile}\"}}");
        Assert.Equal(2, Timed("the same from JSON", () => json.Value!.Validate(), 5000).Errors.Count);
        Assert.True(new AttackPattern { Nested = "aaaa", Lookahead = "aaaa", Alternation = "aaaa" }.Validate().IsValid);
    }

    // ---- duplicate keys ----------------------------------------------------------------------

    [Theory]
    [InlineData("yaml", """
        id: a
        title: T
        title: U

        """, "title")]
    [InlineData("yaml", """
        id: a
        title: T
        "title": U

        """, "title")]
    [InlineData("yaml", """
        id: a
        title: T
        scores: {x: 1, x: 2}

        """, "scores.x")]
    [InlineData("yaml", """
        id: a
        title: T
        renamed: r
        oldName: s

        """, "oldName")]
    [InlineData("json", "{\"id\": \"a\", \"title\": \"T\", \"title\": \"U\"}", "title")]
    [InlineData("json", "{\"id\": \"a\", \"title\": \"T\", \"\\u0074itle\": \"U\"}", "title")]
    [InlineData("json", "{\"id\": \"a\", \"title\": \"T\", \"scores\": {\"x\": 1, \"x\": 2}}", "scores.x")]
    public void Duplicate_keys_are_errors(string format, string text, string path)
    {
        var result = format == "yaml" ? Sample.ParseYaml(text, "dup") : Sample.ParseJson(text, "dup");
        var error = Single(result);
        _output.WriteLine("  " + error);
        Assert.Equal((DataErrorCodes.DuplicateKey, path), (error.Code, error.Path));
    }

    [Fact]
    public void A_duplicate_discriminator_or_catalog_key_is_an_error()
    {
        // Two 'type' keys must not let the second pick another class than the first.
        var party = Party.ParseYaml("""
            type: human
            id: a
            name: A
            type: firm

            """, "dup.yaml");
        Assert.Contains(party.Errors, e => e.Code == DataErrorCodes.DuplicateKey && e.Path == "type");
        var partyJson = Party.ParseJson("{\"type\": \"human\", \"id\": \"a\", \"name\": \"A\", \"type\": \"firm\"}", "dup.json");
        Assert.Contains(partyJson.Errors, e => e.Code == DataErrorCodes.DuplicateKey && e.Path == "type");
        var catalog = TestCatalog.ParseYaml("""
            samples: []
            owners: []
            samples: []

            """, "dup.yaml");
        Assert.Contains(catalog.Errors, e => e.Code == DataErrorCodes.DuplicateKey && e.Path == "samples");
        var catalogJson = TestCatalog.ParseJson("{\"samples\": [], \"samples\": []}", "dup.json");
        Assert.Contains(catalogJson.Errors, e => e.Code == DataErrorCodes.DuplicateKey && e.Path == "samples");
    }

    // ---- encodings ---------------------------------------------------------------------------

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a UTF-16 surrogate encoded as UTF-8
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    [InlineData(new byte[] { 0x80 })] // a lone continuation byte
    [InlineData(new byte[] { 0xE2, 0x82 })] // truncated sequence
    public void Invalid_utf8_is_a_syntax_error_in_every_reader(byte[] bad)
    {
        byte[] With(string before, string after) => Encoding.UTF8.GetBytes(before).Concat(bad).Concat(Encoding.UTF8.GetBytes(after)).ToArray();
        Last(Sample.ParseYaml(With("id: a\ntitle: ", "\n"), "bad.yaml"), DataErrorCodes.Syntax);
        Last(Sample.ParseJson(With("{\"id\": \"a\", \"title\": \"", "\"}"), "bad.json"), DataErrorCodes.Syntax);
        Last(Party.ParseYaml(With("id: a\nname: ", "\ntype: human\n"), "bad.yaml"), DataErrorCodes.Syntax);
        Last(Party.ParseJson(With("{\"id\": \"a\", \"name\": \"", "\", \"type\": \"human\"}"), "bad.json"), DataErrorCodes.Syntax);
        Last(TestCatalog.ParseYaml(With("samples:\n  - id: a\n    title: ", "\n"), "bad.yaml"), DataErrorCodes.Syntax);
        Last(TestCatalog.ParseJson(With("{\"samples\": [{\"id\": \"a\", \"title\": \"", "\"}]}"), "bad.json"), DataErrorCodes.Syntax);
    }

    [Fact]
    public void Utf16_and_utf32_input()
    {
        const string Yaml = """
            id: a
            title: Grüße

            """;
        const string Json = "{\"id\": \"a\", \"title\": \"Grüße\"}";
        byte[] Bom(Encoding e, string s) => e.GetPreamble().Concat(e.GetBytes(s)).ToArray();

        // With a byte order mark, UTF-16 (either order) reads as the text (see also EncodingTests).
        Assert.Equal("Grüße", Ok(Sample.ParseYaml(Bom(Encoding.BigEndianUnicode, Yaml))).Title);
        Assert.Equal("Grüße", Ok(Sample.ParseJson(Bom(Encoding.Unicode, Json))).Title);
        Assert.Equal("Grüße", Ok(TestCatalog.ParseYaml(Bom(Encoding.Unicode, "samples:\n  - " + Yaml.Replace("\n", "\n    ", StringComparison.Ordinal)))).Samples[0].Title);

        // Without one, the bytes are read as UTF-8: the NUL bytes of UTF-16 make it a syntax error, never garbage values.
        var encodings = new (string Name, Func<string, byte[]> Encode)[]
        {
            ("UTF-16LE, no BOM", Encoding.Unicode.GetBytes),
            ("UTF-16BE, no BOM", Encoding.BigEndianUnicode.GetBytes),
            ("UTF-32LE with BOM", s => Bom(Encoding.UTF32, s)),
            ("UTF-32LE, no BOM", Encoding.UTF32.GetBytes),
        };
        foreach (var (name, encode) in encodings)
        {
            var yaml = Sample.ParseYaml(encode(Yaml), "u.yaml");
            Assert.False(yaml.IsSuccess);
            _output.WriteLine($"  {name}, YAML: {yaml.Errors[0]}");
            var json = Sample.ParseJson(encode(Json), "u.json");
            Assert.False(json.IsSuccess);
            _output.WriteLine($"  {name}, JSON: {json.Errors[0]}");
        }
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Bom_and_line_endings_in_family_and_catalog_keep_positions(string ending)
    {
        var yaml = "\uFEFFparties:\n  - type: human\n    id: ann\n    name: Ann\n    born: x\n".Replace("\n", ending, StringComparison.Ordinal);
        var error = Single(TestCatalog.ParseYaml(yaml, "c.yaml"));
        Assert.Equal((DataErrorCodes.Type, "parties[0].born", 5, 11), (error.Code, error.Path, error.Line, error.Column));
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(yaml.Substring(1))).ToArray();
        error = Single(TestCatalog.ParseYaml(bytes, "c.yaml"));
        Assert.Equal((5, 11), (error.Line, error.Column));
    }

    // ---- NUL characters ----------------------------------------------------------------------

    [Fact]
    public void Nul_characters_escaped_are_text_and_raw_are_syntax_errors()
    {
        // Escaped, a NUL is a character of the string like any other, and survives a round trip.
        var fromYaml = Ok(Sample.ParseYaml("""
            id: a
            title: "a\0b"
            tags: ["\x00", "\u0000"]

            """));
        Assert.Equal("a\0b", fromYaml.Title);
        Assert.Equal(new[] { "\0", "\0" }, fromYaml.Tags);
        Assert.Equal(fromYaml, Sample.FromYaml(fromYaml.ToYaml()));
        Assert.Equal(fromYaml, Sample.FromJson(fromYaml.ToJson()));
        var fromJson = Ok(Sample.ParseJson("{\"id\": \"a\", \"title\": \"a\\u0000b\"}"));
        Assert.Equal("a\0b", fromJson.Title);

        // Raw, it is not allowed in YAML (not printable) or in a JSON string (a control character).
        Last(Sample.ParseYaml("id: a\ntitle: a\0b\n", "nul.yaml"), DataErrorCodes.Syntax);
        Last(Sample.ParseYaml("id: a\ntitle: \"a\0b\"\n", "nul.yaml"), DataErrorCodes.Syntax);
        // YamlDotNet alone would read "id: a<NUL>" as "a", dropping the NUL: the reader refuses it first.
        var error = Last(Sample.ParseYaml(Encoding.UTF8.GetBytes("id: a\0\ntitle: T\n"), "nul.yaml"), DataErrorCodes.Syntax, "NUL");
        Assert.Equal((1, 6), (error.Line, error.Column));
        error = Last(Sample.ParseYaml("\uFEFFid: a\r\ntitle: T\0\r\n", "nul.yaml"), DataErrorCodes.Syntax, "NUL");
        Assert.Equal((2, 9), (error.Line, error.Column));
        Last(Sample.ParseJson("{\"id\": \"a\", \"title\": \"a\0b\"}", "nul.json"), DataErrorCodes.Syntax);
        Last(Sample.ParseJson("{\"id\": \"a\",\0 \"title\": \"T\"}", "nul.json"), DataErrorCodes.Syntax);
        Last(Party.ParseYaml("type: human\nid: a\nname: \0\n", "nul.yaml"), DataErrorCodes.Syntax);
    }
}
