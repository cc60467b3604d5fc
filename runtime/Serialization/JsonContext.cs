using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Text.Json;

namespace NewsSchema.Generated;

/// <summary>Reads one value with the reader positioned on its first token.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T? JsonReadFunc<T>(ref Utf8JsonReader reader, JsonContext context);

/// <summary>
/// The JSON side of the generated parsers: wraps <see cref="Utf8JsonReader"/> use with
/// error collection, paths, limits and positions. Positions are kept as byte offsets and
/// turned into line and column only when the parse has errors.
/// </summary>
/// <remarks>Every read method starts on the value's first token and leaves the reader on its last token.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class JsonContext
{
    private readonly ParseOptions _options;
    private readonly int _maxDepth;
    private long _keyOffset;

    private JsonContext(ErrorSink errors, ParseOptions options, ReadOnlySpan<byte> utf8)
    {
        Errors = errors;
        _options = options;
        _maxDepth = options.MaxDepth;
        Positions = options.TrackPositions ? new SourcePositions(errors.Source, offsets: true, utf8.Length, IsPlain(utf8)) : null;
    }

    /// <summary>Whether <paramref name="utf8"/> is ASCII without a CR: its columns are byte distances (one vectorized pass).</summary>
    private static bool IsPlain(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) < 0 && utf8.IndexOf((byte)'\r') < 0;

    /// <summary>Positions of the records read so far, when <see cref="ParseOptions.TrackPositions"/> is on (byte offsets until the parse ends).</summary>
    public SourcePositions? Positions { get; }

    /// <summary>
    /// Starts the positions of a record at offset <paramref name="start"/> whose fields are <paramref name="fieldNames"/>:
    /// its number in <see cref="Positions"/>, or -1 when positions are not collected.
    /// </summary>
    public int StartPositions(long start, IReadOnlyList<string> fieldNames)
        => Positions is null ? -1 : Positions.Start(start + 1, fieldNames);

    /// <summary>Keeps where field <paramref name="index"/>'s value starts (the current token).</summary>
    private void MarkField(int positions, int index, ref Utf8JsonReader reader)
    {
        if (positions >= 0)
        {
            Positions!.SetField(positions, index, reader.TokenStartIndex + 1);
        }
    }

    /// <summary>Keeps where item <paramref name="item"/> of field <paramref name="index"/> of record <paramref name="positions"/> starts (the current token).</summary>
    public void MarkItem(ref Utf8JsonReader reader, int positions, int index, int item)
    {
        if (positions >= 0)
        {
            Positions!.SetItem(positions, index, item, reader.TokenStartIndex + 1);
        }
    }

    /// <summary>Record <paramref name="positions"/> (from <see cref="StartPositions"/>) was read: it is <paramref name="record"/>.</summary>
    public void EndPositions(int positions, object record)
    {
        if (positions >= 0)
        {
            Positions!.Complete(positions, record);
        }
    }

    /// <summary>The errors found so far.</summary>
    public ErrorSink Errors { get; }

    /// <summary>Where in the data the reader is.</summary>
    public DataPath Path { get; } = new();

    /// <summary>Parses a JSON document given as text.</summary>
    public static ParseResult<T> ParseDocument<T>(string json, string? source, ParseOptions? options, JsonReadFunc<T> read)
        where T : class
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        options ??= ParseOptions.Default;
        if (json.Length > options.MaxDocumentLength)
        {
            return TooLong<T>(json.Length, source, options);
        }

        // A lone surrogate is not a character (docs/decisions.md, "Hardening rules"): refuse it where
        // it is, instead of letting the transcoding below turn it into U+FFFD.
        var lone = LoneSurrogates.IndexOf(json);
        if (lone >= 0)
        {
            var (line, column) = YamlReader.LineAndColumn(json, lone);
            return ParseResult<T>.Failure(new[] { new DataError(DataErrorCodes.Syntax, string.Empty, LoneSurrogates.Message(json[lone]), source, line, column) });
        }

        // Transcode into a pooled buffer: no large array per parse.
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, rented);
            return ParseDocument(new ReadOnlySpan<byte>(rented, 0, length), source, options, read);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Parses a JSON document given as UTF-8 bytes (a byte order mark is allowed).</summary>
    public static ParseResult<T> ParseDocument<T>(ReadOnlySpan<byte> utf8, string? source, ParseOptions? options, JsonReadFunc<T> read)
        where T : class
    {
        options ??= ParseOptions.Default;
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
            return text is null ? ParseResult<T>.Failure(new[] { decodeError! }) : ParseDocument(text, source, options, read);
        }

        var errors = new ErrorSink(source, options.MaxErrors);
        var context = new JsonContext(errors, options, utf8);
        // The depth limit is ours (Next checks it on every token), so the reader's own, one deeper, never fires first.
        var readerDepth = options.MaxDepth >= int.MaxValue - 1 ? int.MaxValue : Math.Max(1, options.MaxDepth) + 1;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = readerDepth, CommentHandling = JsonCommentHandling.Disallow });
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
        catch (JsonException ex) when (FromReader(ex))
        {
            // System.Text.Json gives a line (counting '\n' only) and a byte position in it; turn them into
            // an offset so the column counts like every other error (and a lone CR counts as a line break).
            errors.AddFinalAtOffset(DataErrorCodes.Syntax, context.Path.ToString(), CleanMessage(ex.Message), Offset(utf8, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0));
        }
        catch (ReaderFailure failure)
        {
            // Invalid UTF-8 inside a string: the reader cannot transcode it.
            errors.AddFinalAtOffset(DataErrorCodes.Syntax, context.Path.ToString(), CleanMessage(failure.InnerException!.Message), failure.TokenStart);
        }

        errors.ResolveOffsets(utf8, 0);
        if (errors.Count == 0 && value is not null)
        {
            context.Positions?.ResolveOffsets(utf8);
            return ParseResult<T>.Create(value, Array.Empty<DataError>(), errors.Warnings, context.Positions);
        }

        return ParseResult<T>.Create(null, errors.ToArray(), errors.Warnings);
    }

    /// <summary>
    /// Whether <paramref name="ex"/> is <see cref="Utf8JsonReader"/>'s own report of bad JSON (its
    /// internal <c>JsonReaderException</c>), not a <see cref="JsonException"/> thrown by a read
    /// function: that would be a bug, and must escape.
    /// </summary>
    private static bool FromReader(JsonException ex) => ex.GetType().FullName == "System.Text.Json.JsonReaderException";

    /// <summary>The byte offset of a System.Text.Json position (0-based line counting '\n' only, byte in that line).</summary>
    private static long Offset(ReadOnlySpan<byte> utf8, long line, long bytePositionInLine)
    {
        var offset = 0;
        for (var i = 0L; i < line; i++)
        {
            var next = utf8.Slice(offset).IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        return Math.Min(utf8.Length, offset + bytePositionInLine);
    }

    private static ParseResult<T> TooLong<T>(long length, string? source, ParseOptions options)
        => ParseResult<T>.Failure(new[]
        {
            new DataError(DataErrorCodes.Limit, string.Empty, $"the document has {length} bytes; the limit is {options.MaxDocumentLength} (ParseOptions.MaxDocumentLength)", source, 1, 1),
        });

    private static string CleanMessage(string message)
    {
        // System.Text.Json appends " LineNumber: 0 | BytePositionInLine: 5."; we carry the position ourselves.
        var i = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (i > 0 ? message.Substring(0, i) : message).TrimEnd();
    }

    /// <summary>
    /// What System.Text.Json threw on bad text inside a string (invalid UTF-8, an escaped lone
    /// surrogate), from <see cref="Text"/> and <see cref="NameEquals"/>; the document's handler turns
    /// it into a <c>syntax</c> error. Anything else thrown while reading (a bug in our code or in
    /// generated code) is not caught.
    /// </summary>
    private sealed class ReaderFailure : Exception
    {
        public ReaderFailure(Exception inner, long tokenStart)
            : base(inner.Message, inner)
        {
            TokenStart = tokenStart;
        }

        public long TokenStart { get; }
    }

    /// <summary>
    /// Reads the next token. Bad JSON is the reader's <see cref="JsonException"/>, which only
    /// <see cref="ParseDocument{T}(ReadOnlySpan{byte}, string?, ParseOptions?, JsonReadFunc{T})"/>
    /// catches; an object or array nested deeper than <see cref="ParseOptions.MaxDepth"/> is a
    /// <c>limit</c> error (counted here, so no exception message is ever looked at).
    /// </summary>
    /// <remarks>No try block here: it is called for every token, and a method with one is never inlined.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool Next(ref Utf8JsonReader reader)
    {
        var more = reader.Read();
        if (more && reader.CurrentDepth >= _maxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            TooDeep(ref reader);
        }

        return more;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void TooDeep(ref Utf8JsonReader reader)
    {
        Errors.AddFinalAtOffset(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", reader.TokenStartIndex);
        throw new ParseAbortedException();
    }

    /// <summary>Skips the current value (after moving to it from a property name), through <see cref="Next"/>.</summary>
    private void SkipValue(ref Utf8JsonReader reader)
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

    /// <summary>The current string or property name as text; invalid UTF-8 in it is a <see cref="ReaderFailure"/>.</summary>
    /// <remarks>
    /// Most strings are ASCII without an escape: one vectorized check, then a widening copy (ASCII
    /// is Latin-1), instead of the reader's validating transcoder. Anything else takes the reader's way.
    /// </remarks>
    private static string Text(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Ascii.IsValid(reader.ValueSpan))
        {
            return reader.ValueSpan.IsEmpty ? string.Empty : Encoding.Latin1.GetString(reader.ValueSpan);
        }

        return Transcoded(ref reader);
    }

    /// <summary><see cref="Text"/> of a string that is escaped or not ASCII, by the reader.</summary>
    private static string Transcoded(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw LoneEscape(ref reader) ?? new ReaderFailure(ex, reader.TokenStartIndex);
        }
    }

    /// <summary>A clear failure when the current string holds an escaped lone surrogate (<c>"\uD800"</c>), else null.</summary>
    private static ReaderFailure? LoneEscape(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || LoneSurrogates.EscapeIndexOf(reader.ValueSpan, out var unit) is not (var at and >= 0))
        {
            return null;
        }

        // The token starts at its quote; the escape is 'at' bytes into the value.
        return new ReaderFailure(new InvalidOperationException(LoneSurrogates.Message(unit)), reader.TokenStartIndex + 1 + at);
    }

    /// <summary>Whether the current property name is <paramref name="name"/>; a bad escape in it is a <see cref="ReaderFailure"/>.</summary>
    private static bool NameEquals(ref Utf8JsonReader reader, string name)
    {
        try
        {
            return reader.ValueTextEquals(name);
        }
        catch (InvalidOperationException ex) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            throw LoneEscape(ref reader) ?? new ReaderFailure(ex, reader.TokenStartIndex);
        }
    }
}
