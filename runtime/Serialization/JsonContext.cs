using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace NewsSchema.Generated;

/// <summary>Reads one value with the reader positioned on its first token.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T? JsonReadFunc<T>(ref JsonReader reader, JsonContext context);

/// <summary>
/// The JSON side of the generated parsers: wraps <see cref="JsonReader"/> use with
/// error collection, paths, limits and positions. Positions are kept as byte offsets and
/// turned into line and column only when the parse has errors.
/// </summary>
/// <remarks>Every read method starts on the value's first token and leaves the reader on its last token.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class JsonContext
{
    private readonly ParseOptions _options;
    private readonly int _maxDepth;
    private readonly int _documentLength;
    private long _keyOffset;

    private JsonContext(ErrorSink errors, ParseOptions options, ReadOnlySpan<byte> utf8, bool deferPositions)
    {
        Errors = errors;
        _options = options;
        _maxDepth = options.MaxDepth;
        _documentLength = utf8.Length;
        Positions = !options.TrackPositions ? null
            : deferPositions ? SourcePositions.Deferred(errors.Source)
            : new SourcePositions(errors.Source, offsets: true, utf8.Length, IsPlain(utf8));
    }

    /// <summary>Every ASCII byte but CR.</summary>
    private static readonly System.Buffers.SearchValues<byte> PlainBytes = System.Buffers.SearchValues.Create(PlainByteList());

    /// <summary>Whether <paramref name="utf8"/> is ASCII without a CR: its columns are byte distances (one vectorized pass).</summary>
    private static bool IsPlain(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(PlainBytes) < 0;

    private static byte[] PlainByteList()
    {
        var bytes = new byte[127];
        for (var b = 0; b < 128; b++)
        {
            if (b != '\r')
            {
                bytes[b < '\r' ? b : b - 1] = (byte)b;
            }
        }

        return bytes;
    }

    /// <summary>Positions of the records read so far, when <see cref="ParseOptions.TrackPositions"/> is on (byte offsets until the parse ends).</summary>
    public SourcePositions? Positions { get; }

    /// <summary>
    /// Starts the positions of a record at offset <paramref name="start"/> whose fields are <paramref name="fieldNames"/>:
    /// its handle in <see cref="Positions"/>, or -1 when positions are not collected.
    /// </summary>
    public long StartPositions(long start, IReadOnlyList<string> fieldNames)
        => Positions is null ? -1 : Positions.Start(start + 1, fieldNames);

    /// <summary>Keeps where field <paramref name="index"/>'s value starts (the current token).</summary>
    private void MarkField(long positions, int index, ref JsonReader reader)
    {
        if (positions >= 0)
        {
            Positions!.SetField(positions, index, reader.TokenStartIndex + 1);
        }
    }

    /// <summary>Keeps where item <paramref name="item"/> of field <paramref name="index"/> of record <paramref name="positions"/> starts (the current token).</summary>
    public void MarkItem(ref JsonReader reader, long positions, int index, int item)
    {
        if (positions >= 0)
        {
            Positions!.SetItem(positions, index, item, reader.TokenStartIndex + 1);
        }
    }

    /// <summary>Record <paramref name="positions"/> (from <see cref="StartPositions"/>) was read: it is <paramref name="record"/>.</summary>
    public void EndPositions(long positions, object record)
    {
        if (positions != -1)
        {
            Positions!.Complete(positions, record);
        }
    }

    /// <summary>The errors found so far.</summary>
    public ErrorSink Errors { get; }

    /// <summary>Where in the data the reader is.</summary>
    public DataPath Path { get; } = new();

    /// <summary>
    /// Parses a JSON document given as text. Its positions (<see cref="ParseOptions.TrackPositions"/>)
    /// are made when first asked for, by a second parse of the text, which the result keeps
    /// (docs/decisions.md, "Positions made when asked for").
    /// </summary>
    public static ParseResult<T> ParseDocument<T>(string json, string? source, ParseOptions? options, JsonReadFunc<T> read)
        where T : class
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        return ParseText(json, source, options ?? ParseOptions.Default, read, deferPositions: true);
    }

    /// <summary>The parse of a string, its positions deferred or (the second parse that makes them) kept as it goes.</summary>
    private static ParseResult<T> ParseText<T>(string json, string? source, ParseOptions options, JsonReadFunc<T> read, bool deferPositions)
        where T : class
    {
        if (json.Length > options.MaxDocumentLength)
        {
            return TooLong<T>(json.Length, source, options);
        }

        // Transcode into a pooled buffer (YamlReader.Pool: past 1 MB, the thread's last large
        // buffer when it is still there), sized for one byte a character: JSON is mostly ASCII, and
        // text that is not gets a larger buffer for the rest when it is met, not three bytes a
        // character up front. A lone surrogate is not a character (docs/decisions.md, "Hardening
        // rules"): the strict transcoding stops at it, and it is refused where it is instead of
        // becoming U+FFFD.
        var rented = YamlReader.Pool.Rent<byte>(Math.Max(json.Length, 1));
        try
        {
            var status = System.Text.Unicode.Utf8.FromUtf16(json, rented, out var consumed, out var length, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.DestinationTooSmall)
            {
                var larger = YamlReader.Pool.Rent<byte>(length + Encoding.UTF8.GetMaxByteCount(json.Length - consumed));
                rented.AsSpan(0, length).CopyTo(larger);
                YamlReader.Pool.Return(rented);
                rented = larger;
                status = System.Text.Unicode.Utf8.FromUtf16(json.AsSpan(consumed), rented.AsSpan(length), out var restConsumed, out var restLength, replaceInvalidSequences: false);
                consumed += restConsumed;
                length += restLength;
            }

            if (status != System.Buffers.OperationStatus.Done)
            {
                var (line, column) = YamlReader.LineAndColumn(json, consumed);
                return ParseResult<T>.Failure(new[] { new DataError(DataErrorCodes.Syntax, string.Empty, LoneSurrogates.Message(json[consumed]), source, line, column) });
            }

            var result = ParseBytes(new ReadOnlySpan<byte>(rented, 0, length), source, options, read, deferPositions);
            if (deferPositions)
            {
                result.Positions?.Defer(() => ParseText(json, source, options, read, deferPositions: false).Positions);
            }

            return result;
        }
        finally
        {
            YamlReader.Pool.Return(rented);
        }
    }

    /// <summary>
    /// Parses a JSON document given as UTF-8 bytes (a byte order mark is allowed). Its positions
    /// (<see cref="ParseOptions.TrackPositions"/>) are made when first asked for, by a second parse
    /// of a copy of the bytes that the result keeps (docs/decisions.md, "Positions made when asked for").
    /// </summary>
    public static ParseResult<T> ParseDocument<T>(ReadOnlySpan<byte> utf8, string? source, ParseOptions? options, JsonReadFunc<T> read)
        where T : class
    {
        options ??= ParseOptions.Default;
        var result = ParseBytes(utf8, source, options, read, deferPositions: true);
        if (result.Positions is { AwaitsSource: true } positions)
        {
            // Not when the bytes were UTF-16: that parse keeps its text (ParseText).
            var kept = KeptBytes.Of(utf8);
            positions.Defer(() =>
            {
                var bytes = kept.Rent(out var length);
                try
                {
                    return ParseBytes(new ReadOnlySpan<byte>(bytes, 0, length), source, options, read, deferPositions: false).Positions;
                }
                finally
                {
                    System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
                }
            });
        }

        return result;
    }

    /// <summary>
    /// The parse of bytes; deferred positions are the caller's to <see cref="SourcePositions.Defer"/>,
    /// with the text to parse again (a string's, which it transcoded; the caller's bytes, which it copies).
    /// </summary>
    private static ParseResult<T> ParseBytes<T>(ReadOnlySpan<byte> utf8, string? source, ParseOptions options, JsonReadFunc<T> read, bool deferPositions)
        where T : class
    {
        if (utf8.Length > options.MaxDocumentLength)
        {
            return TooLong<T>(utf8.Length, source, options);
        }

        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            utf8 = utf8.Slice(3);
        }
        else if (utf8.Length >= 2 && ((utf8[0] == 0xFF && utf8[1] == 0xFE) || (utf8[0] == 0xFE && utf8[1] == 0xFF)))
        {
            // UTF-16 with a byte order mark: decode strictly and parse the text.
            var text = YamlReader.Decode(utf8, source, out var decodeError);
            return text is null ? ParseResult<T>.Failure(new[] { decodeError! }) : ParseText(text, source, options, read, deferPositions: true);
        }

        var errors = new ErrorSink(source, options.MaxErrors);
        var context = new JsonContext(errors, options, utf8, deferPositions);
        var reader = new JsonReader(utf8);
        T? value = null;
        try
        {
            if (!context.Next(ref reader))
            {
                errors.AddFinal(DataErrorCodes.Type, string.Empty, "expected a value, found an empty document", 1, 1);
            }
            else
            {
                value = read(ref reader, context);
                if (context.Next(ref reader))
                {
                    errors.AddFinalAtOffset(DataErrorCodes.Syntax, string.Empty, "expected the end of the document after the value", reader.TokenStartIndex);
                }
            }
        }
        catch (ParseAbortedException)
        {
        }
        catch (JsonSyntaxFailure failure)
        {
            // Bad JSON, found by our reader (JsonReader) at a byte offset.
            errors.AddFinalAtOffset(DataErrorCodes.Syntax, context.Path.ToString(), failure.Message, failure.Offset);
        }

        errors.ResolveOffsets(utf8, 0);
        if (errors.Count == 0 && value is not null)
        {
            context.Positions?.ResolveOffsets(utf8);
            return ParseResult<T>.Create(value, Array.Empty<DataError>(), errors.Warnings, context.Positions);
        }

        return ParseResult<T>.Create(null, errors.ToArray(), errors.Warnings);
    }

    private static ParseResult<T> TooLong<T>(long length, string? source, ParseOptions options)
        => ParseResult<T>.Failure(new[]
        {
            new DataError(DataErrorCodes.Limit, string.Empty, $"the document has {length} bytes; the limit is {options.MaxDocumentLength} (ParseOptions.MaxDocumentLength)", source, 1, 1),
        });

    /// <summary>
    /// Reads the next token. Bad JSON is the reader's <see cref="JsonSyntaxFailure"/>, which only
    /// <see cref="ParseDocument{T}(ReadOnlySpan{byte}, string?, ParseOptions?, JsonReadFunc{T})"/>
    /// catches; an object or array nested deeper than <see cref="ParseOptions.MaxDepth"/> is a
    /// <c>limit</c> error (counted here, so no exception message is ever looked at).
    /// </summary>
    /// <remarks>No try block here: it is called for every token, and a method with one is never inlined.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Next(ref JsonReader reader)
    {
        var more = reader.Read();
        if (more && reader.CurrentDepth >= _maxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            TooDeep(ref reader);
        }

        return more;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void TooDeep(ref JsonReader reader)
    {
        Errors.AddFinalAtOffset(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", reader.TokenStartIndex);
        throw new ParseAbortedException();
    }

    /// <summary>Skips the current value (after moving to it from a property name), through <see cref="Next"/>.</summary>
    private void SkipValue(ref JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            Next(ref reader);
        }

        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var depth = reader.CurrentDepth;
            while (Next(ref reader) && reader.CurrentDepth > depth)
            {
            }
        }
    }

    /// <summary>The current string or property name as text; invalid UTF-8 or an escaped lone surrogate in it is a <see cref="JsonSyntaxFailure"/>.</summary>
    private static string Text(ref JsonReader reader) => reader.GetString();

    /// <summary>Whether the current property name is <paramref name="name"/>; a bad escape in it is a <see cref="JsonSyntaxFailure"/>.</summary>
    private static bool NameEquals(ref JsonReader reader, string name) => reader.ValueTextEquals(name);
}
