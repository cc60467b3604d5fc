using System;
using System.Buffers;
using System.Buffers.Text;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace NewsSchema.Generated;

/// <summary>
/// Writes the generated records' JSON: indented by two spaces, text in UTF-8 as
/// <see cref="JsonWriting.Options"/> would have <see cref="Utf8JsonWriter"/> write it, byte for
/// byte (JsonWriterTests compares the two), without the checks of the structure a generated
/// writer cannot get wrong.
/// </summary>
/// <remarks>
/// Two modes. Its own: into a buffer kept per thread, read with <see cref="ToString"/>. Or over a
/// caller's <see cref="Utf8JsonWriter"/> (<see cref="Over"/>): every call is passed on to it, so
/// the public <c>WriteJson(Utf8JsonWriter)</c> writes with that writer's options, and the generated
/// body is written once for both.
/// A string is copied as it is unless <see cref="JsonWriting.Options"/>'s encoder would escape
/// something in it; such a string (rare: a quote, a backslash, a control character, a character
/// outside the BMP...) is escaped by a <see cref="Utf8JsonWriter"/> with those options, so the
/// escapes are the same. A string with a lone surrogate is refused in both modes, as everywhere
/// (<see cref="LoneSurrogates.Checked"/>): the generated code passes text as it is.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class JsonWriter
{
    /// <summary>The writer keeps its buffer for the next writer on the thread up to this size.</summary>
    private const int KeptBufferSize = 1024 * 1024;

    [ThreadStatic]
    private static byte[]? s_buffer;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? s_escapeBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? s_escapeWriter;

    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    private readonly Utf8JsonWriter? _inner;
    private byte[] _buffer;
    private int _count;
    private int _depth;
    private bool _first = true; // nothing written yet in the current object or array (or the document)
    private bool _afterName;    // a property name was written: its value follows on the same line

    private JsonWriter(Utf8JsonWriter? inner)
    {
        _inner = inner;
        _buffer = inner is null ? s_buffer ?? new byte[4096] : Array.Empty<byte>();
        if (inner is null)
        {
            s_buffer = null;
        }
    }

    /// <summary>A writer of its own: read the text with <see cref="ToString"/>.</summary>
    public static JsonWriter Create() => new(null);

    /// <summary>A writer that passes every call on to <paramref name="writer"/>.</summary>
    public static JsonWriter Over(Utf8JsonWriter writer) => new(writer ?? throw new ArgumentNullException(nameof(writer)));

    /// <summary>
    /// The text written (a writer of its own). The call gives the buffer back for the next writer
    /// on this thread; the writer must not be used after it.
    /// </summary>
    public override string ToString()
    {
        if (_inner is not null)
        {
            return "JsonWriter over a Utf8JsonWriter";
        }

        var text = Encoding.UTF8.GetString(_buffer, 0, _count);
        if (_buffer.Length <= KeptBufferSize && _buffer.Length > 0)
        {
            s_buffer = _buffer;
        }

        _buffer = Array.Empty<byte>();
        _count = 0;
        return text;
    }

    /// <summary>Starts an object: an array item, a map value, or the document.</summary>
    public void WriteStartObject()
    {
        if (_inner is not null)
        {
            _inner.WriteStartObject();
            return;
        }

        BeginValue();
        Open((byte)'{');
    }

    /// <summary>Starts an object under the property <paramref name="name"/>.</summary>
    public void WriteStartObject(JsonEncodedText name)
    {
        if (_inner is not null)
        {
            _inner.WriteStartObject(name);
            return;
        }

        Name(name);
        Open((byte)'{');
    }

    /// <summary>Ends an object; an empty one is <c>{}</c>.</summary>
    public void WriteEndObject()
    {
        if (_inner is not null)
        {
            _inner.WriteEndObject();
            return;
        }

        Close((byte)'}');
    }

    /// <summary>Starts an array: an array item, a map value, or the document.</summary>
    public void WriteStartArray()
    {
        if (_inner is not null)
        {
            _inner.WriteStartArray();
            return;
        }

        BeginValue();
        Open((byte)'[');
    }

    /// <summary>Starts an array under the property <paramref name="name"/>.</summary>
    public void WriteStartArray(JsonEncodedText name)
    {
        if (_inner is not null)
        {
            _inner.WriteStartArray(name);
            return;
        }

        Name(name);
        Open((byte)'[');
    }

    /// <summary>Ends an array; an empty one is <c>[]</c>.</summary>
    public void WriteEndArray()
    {
        if (_inner is not null)
        {
            _inner.WriteEndArray();
            return;
        }

        Close((byte)']');
    }

    /// <summary>Writes the property name <paramref name="name"/>; its value follows.</summary>
    public void WritePropertyName(JsonEncodedText name)
    {
        if (_inner is not null)
        {
            _inner.WritePropertyName(name);
            return;
        }

        Name(name);
        _afterName = true;
    }

    /// <summary>Writes the property name <paramref name="name"/> (a map key), escaped as needed; its value follows.</summary>
    public void WritePropertyName(string name)
    {
        if (_inner is not null)
        {
            _inner.WritePropertyName(LoneSurrogates.Checked(name));
            return;
        }

        BeginValue();
        Quoted(name, propertyName: true);
        Ascii(": "u8);
        _afterName = true;
    }

    /// <summary>Writes a string under <paramref name="name"/>.</summary>
    public void WriteString(JsonEncodedText name, string value)
    {
        if (_inner is not null)
        {
            _inner.WriteString(name, LoneSurrogates.Checked(value));
            return;
        }

        Name(name);
        Quoted(value, propertyName: false);
    }

    /// <summary>Writes a string (an array item or a map value).</summary>
    public void WriteStringValue(string value)
    {
        if (_inner is not null)
        {
            _inner.WriteStringValue(LoneSurrogates.Checked(value));
            return;
        }

        BeginValue();
        Quoted(value, propertyName: false);
    }

    /// <summary>Writes text that needs no escape (a date), quoted, under <paramref name="name"/> or, without one, as an item.</summary>
    internal void WriteAsciiString(JsonEncodedText? name, ReadOnlySpan<byte> ascii)
    {
        if (_inner is not null)
        {
            if (name is { } n)
            {
                _inner.WriteString(n, ascii);
            }
            else
            {
                _inner.WriteStringValue(ascii);
            }

            return;
        }

        Before(name);
        var span = Reserve(ascii.Length + 2);
        span[0] = (byte)'"';
        ascii.CopyTo(span.Slice(1));
        span[ascii.Length + 1] = (byte)'"';
        _count += ascii.Length + 2;
    }

    /// <summary>Writes an int under <paramref name="name"/>.</summary>
    public void WriteNumber(JsonEncodedText name, int value)
    {
        if (_inner is not null)
        {
            _inner.WriteNumber(name, value);
            return;
        }

        Name(name);
        Utf8Formatter.TryFormat(value, Reserve(11), out var written);
        _count += written;
    }

    /// <summary>Writes an int.</summary>
    public void WriteNumberValue(int value)
    {
        if (_inner is not null)
        {
            _inner.WriteNumberValue(value);
            return;
        }

        BeginValue();
        Utf8Formatter.TryFormat(value, Reserve(11), out var written);
        _count += written;
    }

    /// <summary>Writes a long under <paramref name="name"/>.</summary>
    public void WriteNumber(JsonEncodedText name, long value)
    {
        if (_inner is not null)
        {
            _inner.WriteNumber(name, value);
            return;
        }

        Name(name);
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        _count += written;
    }

    /// <summary>Writes a long.</summary>
    public void WriteNumberValue(long value)
    {
        if (_inner is not null)
        {
            _inner.WriteNumberValue(value);
            return;
        }

        BeginValue();
        Utf8Formatter.TryFormat(value, Reserve(20), out var written);
        _count += written;
    }

    /// <summary>Writes a double under <paramref name="name"/>; NaN and the infinities are refused, as by <see cref="Utf8JsonWriter"/>.</summary>
    public void WriteNumber(JsonEncodedText name, double value)
    {
        if (_inner is not null || !double.IsFinite(value))
        {
            (_inner ?? EscapeWriter()).WriteNumber(name, value); // NaN and the infinities throw there, with its message
            return;
        }

        Name(name);
        Double(value);
    }

    /// <summary>Writes a double; NaN and the infinities are refused, as by <see cref="Utf8JsonWriter"/>.</summary>
    public void WriteNumberValue(double value)
    {
        if (_inner is not null || !double.IsFinite(value))
        {
            (_inner ?? EscapeWriter()).WriteNumberValue(value);
            return;
        }

        BeginValue();
        Double(value);
    }

    /// <summary>Writes a decimal under <paramref name="name"/>.</summary>
    public void WriteNumber(JsonEncodedText name, decimal value)
    {
        if (_inner is not null)
        {
            _inner.WriteNumber(name, value);
            return;
        }

        Name(name);
        Utf8Formatter.TryFormat(value, Reserve(64), out var written);
        _count += written;
    }

    /// <summary>Writes a decimal.</summary>
    public void WriteNumberValue(decimal value)
    {
        if (_inner is not null)
        {
            _inner.WriteNumberValue(value);
            return;
        }

        BeginValue();
        Utf8Formatter.TryFormat(value, Reserve(64), out var written);
        _count += written;
    }

    /// <summary>Writes true or false under <paramref name="name"/>.</summary>
    public void WriteBoolean(JsonEncodedText name, bool value)
    {
        if (_inner is not null)
        {
            _inner.WriteBoolean(name, value);
            return;
        }

        Name(name);
        Ascii(value ? "true"u8 : "false"u8);
    }

    /// <summary>Writes true or false.</summary>
    public void WriteBooleanValue(bool value)
    {
        if (_inner is not null)
        {
            _inner.WriteBooleanValue(value);
            return;
        }

        BeginValue();
        Ascii(value ? "true"u8 : "false"u8);
    }

    /// <summary>
    /// A double as <see cref="Utf8JsonWriter"/> writes it: the shortest text that reads back as the
    /// same value (a short decimal without the general formatter, <see cref="ScalarParsers.TryFormatShortDecimalUtf8"/>).
    /// </summary>
    private void Double(double value)
    {
        var span = Reserve(32);
        if (!ScalarParsers.TryFormatShortDecimalUtf8(value, span, out var written))
        {
            Utf8Formatter.TryFormat(value, span, out written);
        }

        _count += written;
    }

    private void Before(JsonEncodedText? name)
    {
        if (name is { } n)
        {
            Name(n);
        }
        else
        {
            BeginValue();
        }
    }

    /// <summary>
    /// Before a value or a property name: nothing right after a property name or for the document's
    /// value; else a comma unless it is the first of its container, a new line and the indentation.
    /// </summary>
    private void BeginValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_first)
        {
            _first = false;
            if (_depth > 0)
            {
                LineAndIndent(_depth);
            }

            return;
        }

        Byte((byte)',');
        LineAndIndent(_depth);
    }

    /// <summary>A pre-encoded property name and <c>": "</c>: its value follows.</summary>
    private void Name(JsonEncodedText name)
    {
        BeginValue();
        var bytes = name.EncodedUtf8Bytes;
        var span = Reserve(bytes.Length + 4);
        span[0] = (byte)'"';
        bytes.CopyTo(span.Slice(1));
        span[bytes.Length + 1] = (byte)'"';
        span[bytes.Length + 2] = (byte)':';
        span[bytes.Length + 3] = (byte)' ';
        _count += bytes.Length + 4;
    }

    /// <summary>
    /// Opens an object or array. Its parent's <see cref="_first"/> is false by now (the opening
    /// bracket is a value of it), and stays so when it closes: no stack of them is needed.
    /// </summary>
    private void Open(byte bracket)
    {
        Byte(bracket);
        _depth++;
        _first = true;
    }

    /// <summary>Closes an object or array: on a line of its own unless it is empty.</summary>
    private void Close(byte bracket)
    {
        _depth--;
        if (!_first)
        {
            LineAndIndent(_depth);
        }

        Byte(bracket);
        _first = false;
    }

    private void LineAndIndent(int depth)
    {
        var span = Reserve(NewLine.Length + (2 * depth));
        NewLine.CopyTo(span);
        span.Slice(NewLine.Length, 2 * depth).Fill((byte)' ');
        _count += NewLine.Length + (2 * depth);
    }

    /// <summary>
    /// <paramref name="value"/> in quotes, transcoded straight into the buffer; escaped by a
    /// <see cref="Utf8JsonWriter"/> when the encoder would escape anything in it.
    /// </summary>
    private void Quoted(string value, bool propertyName)
    {
        var span = Reserve((value.Length * 3) + 2);
        var status = System.Text.Unicode.Utf8.FromUtf16(value, span.Slice(1), out _, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            LoneSurrogates.Checked(value); // the only invalid UTF-16: throws with the usual message
        }

        if (JsonWriting.Options.Encoder!.FindFirstCharacterToEncodeUtf8(span.Slice(1, written)) >= 0)
        {
            Escaped(value, propertyName);
            return;
        }

        span[0] = (byte)'"';
        span[written + 1] = (byte)'"';
        _count += written + 2;
    }

    /// <summary>A string with something to escape: written by a <see cref="Utf8JsonWriter"/> with the same options, and its quoted text copied.</summary>
    private void Escaped(string value, bool propertyName)
    {
        var writer = EscapeWriter();
        if (propertyName)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(value);
        }
        else
        {
            writer.WriteStringValue(value);
        }

        writer.Flush();
        var written = s_escapeBuffer!.WrittenSpan;
        var start = written.IndexOf((byte)'"');
        var quoted = written.Slice(start, written.LastIndexOf((byte)'"') - start + 1);
        quoted.CopyTo(Reserve(quoted.Length));
        _count += quoted.Length;
    }

    /// <summary>The thread's <see cref="Utf8JsonWriter"/> with <see cref="JsonWriting.Options"/>, reset, over an empty buffer.</summary>
    private static Utf8JsonWriter EscapeWriter()
    {
        var buffer = s_escapeBuffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        if (s_escapeWriter is null)
        {
            s_escapeWriter = new Utf8JsonWriter(buffer, JsonWriting.Options);
        }
        else
        {
            s_escapeWriter.Reset(buffer);
        }

        return s_escapeWriter;
    }

    /// <summary>At least <paramref name="length"/> free bytes at the end of the buffer; the caller adds what it wrote to <see cref="_count"/>.</summary>
    private Span<byte> Reserve(int length)
    {
        if (_buffer.Length - _count < length)
        {
            var bigger = new byte[Math.Max(Math.Max(_buffer.Length * 2, 4096), _count + length)];
            _buffer.AsSpan(0, _count).CopyTo(bigger);
            _buffer = bigger;
        }

        return _buffer.AsSpan(_count);
    }

    private void Byte(byte value)
    {
        Reserve(1)[0] = value;
        _count++;
    }

    private void Ascii(ReadOnlySpan<byte> text)
    {
        text.CopyTo(Reserve(text.Length));
        _count += text.Length;
    }
}
