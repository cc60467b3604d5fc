using System;
using System.Buffers;
using System.IO;

namespace NewsSchema.Generated;

// The YAML reader: documents read from a stream.
public sealed partial class YamlReader
{
    /// <summary>
    /// Parses one document read from <paramref name="stream"/> to its end, as bytes (see the
    /// <see cref="ReadOnlySpan{T}"/> overload for the encodings). The stream is read into one
    /// pooled buffer and is not disposed. A stream longer than any document of
    /// <see cref="ParseOptions.MaxDocumentLength"/> characters can be is refused with a
    /// <c>limit</c> error as soon as that many bytes have been read, without reading the rest.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read (not bad data: the caller's I/O).</exception>
    public static ParseResult<T> ParseDocument<T>(Stream stream, string? source, ParseOptions? options, Func<YamlReader, T?> read)
        where T : class
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var limit = (options ?? ParseOptions.Default).MaxDocumentLength;
        var buffer = ReadAll(stream, MaxBytes(limit), out var length);
        try
        {
            if (buffer is null)
            {
                var message = MaxBytes(limit) == MaxBufferLength
                    ? $"the document has more than {MaxBufferLength} bytes, more than one parse can hold"
                    : $"the document has more than {limit} characters; the limit is {limit} (ParseOptions.MaxDocumentLength)";
                return ParseResult<T>.Failure(new[] { new DataError(DataErrorCodes.Limit, string.Empty, message, source, 1, 1) });
            }

            // The buffer is this parse's own: read in place, not copied once more.
            return ParseBuffer(buffer, length, source, options, read);
        }
        finally
        {
            if (buffer is not null)
            {
                Pool.Return(buffer);
            }
        }
    }

    /// <summary>
    /// The most bytes a document of <paramref name="limit"/> characters takes: 3 per character in
    /// UTF-8 (a 4-byte sequence is two UTF-16 characters), and a byte order mark.
    /// </summary>
    /// <remarks>Never more than the largest byte array (<c>Array.MaxLength</c>), which a span over the document needs.</remarks>
    private static long MaxBytes(long limit) => limit > (MaxBufferLength - 3) / 3 ? MaxBufferLength : (3 * limit) + 3;

    /// <summary><c>Array.MaxLength</c> (not in netstandard2.0, where the generator compiles this file).</summary>
    private const int MaxBufferLength = 0x7FFFFFC7;

    /// <summary>
    /// Reads the stream to its end into a buffer rented from the shared pool (the caller returns
    /// it); null when it holds more than <paramref name="maxBytes"/> bytes (the buffer is then
    /// returned here, and the stream is read no further).
    /// </summary>
    private static byte[]? ReadAll(Stream stream, long maxBytes, out int length)
    {
        length = 0;
        // A seekable stream says how much is left: one more byte, so its end is seen without growing.
        var initial = stream.CanSeek ? Math.Max(stream.Length - stream.Position, 0) + 1 : 16 * 1024;
        var buffer = Pool.Rent<byte>((int)Math.Max(Math.Min(initial, Math.Min(maxBytes + 1, MaxBufferLength)), 256));
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length >= MaxBufferLength)
                {
                    Pool.Return(buffer);
                    length = 0;
                    return null;
                }

                var larger = Pool.Rent<byte>((int)Math.Min((long)buffer.Length * 2, MaxBufferLength));
                Buffer.BlockCopy(buffer, 0, larger, 0, length);
                Pool.Return(buffer);
                buffer = larger;
            }

            var count = stream.Read(buffer, length, buffer.Length - length);
            if (count <= 0)
            {
                return buffer;
            }

            length += count;
            if (length > maxBytes)
            {
                Pool.Return(buffer);
                length = 0;
                return null;
            }
        }
    }
}
