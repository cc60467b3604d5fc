using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>
/// Writes canonical block-style YAML for the generated writers: two-space indentation,
/// keys in schema order, strings plain when that reads back as the same text and
/// double-quoted otherwise.
/// </summary>
/// <remarks>
/// The writer writes UTF-8. It has two targets: a string (<see cref="YamlWriter(StringBuilder)"/>,
/// read with <see cref="ToString"/>: the bytes are kept in a buffer reused per thread and decoded
/// once), or an <see cref="IBufferWriter{T}"/> of bytes (<see cref="YamlWriter(IBufferWriter{byte})"/>:
/// the text is written to it as UTF-8, call <see cref="Flush"/> at the end). Both give the same
/// text (YamlWriterTargetTests compares them byte for byte).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class YamlWriter
{
    private const int MaxImplicitKeyLength = 1000;

    /// <summary>The UTF-8 target's buffer: bytes are copied to the output once this many are pending.</summary>
    private const int FlushThreshold = 16 * 1024;

    /// <summary>The string target keeps its buffer for the next writer on the thread up to this size.</summary>
    private const int KeptBufferSize = 1024 * 1024;

    [ThreadStatic]
    private static byte[]? s_buffer;

    private readonly IBufferWriter<byte>? _output;
    private readonly StringBuilder? _builder;
    private readonly Stack<(long Position, int Indent)> _frames = new();
    private byte[] _buffer;
    private int _count;       // bytes in _buffer
    private long _committed;  // bytes written before _buffer's: flushed to _output, or decoded by ToString
    private string? _text;    // the string target: the text an earlier ToString() decoded
    private int _indent;
    private int _pendingSpaces = -1; // "- " prefixes waiting for the first key or scalar of a list item:
    private int _pendingDashes;      // this many spaces, then this many "- "
    private bool _afterKey;          // a "key:" was written and waits for its value

    /// <summary>Creates a writer to a string, read with <see cref="ToString"/>; with <paramref name="builder"/>, the text is appended to it there.</summary>
    public YamlWriter(StringBuilder? builder = null)
    {
        _builder = builder;
        _buffer = s_buffer ?? new byte[4096];
        s_buffer = null;
    }

    /// <summary>Creates a writer that writes UTF-8 to <paramref name="output"/>; call <see cref="Flush"/> when done.</summary>
    public YamlWriter(IBufferWriter<byte> output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _buffer = new byte[1024];
    }

    /// <summary>The number of UTF-8 bytes written so far.</summary>
    public long BytesWritten => _committed + _count;

    /// <summary>
    /// The text written (the string target). The first call gives back the writer's buffer for
    /// the next writer on this thread; writing on after it still works. For the UTF-8 target it
    /// only says so: read the bytes from the <see cref="IBufferWriter{T}"/> after <see cref="Flush"/>.
    /// </summary>
    public override string ToString()
    {
        if (_output is not null)
        {
            return $"YamlWriter to an IBufferWriter<byte> ({BytesWritten} bytes)";
        }

        if (_count > 0 || _text is null)
        {
            var tail = Encoding.UTF8.GetString(_buffer, 0, _count);
            _text = _text is null ? tail : _text + tail;
            _builder?.Append(tail);
            _committed += _count;
            _count = 0;
            if (_buffer.Length <= KeptBufferSize && _buffer.Length > 0)
            {
                s_buffer = _buffer;
            }

            _buffer = Array.Empty<byte>();
        }

        return _builder is null ? _text : _builder.ToString();
    }

    /// <summary>The UTF-8 target: copies the bytes still buffered to the output (the string target has nothing to flush).</summary>
    public void Flush()
    {
        if (_output is null || _count == 0)
        {
            return;
        }

        _buffer.AsSpan(0, _count).CopyTo(_output.GetSpan(_count));
        _output.Advance(_count);
        _committed += _count;
        _count = 0;
    }

    /// <summary>Writes a mapping key; its value must follow.</summary>
    public void WriteKey(string key)
    {
        StartLine();
        var plain = CanBePlain(key);

        // YAML allows at most 1024 characters in an implicit key, and our reader counts them in
        // UTF-8 bytes; a key that may be longer is written as an explicit key ("? key" and
        // ": value" on the next line, at the mapping's indentation).
        var explicitKey = (plain ? Utf8Length(key) : QuotedLength(key) * 3) > MaxImplicitKeyLength;
        if (explicitKey)
        {
            Ascii("? ");
        }

        WriteScalarText(key, plain);
        if (explicitKey)
        {
            Byte((byte)'\n');
            Spaces(_indent);
        }

        Byte((byte)':');
        _afterKey = true;
    }

    private void StartLine()
    {
        if (_afterKey)
        {
            // The key's value is a nested block: it starts on the next line.
            Byte((byte)'\n');
            _afterKey = false;
        }

        if (_pendingSpaces >= 0)
        {
            Spaces(_pendingSpaces);
            for (var i = 0; i < _pendingDashes; i++)
            {
                Ascii("- ");
            }

            _pendingSpaces = -1;
            _pendingDashes = 0;
        }
        else
        {
            Spaces(_indent);
        }
    }

    /// <summary>Begins a block mapping: the document's, a key's value, or a list item.</summary>
    public void BeginMapping() => Push(_afterKey ? 2 : 0);

    /// <summary>Ends a block mapping; an empty one is written as <c>{}</c>.</summary>
    public void EndMapping() => Pop("{}");

    /// <summary>Begins a block sequence: the document's, a key's value, or a list item.</summary>
    public void BeginSequence() => Push(_afterKey ? 2 : 0);

    /// <summary>Ends a block sequence; an empty one is written as <c>[]</c>.</summary>
    public void EndSequence() => Pop("[]");

    private void Push(int indent)
    {
        _frames.Push((BytesWritten, indent));
        _indent += indent;
    }

    private void Pop(string empty)
    {
        var (position, indent) = _frames.Pop();
        _indent -= indent;
        if (BytesWritten == position)
        {
            WriteRaw(empty);
        }
    }

    /// <summary>Begins a list item: the next key or scalar gets a <c>- </c> prefix.</summary>
    public void BeginItem()
    {
        if (_afterKey)
        {
            Byte((byte)'\n');
            _afterKey = false;
        }

        if (_pendingSpaces < 0)
        {
            _pendingSpaces = _indent;
        }

        _pendingDashes++;
        _indent += 2;
    }

    /// <summary>Ends a list item.</summary>
    public void EndItem() => _indent -= 2;

    /// <summary>Writes a scalar already in YAML form (a number, true/false, {} or []).</summary>
    public void WriteRaw(string text)
    {
        BeginValue();
        Utf8(text.AsSpan());
        EndValue();
    }

    /// <summary>Writes text, quoted when a plain scalar would read back differently.</summary>
    public void WriteString(string value)
    {
        BeginValue();
        WriteScalarText(value, CanBePlain(value));
        EndValue();
    }

    /// <summary>Writes an int.</summary>
    public void WriteInt32(int value)
    {
        BeginValue();
        value.TryFormat(Reserve(11), out var written, default, CultureInfo.InvariantCulture);
        _count += written;
        EndValue();
    }

    /// <summary>Writes a long.</summary>
    public void WriteInt64(long value)
    {
        BeginValue();
        value.TryFormat(Reserve(20), out var written, default, CultureInfo.InvariantCulture);
        _count += written;
        EndValue();
    }

    /// <summary>Writes a double in round-trip form (the text of <see cref="ScalarParsers.Format(double)"/>; a short decimal without the general formatter).</summary>
    public void WriteDouble(double value)
    {
        BeginValue();
        var span = Reserve(64);
        if (!ScalarParsers.TryFormatShortDecimalUtf8(value, span, out var written) && !value.TryFormat(span, out written, "R", CultureInfo.InvariantCulture))
        {
            Utf8(ScalarParsers.Format(value).AsSpan());
            written = 0;
        }

        _count += written;
        EndValue();
    }

    /// <summary>Writes a decimal.</summary>
    public void WriteDecimal(decimal value) => WriteRaw(ScalarParsers.Format(value));

    /// <summary>Writes true or false.</summary>
    public void WriteBoolean(bool value) => WriteRaw(value ? "true" : "false");

    /// <summary>Writes a date (the text of <see cref="ScalarParsers.Format(DateOnly)"/>).</summary>
    public void WriteDate(DateOnly value)
    {
        BeginValue();
        _count += JsonWriting.DateText(Reserve(10), value).Length;
        EndValue();
    }

    /// <summary>Writes a date and time.</summary>
    public void WriteDateTime(DateTimeOffset value) => WriteRaw(ScalarParsers.Format(value));

    /// <summary>Writes a URI.</summary>
    public void WriteUri(Uri value) => WriteString(value.OriginalString);

    /// <summary>A value follows a key on its line, or starts a line of its own (a list item, a document).</summary>
    private void BeginValue()
    {
        if (_afterKey)
        {
            Byte((byte)' ');
            _afterKey = false;
        }
        else
        {
            StartLine();
        }
    }

    private void EndValue()
    {
        Byte((byte)'\n');
        if (_output is not null && _count >= FlushThreshold)
        {
            Flush();
        }
    }
}
