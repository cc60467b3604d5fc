using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsSchema.Generated;

/// <summary>
/// Our JSON tokenizer: a pull reader over UTF-8 that yields the tokens of one JSON text
/// (RFC 8259, nothing more: no comments, no trailing commas, one value per document), with
/// the subset of <see cref="Utf8JsonReader"/>'s members the generated parsers use, and the
/// same meaning for each (<see cref="TokenStartIndex"/>, <see cref="CurrentDepth"/>,
/// <see cref="ValueSpan"/> without the quotes). Bad JSON is a <see cref="JsonSyntaxFailure"/>
/// with the byte offset of the mistake and a message that names it.
/// </summary>
/// <remarks>
/// Why our own (docs/decisions.md, "Our own JSON tokenizer"): it knows the whole text is in one
/// span, so a token is a few comparisons and, for a string, one vectorized search for its end.
/// Like <see cref="Utf8JsonReader"/> it checks a string's UTF-8 when its text is made
/// (<see cref="GetString"/>), not while reading past it.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct JsonReader
{
    /// <summary>What ends the plain run of a string: its closing quote, an escape, or a control character (which JSON requires escaped).</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    /// <summary>
    /// What a string's ASCII run is made of: every ASCII byte but the quote, the backslash and the
    /// control characters. A search for anything else stops where <see cref="StringStops"/> would,
    /// and also at the first byte that is not ASCII, so the reader learns whether the string is
    /// ASCII in the same pass.
    /// </summary>
    private static readonly SearchValues<byte> AsciiRun = SearchValues.Create(AsciiRunBytes());

    private static byte[] AsciiRunBytes()
    {
        var bytes = new List<byte>();
        for (var b = 0x20; b < 0x80; b++)
        {
            if (b is not '"' and not '\\')
            {
                bytes.Add((byte)b);
            }
        }

        return bytes.ToArray();
    }

    /// <summary>Containers up to this depth are kept as bits of <see cref="_objects"/>; deeper ones in <see cref="_deep"/>.</summary>
    private const int BitDepth = 64;

    private readonly ReadOnlySpan<byte> _data;
    private int _position;
    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private int _depth;
    private ulong _objects;
    private bool[]? _deep;
    private JsonTokenType _type;
    private Expect _expect;
    private Expect _afterValue;
    private bool _escaped;
    private bool _ascii;

    /// <summary>Starts before the first token of <paramref name="utf8"/> (without a byte order mark).</summary>
    public JsonReader(ReadOnlySpan<byte> utf8)
    {
        _data = utf8;
        _expect = Expect.Value;
        _afterValue = Expect.End;
    }

    /// <summary>What may come next.</summary>
    private enum Expect : byte
    {
        /// <summary>A value: at the start, after a property name, after a comma in an array.</summary>
        Value,

        /// <summary>A value or the end of an array: after <c>[</c>.</summary>
        ValueOrEndArray,

        /// <summary>A property name: after a comma in an object.</summary>
        Name,

        /// <summary>A property name or the end of an object: after <c>{</c>.</summary>
        NameOrEndObject,

        /// <summary>A comma or <c>}</c>: after a property's value.</summary>
        CommaOrEndObject,

        /// <summary>A comma or <c>]</c>: after an item.</summary>
        CommaOrEndArray,

        /// <summary>Nothing but white space: after the document's value.</summary>
        End,
    }

    /// <summary>The kind of the current token.</summary>
    public readonly JsonTokenType TokenType => _type;

    /// <summary>The byte offset of the current token's first byte (a string's or a name's opening quote).</summary>
    public readonly long TokenStartIndex => _tokenStart;

    /// <summary>The current string's or property name's bytes between the quotes, escapes not undone; a number's or literal's bytes.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _data.Slice(_valueStart, _valueLength);

    /// <summary>Whether the current string or property name holds an escape.</summary>
    public readonly bool ValueIsEscaped => _escaped;

    /// <summary>
    /// The nesting depth of the current token, as <see cref="Utf8JsonReader.CurrentDepth"/> counts it:
    /// 0 for the document's value, one more inside each object or array; a container's start and
    /// end tokens are at the depth of the container itself.
    /// </summary>
    public readonly int CurrentDepth => _type is JsonTokenType.StartObject or JsonTokenType.StartArray ? _depth - 1 : _depth;

    /// <summary>Whether the container at depth <paramref name="depth"/> (1 or more) is an object.</summary>
    private readonly bool IsObjectAt(int depth) => depth <= BitDepth ? ((_objects >> (depth - 1)) & 1) != 0 : _deep![depth - BitDepth - 1];

    /// <summary>Moves to the next token; false at the end of the document (or of an empty one). Bad JSON throws <see cref="JsonSyntaxFailure"/>.</summary>
    public bool Read()
    {
        var data = _data;
        var i = _position;
        if ((uint)i < (uint)data.Length && data[i] <= (byte)' ')
        {
            i = SkipWhitespace(data, i);
        }

        if ((uint)i >= (uint)data.Length)
        {
            return AtEnd();
        }

        var b = data[i];
        switch (_expect)
        {
            case Expect.CommaOrEndObject:
                if (b == (byte)',')
                {
                    i = AfterComma(data, i);
                    if (data[i] != (byte)'"')
                    {
                        throw Mistake(Problem.NameAfterComma, i);
                    }

                    ReadName(data, i);
                    return true;
                }

                if (b != (byte)'}')
                {
                    throw Mistake(Problem.AfterPropertyValue, i);
                }

                EndContainer(i, JsonTokenType.EndObject);
                return true;
            case Expect.CommaOrEndArray:
                if (b == (byte)',')
                {
                    i = AfterComma(data, i);
                    b = data[i];
                    if (b == (byte)']')
                    {
                        throw Mistake(Problem.TrailingCommaInArray, i);
                    }

                    ReadValue(data, i, b);
                    return true;
                }

                if (b != (byte)']')
                {
                    throw Mistake(Problem.AfterItem, i);
                }

                EndContainer(i, JsonTokenType.EndArray);
                return true;
            case Expect.NameOrEndObject:
                if (b == (byte)'}')
                {
                    EndContainer(i, JsonTokenType.EndObject);
                    return true;
                }

                if (b != (byte)'"')
                {
                    throw Mistake(Problem.NameOrEndObject, i);
                }

                ReadName(data, i);
                return true;
            case Expect.ValueOrEndArray:
                if (b == (byte)']')
                {
                    EndContainer(i, JsonTokenType.EndArray);
                    return true;
                }

                ReadValue(data, i, b);
                return true;
            case Expect.Value:
                ReadValue(data, i, b);
                return true;
            default:
                throw Mistake(Problem.AfterDocument, i);
        }
    }

    /// <summary>
    /// Moves to the next property name when it is <paramref name="key"/>'s, written as a compact
    /// writer writes it (<c>"title":</c>). The reader must be in an object, before its next name;
    /// white space and the comma before the name may be there. On anything else (another name,
    /// the object's end, white space before the colon, a key with no bytes) it returns false and
    /// the reader has not moved; <see cref="Read"/> then reads whatever is there.
    /// </summary>
    /// <remarks>
    /// The generated readers guess that fields come in the schema's order, as every writer of ours
    /// writes them: a right guess is one comparison instead of a search for the name's end and a
    /// match of its bytes (docs/decisions.md, "JSON names tried in schema order").
    /// </remarks>
    public bool TryReadName(JsonPropertyKey key)
    {
        var bytes = key.Bytes;
        if (bytes is null)
        {
            return false;
        }

        var data = _data;
        var i = _position;
        if (_expect == Expect.CommaOrEndObject)
        {
            if ((uint)i < (uint)data.Length && data[i] <= (byte)' ')
            {
                i = SkipWhitespace(data, i);
            }

            if ((uint)i >= (uint)data.Length || data[i] != (byte)',')
            {
                return false;
            }

            i++;
        }
        else if (_expect != Expect.NameOrEndObject)
        {
            return false;
        }

        if ((uint)i < (uint)data.Length && data[i] <= (byte)' ')
        {
            i = SkipWhitespace(data, i);
        }

        if (!data.Slice(i).StartsWith(bytes))
        {
            return false;
        }

        // The key's name is ASCII without escapes (JsonPropertyKey.For): the flags are known.
        _tokenStart = i;
        _valueStart = i + 1;
        _valueLength = bytes.Length - 3;
        _escaped = false;
        _ascii = true;
        _type = JsonTokenType.PropertyName;
        _position = i + bytes.Length;
        _expect = Expect.Value;
        return true;
    }

    /// <summary>The offset of what follows the comma at <paramref name="comma"/> and its white space; the end of the document there is a failure.</summary>
    private readonly int AfterComma(ReadOnlySpan<byte> data, int comma)
    {
        var i = comma + 1;
        if ((uint)i < (uint)data.Length && data[i] <= (byte)' ')
        {
            i = SkipWhitespace(data, i);
        }

        if ((uint)i >= (uint)data.Length)
        {
            throw EndInside();
        }

        return i;
    }

    /// <summary>The current string or property name as text: escapes undone, UTF-8 checked (invalid UTF-8 or an escaped lone surrogate is a <see cref="JsonSyntaxFailure"/>).</summary>
    public readonly string GetString()
    {
        var raw = ValueSpan;
        if (raw.IsEmpty)
        {
            return string.Empty;
        }

        if (!_escaped && _ascii)
        {
            // ASCII is Latin-1: a widening copy, the cheapest way to a string.
            return Encoding.Latin1.GetString(raw);
        }

        return Decoded(raw);
    }

    /// <summary>Whether the current string or property name is <paramref name="text"/>.</summary>
    public readonly bool ValueTextEquals(string text)
        => !_escaped && _ascii ? Ascii.Equals(ValueSpan, text) : string.Equals(GetString(), text, StringComparison.Ordinal);

    /// <summary>The current number as an <see cref="int"/>; false when it has a fraction or an exponent or is out of range.</summary>
    public readonly bool TryGetInt32(out int value) => Utf8Parser.TryParse(ValueSpan, out value, out var used) && used == _valueLength;

    /// <summary>The current number as a <see cref="long"/>; false when it has a fraction or an exponent or is out of range.</summary>
    public readonly bool TryGetInt64(out long value) => Utf8Parser.TryParse(ValueSpan, out value, out var used) && used == _valueLength;

    /// <summary>The current number as a <see cref="double"/>, correctly rounded (too large a number is an infinity; the caller checks).</summary>
    /// <remarks>The usual short decimal without the general parser (<see cref="ScalarParsers.TryShortDecimalUtf8"/>).</remarks>
    public readonly bool TryGetDouble(out double value)
        => ScalarParsers.TryShortDecimalUtf8(ValueSpan, out value) || (Utf8Parser.TryParse(ValueSpan, out value, out var used) && used == _valueLength);

    /// <summary>The current number as a <see cref="decimal"/>; false when out of range.</summary>
    public readonly bool TryGetDecimal(out decimal value) => Utf8Parser.TryParse(ValueSpan, out value, out var used) && used == _valueLength;

    private static int SkipWhitespace(ReadOnlySpan<byte> data, int i)
    {
        while ((uint)i < (uint)data.Length)
        {
            var b = data[i];
            if (b > (byte)' ' || (b != (byte)' ' && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t'))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private bool AtEnd()
    {
        if (_expect == Expect.End || (_expect == Expect.Value && _depth == 0))
        {
            // The end of the document, or an empty one (the caller words that).
            _position = _data.Length;
            return false;
        }

        throw EndInside();
    }

    private readonly JsonSyntaxFailure EndInside() => Fail(
        _data.Length,
        _expect switch
        {
            Expect.Value when _type == JsonTokenType.PropertyName => "the document ends after a property name; expected its value",
            _ => IsObjectAt(_depth) ? "the document ends inside an object; expected '}'" : "the document ends inside an array; expected ']'",
        });

    private void ReadValue(ReadOnlySpan<byte> data, int i, byte b)
    {
        _tokenStart = i;
        _escaped = false;
        _ascii = true;
        switch (b)
        {
            case (byte)'"':
                _position = ReadStringBody(data, i);
                _type = JsonTokenType.String;
                break;
            case (byte)'{':
                StartContainer(i, isObject: true);
                return;
            case (byte)'[':
                StartContainer(i, isObject: false);
                return;
            case (byte)'t':
                ReadLiteral(data, i, "true"u8, JsonTokenType.True);
                break;
            case (byte)'f':
                ReadLiteral(data, i, "false"u8, JsonTokenType.False);
                break;
            case (byte)'n':
                ReadLiteral(data, i, "null"u8, JsonTokenType.Null);
                break;
            default:
                if (b == (byte)'-' || (uint)(b - '0') <= 9)
                {
                    ReadNumber(data, i);
                    break;
                }

                throw Mistake(Problem.Value, i);
        }

        _expect = _afterValue;
    }

    private void ReadName(ReadOnlySpan<byte> data, int i)
    {
        _tokenStart = i;
        var after = SkipWhitespace(data, ReadStringBody(data, i));
        if ((uint)after >= (uint)data.Length)
        {
            throw Mistake(Problem.EndAfterName, after);
        }

        if (data[after] != (byte)':')
        {
            throw Mistake(Problem.Colon, after);
        }

        _type = JsonTokenType.PropertyName;
        _position = after + 1;
        _expect = Expect.Value;
    }

    /// <summary>Reads the string whose opening quote is at <paramref name="quote"/>; returns the offset after its closing quote.</summary>
    private int ReadStringBody(ReadOnlySpan<byte> data, int quote)
    {
        var start = quote + 1;
        var i = start;
        var escaped = false;
        var ascii = true;
        while (true)
        {
            // Until the first byte that is not ASCII, the search stops at it too (AsciiRun); after
            // it, only at what ends the run (StringStops), so text in another script is still one
            // search a run.
            var run = ascii ? data.Slice(i).IndexOfAnyExcept(AsciiRun) : data.Slice(i).IndexOfAny(StringStops);
            if (run < 0)
            {
                throw Mistake(Problem.UnclosedString, quote);
            }

            i += run;
            var b = data[i];
            if (b == (byte)'"')
            {
                break;
            }

            if (b >= 0x80)
            {
                ascii = false;
                i++;
                continue;
            }

            if (b != (byte)'\\')
            {
                throw Mistake(Problem.ControlCharacter, i);
            }

            if (i + 1 >= data.Length)
            {
                throw Mistake(Problem.UnclosedString, quote);
            }

            escaped = true;
            i = SkipEscape(data, i);
        }

        _valueStart = start;
        _valueLength = i - start;
        _escaped = escaped;
        _ascii = ascii;
        return i + 1;
    }

    /// <summary>Checks the escape whose backslash is at <paramref name="i"/>; returns the offset after it.</summary>
    private readonly int SkipEscape(ReadOnlySpan<byte> data, int i)
    {
        switch (data[i + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return i + 2;
            case (byte)'u':
                for (var k = i + 2; k < i + 6; k++)
                {
                    if (k >= data.Length || !IsHex(data[k]))
                    {
                        throw Mistake(Problem.UnicodeEscape, i);
                    }
                }

                return i + 6;
            default:
                throw Mistake(Problem.Escape, i);
        }
    }

    private static bool IsHex(byte b) => (uint)(b - '0') <= 9 || (uint)((b | 0x20) - 'a') <= 5;

    private void ReadLiteral(ReadOnlySpan<byte> data, int i, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        var end = i + literal.Length;
        if (!data.Slice(i).StartsWith(literal) || (end < data.Length && !IsDelimiter(data[end])))
        {
            throw Mistake(Problem.Value, i);
        }

        _type = type;
        _valueStart = i;
        _valueLength = literal.Length;
        _position = end;
    }

    /// <summary>A number by RFC 8259's grammar: <c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>, followed by a delimiter.</summary>
    private void ReadNumber(ReadOnlySpan<byte> data, int i)
    {
        var j = i;
        if (data[j] == (byte)'-')
        {
            j++;
        }

        var ok = false;
        if (j < data.Length && data[j] == (byte)'0')
        {
            j++;
            ok = true;
        }
        else if (j < data.Length && IsDigit(data[j]))
        {
            j = Digits(data, j);
            ok = true;
        }

        if (ok && j < data.Length && data[j] == (byte)'.')
        {
            ok = j + 1 < data.Length && IsDigit(data[j + 1]);
            j = Digits(data, j + 1);
        }

        if (ok && j < data.Length && (data[j] | 0x20) == (byte)'e')
        {
            j++;
            if (j < data.Length && (data[j] == (byte)'+' || data[j] == (byte)'-'))
            {
                j++;
            }

            ok = j < data.Length && IsDigit(data[j]);
            j = Digits(data, j);
        }

        if (!ok || (j < data.Length && !IsDelimiter(data[j])))
        {
            throw Mistake(ok ? Problem.NumberEnd : Problem.NumberDigits, i);
        }

        _type = JsonTokenType.Number;
        _valueStart = i;
        _valueLength = j - i;
        _position = j;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static int Digits(ReadOnlySpan<byte> data, int j)
    {
        while (j < data.Length && IsDigit(data[j]))
        {
            j++;
        }

        return j;
    }

    /// <summary>What may follow a number or a literal: white space, a comma, a closing bracket.</summary>
    private static bool IsDelimiter(byte b) => b is (byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t';

    /// <summary>The start of an object or an array at <paramref name="i"/>: one level deeper, expecting its first name or value, or its end.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void StartContainer(int i, bool isObject)
    {
        Push(isObject);
        _type = isObject ? JsonTokenType.StartObject : JsonTokenType.StartArray;
        _valueStart = i;
        _valueLength = 1;
        _position = i + 1;
        _expect = isObject ? Expect.NameOrEndObject : Expect.ValueOrEndArray;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Push(bool isObject)
    {
        if (_depth < BitDepth)
        {
            _objects = isObject ? _objects | (1UL << _depth) : _objects & ~(1UL << _depth);
        }
        else
        {
            PushDeep(isObject);
        }

        _depth++;
        _afterValue = isObject ? Expect.CommaOrEndObject : Expect.CommaOrEndArray;
    }

    private void PushDeep(bool isObject)
    {
        var index = _depth - BitDepth;
        if (_deep is null || index >= _deep.Length)
        {
            Array.Resize(ref _deep, Math.Max(16, index * 2));
        }

        _deep[index] = isObject;
    }

    private void EndContainer(int i, JsonTokenType type)
    {
        _depth--;
        _afterValue = _depth == 0 ? Expect.End : IsObjectAt(_depth) ? Expect.CommaOrEndObject : Expect.CommaOrEndArray;
        _type = type;
        _escaped = false;
        _ascii = true;
        _tokenStart = i;
        _valueStart = i;
        _valueLength = 1;
        _position = i + 1;
        _expect = _afterValue;
    }

    /// <summary>
    /// The text of a string that is not plain ASCII: its runs between escapes decoded strictly (invalid
    /// UTF-8 is a failure at its byte, found by the decoding itself), its escapes undone (an escaped
    /// lone surrogate is a failure at its escape).
    /// </summary>
    private readonly string Decoded(ReadOnlySpan<byte> raw)
    {
        if (_escaped && LoneSurrogates.EscapeIndexOf(raw, out var unit) is var lone and >= 0)
        {
            throw Fail(_valueStart + lone, LoneSurrogates.Message(unit));
        }

        char[]? rented = null;
        var chars = raw.Length <= 256 ? stackalloc char[raw.Length] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        var written = 0;
        var i = 0;
        while (i < raw.Length)
        {
            var next = _escaped ? raw.Slice(i).IndexOf((byte)'\\') : -1;
            var plain = next < 0 ? raw.Slice(i) : raw.Slice(i, next);
            if (Utf8.ToUtf16(plain, chars.Slice(written), out var read, out var decoded, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw Fail(_valueStart + i + read, string.Create(CultureInfo.InvariantCulture, $"the text is not valid UTF-8 (byte 0x{plain[read]:X2})"));
            }

            written += decoded;
            if (next < 0)
            {
                break;
            }

            i += next;
            var e = raw[i + 1];
            if (e == (byte)'u')
            {
                Utf8Parser.TryParse(raw.Slice(i + 2, 4), out ushort code, out _, 'X');
                chars[written++] = (char)code;
                i += 6;
                continue;
            }

            chars[written++] = e switch
            {
                (byte)'b' => '\b',
                (byte)'f' => '\f',
                (byte)'n' => '\n',
                (byte)'r' => '\r',
                (byte)'t' => '\t',
                _ => (char)e,
            };
            i += 2;
        }

        var text = new string(chars.Slice(0, written));
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return text;
    }

    /// <summary>The mistakes <see cref="Mistake"/> words.</summary>
    private enum Problem
    {
        Value,
        NameAfterComma,
        TrailingCommaInArray,
        AfterPropertyValue,
        AfterItem,
        NameOrEndObject,
        AfterDocument,
        Colon,
        EndAfterName,
        UnclosedString,
        ControlCharacter,
        Escape,
        UnicodeEscape,
        NumberDigits,
        NumberEnd,
    }

    /// <summary>
    /// The failure for <paramref name="problem"/> at offset <paramref name="i"/>, with what was
    /// found there and, for the usual slips (a comment, single quotes, a trailing comma), the rule.
    /// </summary>
    /// <remarks>Apart from the token methods, so their frames stay small: the messages are only made on a mistake.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private readonly JsonSyntaxFailure Mistake(Problem problem, int i)
    {
        var found = i >= _data.Length ? "the end of the document" : Word(_data, i);
        var b = i < _data.Length ? _data[i] : (byte)0;
        return Fail(i, problem switch
        {
            Problem.Value => $"expected a value, found {found}{Hint(b)}",
            Problem.NameAfterComma => $"expected a property name in double quotes after ',', found {found}{(b == (byte)'}' ? " (JSON allows no comma after the last property)" : string.Empty)}",
            Problem.TrailingCommaInArray => "expected a value after ',', found ']' (JSON allows no comma after the last item)",
            Problem.AfterPropertyValue => $"expected ',' or '}}' after a property's value, found {found}",
            Problem.AfterItem => $"expected ',' or ']' after an item, found {found}",
            Problem.NameOrEndObject => $"expected a property name in double quotes or '}}', found {found}",
            Problem.AfterDocument => $"expected the end of the document after the value, found {found}",
            Problem.Colon => $"expected ':' after the property name, found {found}",
            Problem.EndAfterName => "the document ends after a property name; expected ':'",
            Problem.UnclosedString => "the string that starts here has no closing '\"'",
            Problem.ControlCharacter => string.Create(CultureInfo.InvariantCulture, $"a control character (U+{b:X4}) must be escaped in a JSON string (\\n, \\t, \\u{b:X4})"),
            Problem.Escape => $"'\\{Printable(_data[i + 1])}' is not an escape JSON knows; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
            Problem.UnicodeEscape => "'\\u' must be followed by four hexadecimal digits",
            Problem.NumberDigits => $"{found} is not a JSON number (a JSON number has digits after its '-', '.' and 'e')",
            _ => $"{found} is not a JSON number",
        });
    }

    /// <summary>The word that starts at <paramref name="i"/> (a number, a literal, a bare word), or the one character there, quoted.</summary>
    private static string Word(ReadOnlySpan<byte> data, int i)
    {
        var end = i;
        while (end < data.Length && end - i < 24 && (char.IsAsciiLetterOrDigit((char)data[end]) || data[end] is (byte)'-' or (byte)'+' or (byte)'.' or (byte)'_'))
        {
            end++;
        }

        if (end - i > 1)
        {
            return "'" + Encoding.ASCII.GetString(data.Slice(i, end - i)) + (end - i == 24 ? "...'" : "'");
        }

        return "'" + Printable(data[i]) + "'";
    }

    private static string Printable(byte b)
        => b is >= 0x20 and < 0x7F ? ((char)b).ToString() : string.Create(CultureInfo.InvariantCulture, $"\\x{b:X2}");

    /// <summary>A hint for a value that is not JSON but a common mistake.</summary>
    private static string Hint(byte b) => b switch
    {
        (byte)'\'' => " (JSON strings take double quotes)",
        (byte)'/' => " (JSON has no comments)",
        _ => string.Empty,
    };

    private static JsonSyntaxFailure Fail(int offset, string message) => new(offset, message);
}

/// <summary>
/// A property name as a compact writer writes it, in quotes with its colon (<c>"title":</c>), for
/// <see cref="JsonReader.TryReadName"/>. Made only by <see cref="For"/>, for names of ASCII that
/// need no escape; the default value has no bytes and matches nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct JsonPropertyKey
{
    private JsonPropertyKey(byte[] bytes) => Bytes = bytes;

    /// <summary>The key's bytes; null for none.</summary>
    internal byte[]? Bytes { get; }

    /// <summary>The key of each of <paramref name="names"/>; none (the default) for a name that is not ASCII or needs an escape in JSON, which is matched the usual way.</summary>
    public static JsonPropertyKey[] For(IReadOnlyList<string> names)
    {
        if (names is null)
        {
            throw new ArgumentNullException(nameof(names));
        }

        var keys = new JsonPropertyKey[names.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var name = names[i];
            var plain = true;
            foreach (var c in name)
            {
                plain &= c is >= ' ' and < (char)0x7F and not '"' and not '\\';
            }

            keys[i] = plain ? new JsonPropertyKey(Encoding.ASCII.GetBytes("\"" + name + "\":")) : default;
        }

        return keys;
    }
}

/// <summary>Bad JSON found by <see cref="JsonReader"/>: where (a byte offset) and what; the parse entry points turn it into a <c>syntax</c> error.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonSyntaxFailure : Exception
{
    /// <summary>Creates the failure.</summary>
    public JsonSyntaxFailure(long offset, string message)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>The byte offset of the mistake in the document.</summary>
    public long Offset { get; }
}
