using System;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>The output buffer: bytes reserved, grown, flushed and transcoded.</summary>
public sealed partial class YamlWriter
{
    /// <summary>At least <paramref name="length"/> free bytes at the end of the buffer; the caller adds what it wrote to <see cref="_count"/>.</summary>
    private Span<byte> Reserve(int length)
    {
        if (_buffer.Length - _count < length)
        {
            Grow(length);
        }

        return _buffer.AsSpan(_count);
    }

    private void Grow(int length)
    {
        if (_output is not null)
        {
            Flush();
            if (_buffer.Length >= length)
            {
                return;
            }
        }

        var bigger = new byte[Math.Max(Math.Max(_buffer.Length * 2, 4096), _count + length)];
        _buffer.AsSpan(0, _count).CopyTo(bigger);
        _buffer = bigger;
    }

    private void Byte(byte value)
    {
        if (_count == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_count++] = value;
    }

    private void Ascii(string text)
    {
        var span = Reserve(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            span[i] = (byte)text[i];
        }

        _count += text.Length;
    }

    private void Spaces(int count)
    {
        Reserve(count).Slice(0, count).Fill((byte)' ');
        _count += count;
    }

    /// <summary>Transcodes <paramref name="text"/> (no lone surrogates) to UTF-8.</summary>
    private void Utf8(ReadOnlySpan<char> text)
    {
        var destination = Reserve(text.Length * 3); // before reading _count: reserving may flush
        _count += Encoding.UTF8.GetBytes(text, destination);
    }
}
