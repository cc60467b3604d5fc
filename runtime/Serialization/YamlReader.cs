using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>
/// The YAML side of the generated parsers: reads the document with NewsSchema's own UTF-8
/// <see cref="Utf8YamlReader"/> (no deserializer, no document tree), expands aliases under a
/// limit, enforces depth, scalar length and error limits, rejects tags outside the core schema,
/// and collects located errors. Generated code calls it; users call <c>Meeting.ParseYaml</c>.
/// </summary>
/// <remarks>
/// Every read method starts at the current node and leaves the reader on the node after it,
/// also when it fails (the bad node is skipped, so the parse goes on and reports more).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class YamlReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private readonly ParseOptions _options;
    private YamlEvent _current;
    private int _depth;
    private int _keyLine;
    private int _keyColumn;

    private Replay[] _replays = Array.Empty<Replay>();
    private int _replayCount;

    private YamlReader(ErrorSink errors, ParseOptions options, bool deferPositions)
    {
        Errors = errors;
        _options = options;
        Positions = !options.TrackPositions ? null
            : deferPositions ? SourcePositions.Deferred(errors.Source)
            : new SourcePositions(errors.Source, offsets: false);
    }

    /// <summary>The errors found so far.</summary>
    public ErrorSink Errors { get; }

    /// <summary>Where in the data the reader is.</summary>
    public DataPath Path { get; } = new();

    /// <summary>Line of the current node (1-based).</summary>
    public int Line => _current.Line;

    /// <summary>Column of the current node (1-based, UTF-16 code units).</summary>
    public int Column => _current.Column;

    /// <summary>
    /// Parses one document holding one value. Its positions (<see cref="ParseOptions.TrackPositions"/>)
    /// are made when first asked for, by a second parse of the text, which the result keeps
    /// (docs/decisions.md, "Positions made when asked for").
    /// </summary>
    public static ParseResult<T> ParseDocument<T>(string text, string? source, ParseOptions? options, Func<YamlReader, T?> read)
        where T : class
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return ParseText(text, source, options ?? ParseOptions.Default, read, deferPositions: true);
    }

    /// <summary>The parse of a string, its positions deferred or (the second parse that makes them) kept as it goes.</summary>
    private static ParseResult<T> ParseText<T>(string text, string? source, ParseOptions options, Func<YamlReader, T?> read, bool deferPositions)
        where T : class
    {
        if (text.Length > options.MaxDocumentLength)
        {
            return ParseResult<T>.Failure(new[] { new DataError(DataErrorCodes.Limit, string.Empty, $"the document has {text.Length} characters; the limit is {options.MaxDocumentLength} (ParseOptions.MaxDocumentLength)", source, 1, 1) });
        }

        // A lone surrogate is not a character (docs/decisions.md, "Hardening rules"), and UTF-8 cannot
        // hold one: refuse it where it is, before encoding would replace it.
        var lone = LoneSurrogates.IndexOf(text);
        if (lone >= 0)
        {
            var (loneLine, loneColumn) = LineAndColumn(text, lone);
            return ParseResult<T>.Failure(new[] { new DataError(DataErrorCodes.Syntax, string.Empty, LoneSurrogates.Message(text[lone]), source, loneLine, loneColumn) });
        }

        var length = StrictUtf8.GetByteCount(text);
        var buffer = Pool.Rent<byte>(Math.Max(length, 1));
        try
        {
            StrictUtf8.GetBytes(text, 0, text.Length, buffer, 0);
            var result = ParseUtf8(buffer, length, source, options, read, deferPositions);
            if (deferPositions)
            {
                result.Positions?.Defer(() => ParseText(text, source, options, read, deferPositions: false).Positions);
            }

            return result;
        }
        finally
        {
            Pool.Return(buffer);
        }
    }

    /// <summary>
    /// Parses one document given as bytes: UTF-8 (with or without a byte order mark), or
    /// UTF-16 with its byte order mark. Invalid UTF-8 is a <c>syntax</c> error at its position.
    /// </summary>
    public static ParseResult<T> ParseDocument<T>(ReadOnlySpan<byte> bytes, string? source, ParseOptions? options, Func<YamlReader, T?> read)
        where T : class
    {
        options ??= ParseOptions.Default;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            // UTF-16, rare in data files: decode it, then read the text as any other.
            if ((bytes.Length - 2) / 2 > options.MaxDocumentLength)
            {
                return ParseResult<T>.Failure(new[] { new DataError(DataErrorCodes.Limit, string.Empty, $"the document has {(bytes.Length - 2) / 2} characters; the limit is {options.MaxDocumentLength} (ParseOptions.MaxDocumentLength)", source, 1, 1) });
            }

            var text = Decode(bytes, source, out var error);
            return text is null ? ParseResult<T>.Failure(new[] { error! }) : ParseText(text, source, options, read, deferPositions: true);
        }

        // The reader keeps its input as an array (a span cannot be kept by a class): one copy into a pooled one.
        var buffer = Pool.Rent<byte>(Math.Max(bytes.Length, 1));
        try
        {
            bytes.CopyTo(buffer);
            return ParseUtf8(buffer, bytes.Length, source, options, read, deferPositions: false);
        }
        finally
        {
            Pool.Return(buffer);
        }
    }

    /// <summary>
    /// Parses one document given as the whole of an array (UTF-8, or UTF-16 with its byte order
    /// mark), read in place, without the copy the span overload makes: the array must not change
    /// until the parse returns. The generated <c>LoadFiles</c> parses each file's bytes so.
    /// </summary>
    public static ParseResult<T> ParseDocument<T>(byte[] utf8, string? source, ParseOptions? options, Func<YamlReader, T?> read)
        where T : class
        => ParseBuffer(utf8 ?? throw new ArgumentNullException(nameof(utf8)), utf8.Length, source, options, read);

    /// <summary>
    /// The parse of bytes (<c>ParseDocument</c> of a span)
    /// for bytes already in an array of the caller's, <c>buffer[0..length)</c>, which is read in place
    /// (no copy) and must not change until the parse returns.
    /// </summary>
    internal static ParseResult<T> ParseBuffer<T>(byte[] buffer, int length, string? source, ParseOptions? options, Func<YamlReader, T?> read)
        where T : class
    {
        options ??= ParseOptions.Default;
        return length >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF))
            ? ParseDocument(new ReadOnlySpan<byte>(buffer, 0, length), source, options, read)
            : ParseUtf8(buffer, length, source, options, read, deferPositions: false);
    }

    /// <summary>Parses the UTF-8 document in <c>buffer[0..length)</c>, which stays the caller's.</summary>
    private static ParseResult<T> ParseUtf8<T>(byte[] buffer, int length, string? source, ParseOptions options, Func<YamlReader, T?> read, bool deferPositions)
        where T : class
    {
        var errors = new ErrorSink(source, options.MaxErrors);
        var reader = new YamlReader(errors, options, deferPositions) { _input = buffer };
        T? value = null;
        try
        {
            reader.Open(length);
            reader.Advance(); // StreamStart
            reader.Advance(); // DocumentStart or StreamEnd
            if (reader._current.Kind != Utf8YamlEventKind.DocumentStart)
            {
                errors.AddFinal(DataErrorCodes.Type, string.Empty, "expected a value, found an empty document", 1, 1);
            }
            else
            {
                reader.Advance();
                value = read(reader);
                if (reader._current.Kind == Utf8YamlEventKind.DocumentEnd)
                {
                    reader.Advance();
                }

                if (reader._current.Kind == Utf8YamlEventKind.DocumentStart)
                {
                    errors.AddFinal(DataErrorCodes.Syntax, string.Empty, "expected one document, found a second one ('---')", reader.Line, reader.Column);
                }
            }
        }
        catch (ParseAbortedException)
        {
            // The error that stopped the parse is in the sink: a limit, or bad input as the YAML
            // reader sees it, turned into an error in ReadEvent, the only call into it.
        }
        finally
        {
            reader.Release();
        }

        return ParseResult<T>.Create(value, errors.Count == 0 && value is not null ? Array.Empty<DataError>() : errors.ToArray(), errors.Warnings, reader.Positions);
    }

    /// <summary>Positions of the records read so far, when <see cref="ParseOptions.TrackPositions"/> is on.</summary>
    public SourcePositions? Positions { get; private set; }

    /// <summary>
    /// Starts the positions of a record read at line/column whose fields are <paramref name="fieldNames"/>:
    /// its handle in <see cref="Positions"/>, or -1 when positions are not collected.
    /// </summary>
    public long StartPositions(int line, int column, IReadOnlyList<string> fieldNames)
        => Positions is null ? -1 : Positions.Start(SourcePositions.Pack(line, column), fieldNames);

    /// <summary>Keeps where field <paramref name="index"/> of record <paramref name="positions"/> (from <see cref="StartPositions"/>) starts: the current node.</summary>
    public void MarkField(long positions, int index)
    {
        if (positions >= 0)
        {
            Positions!.SetField(positions, index, SourcePositions.Pack(Line, Column));
        }
    }

    /// <summary>Keeps where item <paramref name="item"/> of field <paramref name="index"/> of record <paramref name="positions"/> (from <see cref="StartPositions"/>) starts: the current node.</summary>
    public void MarkItem(long positions, int index, int item)
    {
        if (positions >= 0)
        {
            Positions!.SetItem(positions, index, item, SourcePositions.Pack(Line, Column));
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

    /// <summary>Decodes YAML bytes strictly; null and an error when they are not valid text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? source, out DataError? error)
    {
        error = null;
        try
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                return new System.Text.UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes.Slice(2));
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                return new System.Text.UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes.Slice(2));
            }

            return StrictUtf8.GetString(bytes);
        }
        catch (System.Text.DecoderFallbackException ex)
        {
            var offset = Math.Max(0, ex.Index);
            var (line, column) = ErrorSink.Position(bytes, offset);
            error = new DataError(DataErrorCodes.Syntax, string.Empty, $"the bytes are not valid text (invalid UTF-8 or UTF-16 at byte {offset})", source, line, column);
            return null;
        }
    }

    /// <summary>1-based line and column of a character, counting CRLF, CR and LF as line breaks.</summary>
    internal static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Moves to the next event, expanding aliases, keeping anchored nodes and enforcing the depth limit.</summary>
    public void Advance()
    {
        var next = Pull();
        if (next.Kind == Utf8YamlEventKind.Alias)
        {
            // The YAML reader has checked the expansion limit.
            next = StartReplay(in next);
        }

        switch (next.Kind)
        {
            case Utf8YamlEventKind.MappingStart:
            case Utf8YamlEventKind.SequenceStart:
                // Aliases can nest collections deeper than the text does.
                if (++_depth > _options.MaxDepth)
                {
                    throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", next.Line, next.Column);
                }

                break;
            case Utf8YamlEventKind.MappingEnd:
            case Utf8YamlEventKind.SequenceEnd:
                _depth--;
                break;
        }

        if (_recordings is { Count: > 0 })
        {
            Record(next);
        }

        if (next.Anchor != 0)
        {
            BeginRecording(next);
        }

        _current = next;
    }

    /// <summary>The next event, from the replay on top or else from the document, aliases not expanded.</summary>
    private YamlEvent Pull()
    {
        if (_replayCount == 0)
        {
            return ReadEvent();
        }

        ref var replay = ref _replays[_replayCount - 1];
        var next = replay.Events[replay.Next++];
        if (replay.Next == replay.End)
        {
            _replays[--_replayCount] = default;
        }

        return next;
    }

    /// <summary>Reads <c>events[start..end)</c> next, before what was to come.</summary>
    private void PushReplay(YamlEvent[] events, int start, int end)
    {
        if (start == end)
        {
            return;
        }

        if (_replayCount == _replays.Length)
        {
            Array.Resize(ref _replays, Math.Max(4, _replayCount * 2));
        }

        _replays[_replayCount++] = new Replay { Events = events, Next = start, End = end };
    }

    /// <summary>Events to read before the rest: an anchored node's events, or the events a look-ahead read.</summary>
    private struct Replay
    {
        public YamlEvent[] Events;
        public int Next;
        public int End;
    }
}
