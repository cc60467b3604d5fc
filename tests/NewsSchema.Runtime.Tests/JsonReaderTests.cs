using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// Our JSON tokenizer (<see cref="JsonReader"/>) against <see cref="Utf8JsonReader"/>, the
/// reference: on random JSON texts the same tokens (kind, start, depth, bytes, escape flag, text,
/// numbers); on random mutations of them the same verdict (accepted or refused); and the messages
/// and offsets of the usual mistakes.
/// </summary>
public class JsonReaderTests
{
    private const int Samples = 1500;

    /// <summary>One token as both readers see it, compared field by field.</summary>
    private sealed record Token(JsonTokenType Type, long Start, int Depth, string Bytes, bool Escaped, string? Text, string? Numbers);

    [Fact]
    public void Random_documents_give_the_same_tokens_as_Utf8JsonReader()
    {
        var random = new Random(20261202);
        for (var sample = 0; sample < Samples; sample++)
        {
            var json = Document(random);
            var utf8 = Encoding.UTF8.GetBytes(json);
            var theirs = TheirTokens(utf8, out var theirError);
            var ours = OurTokens(utf8, out var ourError);
            Assert.True(theirError is null, $"the generator made bad JSON: {json}\n{theirError}");
            Assert.True(ourError is null, $"refused valid JSON: {json}\n{ourError}");
            Assert.Equal(theirs, ours);
        }
    }

