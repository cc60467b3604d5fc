using System;
using System.Buffers;
using System.IO;

namespace NewsSchema.Generated;

// The JSON context: parsing a document read from a stream.
public sealed partial class JsonContext
{
    /// <summary>
    /// Parses a JSON document read from <paramref name="stream"/> to its end (UTF-8, a byte order
    /// mark allowed), through one pooled buffer. The stream is not closed. More than
    /// <see cref="ParseOptions.MaxDocumentLength"/> bytes is a <c>limit</c> error, found without
    /// reading past the limit. Errors of the stream itself (<see cref="IOException"/>) are thrown.
    /// </summary>
    public static ParseResult<T> ParseDocument<T>(Stream stream, string? source, ParseOptions? options, JsonReadFunc<T> read)
        where T : class
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        options ??= ParseOptions.Default;
        var limit = options.MaxDocumentLength;
        if (stream.CanSeek && stream.Length - stream.Position > limit)
        {
            return TooLong<T>(stream.Length - stream.Position, source, options);
        }

        // Room for one byte past the limit: reading it is how a stream of unknown length is found too long.
        var cap = (int)Math.Min(limit + 1, Array.MaxLength);
        var size = stream.CanSeek ? (int)Math.Min(stream.Length - stream.Position + 1, cap) : Math.Min(64 * 1024, cap);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 16));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length >= cap)
                    {
                        // Only when the limit is beyond what one array holds: the rest must be empty.
                        if (stream.ReadByte() < 0)
                        {
                            break;
                        }

                        return ParseResult<T>.Failure(new[]
                        {
                            new DataError(DataErrorCodes.Limit, string.Empty, $"the document has more than {length} bytes, more than one buffer holds; parse it in parts", source, 1, 1),
                        });
                    }

                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, cap));
                    Buffer.BlockCopy(buffer, 0, larger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var count = stream.Read(buffer, length, Math.Min(buffer.Length, cap) - length);
                if (count == 0)
                {
                    break;
                }

                length += count;
                if (length > limit)
                {
                    return ParseResult<T>.Failure(new[]
                    {
                        new DataError(DataErrorCodes.Limit, string.Empty, $"the document has more than {limit} bytes; the limit is {limit} (ParseOptions.MaxDocumentLength)", source, 1, 1),
                    });
                }
            }

            return ParseDocument(new ReadOnlySpan<byte>(buffer, 0, length), source, options, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