    [Fact]
    public void Mutated_documents_are_refused_exactly_when_Utf8JsonReader_refuses_them()
    {
        var random = new Random(7);
        var refused = 0;
        const string Alphabet = "{}[]:,\"\\ \t\n\r0123456789-+.eEtrufalsn/'xu\u0001";
        for (var sample = 0; sample < Samples * 2; sample++)
        {
            var text = new StringBuilder(Document(random));
            for (var edits = 1 + random.Next(3); edits > 0 && text.Length > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    default:
                        text[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                }
            }

            var utf8 = Encoding.UTF8.GetBytes(text.ToString());
            var theirs = TheirTokens(utf8, out var theirError);
            var ours = OurTokens(utf8, out var ourError);

            // A document without a value is no token and no failure for our reader; the parse reports it ("an empty document").
            ourError ??= ours.Count == 0 ? "an empty document" : null;
            Assert.True((theirError is null) == (ourError is null), $"{text}\nUtf8JsonReader: {theirError ?? "accepted"}\nours: {ourError ?? "accepted"}");
            if (theirError is null)
            {
                Assert.Equal(theirs, ours);
            }
            else
            {
                refused++;
            }
        }

        // The mutations must reach the refusals, or the test shows nothing about them.
        Assert.True(refused > Samples / 2, $"only {refused} mutated documents were bad JSON");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("12")]
    [InlineData("-2147483648")]
    [InlineData("2147483648")]
    [InlineData("9223372036854775807")]
    [InlineData("9223372036854775808")]
    [InlineData("1.5")]
    [InlineData("-0.0001")]
    [InlineData("1e5")]
    [InlineData("1E+5")]
    [InlineData("2.5e-3")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e-400")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("123456789012345678901234567890.5")]
    [InlineData("1.0")]
    [InlineData("10e1")]
    public void Numbers_read_as_Utf8JsonReader_reads_them(string number)
    {
        var utf8 = Encoding.UTF8.GetBytes("[" + number + "]");
        Assert.Equal(TheirTokens(utf8, out _), OurTokens(utf8, out var error));
        Assert.Null(error);
    }

    /// <summary>Short decimals take a fast path (no exponent, at most 15 digits): it must round exactly as the general parser does.</summary>
    [Fact]
    public void Short_decimals_read_as_the_general_parser_reads_them()
    {
        var random = new Random(15);
        for (var sample = 0; sample < 20000; sample++)
        {
            var integer = random.NextInt64(0, 10_000_000);
            var fraction = random.NextInt64(0, 100_000_000).ToString(CultureInfo.InvariantCulture).PadLeft(random.Next(1, 9), '0');
            var text = (random.Next(2) == 0 ? "-" : string.Empty) + integer.ToString(CultureInfo.InvariantCulture) + (random.Next(5) == 0 ? string.Empty : "." + fraction);
            var reader = new JsonReader(Encoding.UTF8.GetBytes(text));
            reader.Read();
            Assert.True(reader.TryGetDouble(out var ours));
            var expected = double.Parse(text, CultureInfo.InvariantCulture);
            Assert.True(expected.Equals(ours), $"{text}: {ours:R}, expected {expected:R}");
        }
    }

    [Theory]
    [InlineData("", -1, null)]
    [InlineData("  \n ", -1, null)]
    [InlineData("{\"a\": 1,}", 8, "expected a property name in double quotes after ',', found '}' (JSON allows no comma after the last property)")]
    [InlineData("[1, 2,]", 6, "expected a value after ',', found ']' (JSON allows no comma after the last item)")]
    [InlineData("{\"a\": 1 /* c */}", 8, "expected ',' or '}' after a property's value, found '/'")]
    [InlineData("[/* c */ 1]", 1, "expected a value, found '/' (JSON has no comments)")]
    [InlineData("{'a': 1}", 1, "expected a property name in double quotes or '}', found '''")]
    [InlineData("['a']", 1, "expected a value, found ''' (JSON strings take double quotes)")]
    [InlineData("{\"a\" 1}", 5, "expected ':' after the property name, found '1'")]
    [InlineData("{\"a\": }", 6, "expected a value, found '}'")]
    [InlineData("{\"a\": \"b}", 6, "the string that starts here has no closing '\"'")]
    [InlineData("{\"a\": \"b\nc\"}", 8, "a control character (U+000A) must be escaped in a JSON string (\\n, \\t, \\u000A)")]
    [InlineData("[\"\u00e9\nx\"]", 4, "a control character (U+000A) must be escaped in a JSON string (\\n, \\t, \\u000A)")]
    [InlineData("[\"\u00e9\\x\"]", 4, "'\\x' is not an escape JSON knows; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")]
    [InlineData("[\"\u00e9abc", 1, "the string that starts here has no closing '\"'")]
    [InlineData("[\"a\\x\"]", 3, "'\\x' is not an escape JSON knows; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")]
    [InlineData("[\"\\u12G4\"]", 2, "'\\u' must be followed by four hexadecimal digits")]
    [InlineData("[01]", 1, "'01' is not a JSON number")]
    [InlineData("[1.]", 1, "'1.' is not a JSON number (a JSON number has digits after its '-', '.' and 'e')")]
    [InlineData("[-]", 1, "'-' is not a JSON number (a JSON number has digits after its '-', '.' and 'e')")]
    [InlineData("[tru]", 1, "expected a value, found 'tru'")]
    [InlineData("[nulls]", 1, "expected a value, found 'nulls'")]
    [InlineData("[undefined]", 1, "expected a value, found 'undefined'")]
    [InlineData("{} {}", 3, "expected the end of the document after the value, found '{'")]
    [InlineData("{\"a\": [1, 2}", 11, "expected ',' or ']' after an item, found '}'")]
    [InlineData("{\"a\": [1, 2]", 12, "the document ends inside an object; expected '}'")]
    [InlineData("[[1]", 4, "the document ends inside an array; expected ']'")]
    [InlineData("{\"a\":", 5, "the document ends after a property name; expected its value")]
    [InlineData("{\"a\"", 4, "the document ends after a property name; expected ':'")]
    public void Mistakes_are_refused_where_they_are_with_a_message_that_names_them(string json, int offset, string? message)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        OurTokens(utf8, out var error, out var errorOffset);
        Assert.Equal(message, error);
        if (message is not null)
        {
            Assert.Equal(offset, errorOffset);
            Assert.NotNull(TheirError(utf8));
        }
    }

    [Fact]
    public void Deep_nesting_past_64_levels_keeps_objects_and_arrays_apart()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            builder.Append(i % 3 == 0 ? "{\"k\": " : "[");
        }

        builder.Append("1");
        for (var i = 199; i >= 0; i--)
        {
            builder.Append(i % 3 == 0 ? "}" : ", 2]");
        }

        var utf8 = Encoding.UTF8.GetBytes(builder.ToString());
        Assert.Equal(TheirTokens(utf8, out var theirError), OurTokens(utf8, out var ourError));
        Assert.Null(theirError);
        Assert.Null(ourError);
    }

    [Fact]
    public void Invalid_utf8_in_a_string_is_refused_at_its_byte_when_the_text_is_made()
    {
        var failure = TextFailure(new byte[] { (byte)'[', (byte)'"', (byte)'a', (byte)'b', 0xC3, (byte)'"', (byte)']' });
        Assert.Equal(4, failure.Offset);
        Assert.Equal("the text is not valid UTF-8 (byte 0xC3)", failure.Message);
    }

    /// <summary>
    /// <see cref="JsonReader.TryReadName"/> on random documents, before every token: a key of
    /// another name, or of the right name with one more byte, leaves the reader where it was; the
    /// right name's key moves it exactly when the name is written as the key (plain ASCII, no space
    /// before the colon), and then to the token <see cref="JsonReader.Read"/> reads there. So a
    /// reader that tries a key before each token gives the tokens of one that only reads.
    /// </summary>
    [Fact]
    public void A_name_tried_as_a_key_reads_as_Read_reads_it_or_leaves_the_reader_where_it_was()
    {
        var random = new Random(20261203);
        var hits = 0;
        var refused = 0;
        for (var sample = 0; sample < Samples; sample++)
        {
            var utf8 = Encoding.UTF8.GetBytes(Document(random));
            var expected = OurTokens(utf8, out var error);
            Assert.Null(error);
            var reader = new JsonReader(utf8);
            var tokens = new List<Token>();
            while (true)
            {
                var next = tokens.Count < expected.Count ? expected[tokens.Count] : null;
                var name = next is { Type: JsonTokenType.PropertyName } ? next.Bytes : "other";
                Assert.False(reader.TryReadName(JsonPropertyKey.For(new[] { name + "x" })[0]));
                Assert.False(reader.TryReadName(default));
                var key = JsonPropertyKey.For(new[] { name })[0];
                var plain = next is { Type: JsonTokenType.PropertyName, Escaped: false } && name.All(c => c is >= ' ' and < (char)0x7F);
                var written = plain && utf8.AsSpan((int)next!.Start).StartsWith(Encoding.ASCII.GetBytes("\"" + name + "\":"));
                var moved = reader.TryReadName(key);
                Assert.Equal(written, moved);
                if (moved)
                {
                    hits++;
                }
                else if (next is { Type: JsonTokenType.PropertyName })
                {
                    refused++;
                    if (!reader.Read())
                    {
                        break;
                    }
                }
                else if (!reader.Read())
                {
                    break;
                }

                var text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? OurText(ref reader) : null;
                tokens.Add(new Token(reader.TokenType, reader.TokenStartIndex, reader.CurrentDepth, Encoding.Latin1.GetString(reader.ValueSpan), reader.ValueIsEscaped, text, Numbers(ref reader)));
            }

            Assert.Equal(expected, tokens);
        }

        // Both ways were taken many times: names written as keys, and names that are not (escapes, spaces).
        Assert.True(hits >= 100, $"{hits} names read as keys");
        Assert.True(refused >= 100, $"{refused} names read the usual way");
    }

    [Theory]
    [InlineData("{\"id\":1}", true)]
    [InlineData("{ \"id\":1}", true)]
    [InlineData("{\"id\" :1}", false)]
    [InlineData("{\"idx\":1}", false)]
    [InlineData("{\"i\":1}", false)]
    [InlineData("{}", false)]
    [InlineData("[\"id\":1]", false)]
    [InlineData("{\"a\":1,\"id\":2}", true)]
    [InlineData("{\"a\":1 ,\n \"id\":2}", true)]
    [InlineData("{\"a\":1 \"id\":2}", false)]
    [InlineData("{\"a\":1}", false)]
    public void A_key_is_read_only_where_a_property_name_may_be_and_only_when_written_as_the_key(string json, bool read)
    {
        var reader = new JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        if (json.StartsWith("{\"a\"", StringComparison.Ordinal))
        {
            // After the first property's value, where a comma and the next name may follow.
            reader.Read();
            reader.Read();
        }

        var key = JsonPropertyKey.For(new[] { "id" })[0];
        Assert.Equal(read, reader.TryReadName(key));
        if (read)
        {
            Assert.Equal(JsonTokenType.PropertyName, reader.TokenType);
            Assert.Equal("id", reader.GetString());
            Assert.Equal(json.IndexOf("\"id\"", StringComparison.Ordinal), reader.TokenStartIndex);
            Assert.True(reader.Read());
            Assert.Equal(JsonTokenType.Number, reader.TokenType);
        }
    }

    [Fact]
    public void Names_that_are_not_plain_ascii_get_no_key()
    {
        var keys = JsonPropertyKey.For(new[] { "plain-name_1", "caf\u00e9", "quo\"te", "back\\slash", "tab\t" });
        var reader = new JsonReader(Encoding.UTF8.GetBytes("{\"caf\u00e9\":1}"));
        reader.Read();
        Assert.False(reader.TryReadName(keys[1]));
        Assert.True(new JsonReader(Encoding.UTF8.GetBytes("{\"plain-name_1\":1}")) is var plain && Read(ref plain) && plain.TryReadName(keys[0]));

        static bool Read(ref JsonReader r) => r.Read();
    }

    /// <summary>
    /// The reader learns whether a string is ASCII while it looks for its end, and only an ASCII
    /// string without escapes skips the decoding: each string's text is its own, whatever the
    /// strings before it were.
    /// </summary>
    [Fact]
    public void Strings_after_and_before_text_that_is_not_ascii_read_as_written()
    {
        var texts = new[] { "plain", "Z\u00fcrich", "after", "\u0417\u0430\u043f\u043e\u0440\u0456\u0436\u0436\u044f long enough to need more than one vector of search", "tab\tescaped", "\u00e9", "", "last one in ASCII, long enough for a vector search too" };
        var json = "{" + string.Join(",", texts.Select((t, i) => $"\"k{i}\u00e9\": \"{t.Replace("\t", "\\t")}\", \"n{i}\": {i}")) + "}";
        var reader = new JsonReader(Encoding.UTF8.GetBytes(json));
        var seen = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                seen.Add(reader.GetString());
            }
        }

        var expected = texts.SelectMany((t, i) => new[] { $"k{i}\u00e9", t }).ToList();
        Assert.Equal(expected, seen.Where((_, i) => i % 3 != 2));
    }

    [Theory]
    [InlineData("[\"\\uD800\"]", 2)]
    [InlineData("[\"ab\\uDC00\"]", 4)]
    [InlineData("[\"\\uD800\\u0041\"]", 2)]
    public void An_escaped_lone_surrogate_is_refused_at_its_escape(string json, int offset)
    {
        var failure = TextFailure(Encoding.UTF8.GetBytes(json));
        Assert.Equal(offset, failure.Offset);
        Assert.Contains("lone surrogate", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>What <see cref="JsonReader.GetString"/> throws for the string item of <paramref name="array"/> (a one-item array); the tokens themselves must read.</summary>
    private static JsonSyntaxFailure TextFailure(byte[] array)
    {
        var reader = new JsonReader(array);
        reader.Read();
        reader.Read();
        Assert.Equal(JsonTokenType.String, reader.TokenType);
        try
        {
            reader.GetString();
        }
        catch (JsonSyntaxFailure failure)
        {
            return failure;
        }

        throw new Xunit.Sdk.XunitException("GetString made text of a string it must refuse");
    }

    // ---- the two readers, token by token -----------------------------------------------------

    private static List<Token> TheirTokens(byte[] utf8, out string? error)
    {
        var tokens = new List<Token>();
        error = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1000 });
            while (reader.Read())
            {
                var text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? TheirText(ref reader) : null;
                tokens.Add(new Token(reader.TokenType, reader.TokenStartIndex, reader.CurrentDepth, Encoding.Latin1.GetString(reader.ValueSpan), reader.ValueIsEscaped, text, Numbers(ref reader)));
            }
        }
        catch (JsonException ex)
        {
            error = ex.Message;
        }

        return tokens;
    }

    private static string? TheirError(byte[] utf8)
    {
        TheirTokens(utf8, out var error);
        return error;
    }

    private static List<Token> OurTokens(byte[] utf8, out string? error) => OurTokens(utf8, out error, out _);

    private static List<Token> OurTokens(byte[] utf8, out string? error, out long offset)
    {
        var tokens = new List<Token>();
        error = null;
        offset = -1;
        try
        {
            var reader = new JsonReader(utf8);
            while (reader.Read())
            {
                var text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? OurText(ref reader) : null;
                tokens.Add(new Token(reader.TokenType, reader.TokenStartIndex, reader.CurrentDepth, Encoding.Latin1.GetString(reader.ValueSpan), reader.ValueIsEscaped, text, Numbers(ref reader)));
            }
        }
        catch (JsonSyntaxFailure failure)
        {
            error = failure.Message;
            offset = failure.Offset;
        }

        return tokens;
    }

    // The text, or a marker when the reader cannot make it: both refuse the same strings (invalid UTF-8, lone surrogates).
    private static string TheirText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return "<refused>";
        }
    }

    private static string OurText(ref JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (JsonSyntaxFailure)
        {
            return "<refused>";
        }
    }

    private static string? Numbers(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return null;
        }

        return Describe(reader.TryGetInt32(out var i), i, reader.TryGetInt64(out var l), l, reader.TryGetDouble(out var d), d, reader.TryGetDecimal(out var m), m);
    }

    private static string? Numbers(ref JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            return null;
        }

        return Describe(reader.TryGetInt32(out var i), i, reader.TryGetInt64(out var l), l, reader.TryGetDouble(out var d), d, reader.TryGetDecimal(out var m), m);
    }

    private static string Describe(bool okI, int i, bool okL, long l, bool okD, double d, bool okM, decimal m)
        => string.Create(CultureInfo.InvariantCulture, $"{(okI ? i.ToString(CultureInfo.InvariantCulture) : "-")} {(okL ? l.ToString(CultureInfo.InvariantCulture) : "-")} {(okD ? d.ToString("R", CultureInfo.InvariantCulture) : "-")} {(okM ? m.ToString(CultureInfo.InvariantCulture) : "-")}");

    // ---- random JSON -------------------------------------------------------------------------

    private static string Document(Random random)
    {
        var builder = new StringBuilder();
        Space(random, builder);
        Value(random, builder, 0);
        Space(random, builder);
        return builder.ToString();
    }

    private static void Value(Random random, StringBuilder builder, int depth)
    {
        switch (random.Next(depth > 5 ? 6 : 8))
        {
            case 0:
                builder.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                break;
            case 1:
            case 2:
                builder.Append(Number(random));
                break;
            case 3:
            case 4:
            case 5:
                String(random, builder);
                break;
            case 6:
                builder.Append('[');
                for (var i = random.Next(4); i >= 0; i--)
                {
                    Space(random, builder);
                    Value(random, builder, depth + 1);
                    Space(random, builder);
                    builder.Append(i > 0 ? "," : string.Empty);
                }

                builder.Append(']');
                break;
            default:
                builder.Append('{');
                var count = random.Next(4);
                for (var i = 0; i < count; i++)
                {
                    Space(random, builder);
                    String(random, builder);
                    Space(random, builder);
                    builder.Append(':');
                    Space(random, builder);
                    Value(random, builder, depth + 1);
                    Space(random, builder);
                    builder.Append(i < count - 1 ? "," : string.Empty);
                }

                Space(random, builder);
                builder.Append('}');
                break;
        }
    }

    private static string Number(Random random)
    {
        var builder = new StringBuilder();
        if (random.Next(3) == 0)
        {
            builder.Append('-');
        }

        builder.Append(random.Next(4) == 0 ? "0" : Digits(random.NextInt64(1, long.MaxValue), 1 + random.Next(19)));
        if (random.Next(3) == 0)
        {
            builder.Append('.').Append(random.Next(0, 100000).ToString(CultureInfo.InvariantCulture));
        }

        if (random.Next(4) == 0)
        {
            builder.Append(random.Next(2) == 0 ? 'e' : 'E').Append(random.Next(3) switch { 0 => "+", 1 => "-", _ => string.Empty }).Append(random.Next(0, 400));
        }

        return builder.ToString();
    }

    private static string Digits(long value, int count)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        return digits.Substring(0, Math.Min(count, digits.Length));
    }

    private static void String(Random random, StringBuilder builder)
    {
        builder.Append('"');
        for (var i = random.Next(12); i > 0; i--)
        {
            switch (random.Next(12))
            {
                case 0:
                    builder.Append(random.Next(9) switch { 0 => "\\\"", 1 => "\\\\", 2 => "\\/", 3 => "\\b", 4 => "\\f", 5 => "\\n", 6 => "\\r", 7 => "\\t", _ => "\\u00e9" });
                    break;
                case 1:
                    builder.Append(random.Next(3) switch { 0 => "\\uD83D\\uDE00", 1 => "\\uD800", _ => "\\u0000" });
                    break;
                case 2:
                    builder.Append(random.Next(3) switch { 0 => "é", 1 => "日本", _ => "😀" });
                    break;
                default:
                    var c = (char)random.Next(0x20, 0x7F);
                    builder.Append(c is '"' or '\\' ? 'q' : c);
                    break;
            }
        }

        builder.Append('"');
    }

    private static void Space(Random random, StringBuilder builder)
    {
        if (random.Next(3) == 0)
        {
            builder.Append(random.Next(4) switch { 0 => " ", 1 => "\n  ", 2 => "\t", _ => "\r\n" });
        }
    }
}
