using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsSchema.Generated;

/// <summary>
/// The YAML side of the generated parsers: walks YamlDotNet's event <see cref="Parser"/>
/// (no deserializer, no document tree), expands aliases under a limit, enforces depth,
/// scalar length and error limits, rejects tags outside the core schema, and collects
/// located errors. Generated code calls it; users call <c>Meeting.ParseYaml</c>.
/// </summary>
/// <remarks>
/// Every read method starts at the current node and leaves the reader on the node after it,
/// also when it fails (the bad node is skipped, so the parse goes on and reports more).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class YamlReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private readonly IParser _parser;
    private readonly ParseOptions _options;
    private ParsingEvent _current = null!;
    private int _depth;
    private long _expanded;
    private int _keyLine;
    private int _keyColumn;

    private Dictionary<string, ParsingEvent[]>? _anchors;
    private List<Recording>? _recordings;
    private Stack<Replay>? _replays;

    private YamlReader(IParser parser, ErrorSink errors, ParseOptions options)
    {
        _parser = parser;
        Errors = errors;
        _options = options;
        Positions = options.TrackPositions ? new SourcePositions(errors.Source, offsets: false) : null;
    }

    /// <summary>The errors found so far.</summary>
    public ErrorSink Errors { get; }

    /// <summary>Where in the data the reader is.</summary>
    public DataPath Path { get; } = new();

    /// <summary>The current event.</summary>
    public ParsingEvent Current => _current;

    /// <summary>Line of the current node (1-based).</summary>
    public int Line => (int)_current.Start.Line;

    /// <summary>Column of the current node (1-based).</summary>
    public int Column => (int)_current.Start.Column;

    /// <summary>Parses one document holding one value.</summary>
    public static ParseResult<T> ParseDocument<T>(string text, string? source, ParseOptions? options, Func<YamlReader, T?> read)
        where T : class
    {
        options ??= ParseOptions.Default;
        var errors = new ErrorSink(source, options.MaxErrors);
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.Length > options.MaxDocumentLength)
        {
            errors.AddFinal(DataErrorCodes.Limit, string.Empty, $"the document has {text.Length} characters; the limit is {options.MaxDocumentLength} (ParseOptions.MaxDocumentLength)", 1, 1);
            return ParseResult<T>.Failure(errors.ToArray());
        }

        // YamlDotNet keeps a byte order mark as part of the first scalar; drop it (columns stay right).
        var body = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;

        // YAML does not allow a raw NUL, but YamlDotNet takes one for the end of the input in some
        // places and silently drops it after a plain scalar ("id: a\0" read as "a"): refuse it.
        var nul = body.IndexOf('\0');
        if (nul >= 0)
        {
            var (nulLine, nulColumn) = LineAndColumn(body, nul);
            errors.AddFinal(DataErrorCodes.Syntax, string.Empty, "the text holds a NUL character (U+0000), which YAML does not allow; write \\0 inside a double-quoted string for one", nulLine, nulColumn);
            return ParseResult<T>.Failure(errors.ToArray());
        }

        // A lone surrogate is not a character (docs/decisions.md, "Hardening rules"): refuse it where it is.
        var lone = LoneSurrogates.IndexOf(body);
        if (lone >= 0)
        {
            var (loneLine, loneColumn) = LineAndColumn(body, lone);
            errors.AddFinal(DataErrorCodes.Syntax, string.Empty, LoneSurrogates.Message(body[lone]), loneLine, loneColumn);
            return ParseResult<T>.Failure(errors.ToArray());
        }

        var reader = new YamlReader(new Parser(new StringReader(body)), errors, options);
        T? value = null;
        try
        {
            reader.Advance(); // StreamStart
            reader.Advance(); // DocumentStart or StreamEnd
            if (reader._current is not DocumentStart)
            {
                errors.AddFinal(DataErrorCodes.Type, string.Empty, "expected a value, found an empty document", 1, 1);
            }
            else
            {
                reader.Advance();
                value = read(reader);
                if (reader._current is DocumentEnd)
                {
                    reader.Advance();
                }

                if (reader._current is DocumentStart)
                {
                    errors.AddFinal(DataErrorCodes.Syntax, string.Empty, "expected one document, found a second one ('---')", reader.Line, reader.Column);
                }
            }
        }
        catch (ParseAbortedException)
        {
            // The error that stopped the parse is in the sink; bad input as YamlDotNet sees it
            // becomes one in MoveParser, the only call into it.
        }

        return ParseResult<T>.Create(value, errors.Count == 0 && value is not null ? Array.Empty<DataError>() : errors.ToArray(), errors.Warnings, reader.Positions);
    }

    /// <summary>Positions of the records read so far, when <see cref="ParseOptions.TrackPositions"/> is on.</summary>
    public SourcePositions? Positions { get; private set; }

    /// <summary>
    /// Starts the positions of a record read at line/column whose fields are <paramref name="fieldNames"/>:
    /// its number in <see cref="Positions"/>, or -1 when positions are not collected.
    /// </summary>
    public int StartPositions(int line, int column, IReadOnlyList<string> fieldNames)
        => Positions is null ? -1 : Positions.Start(SourcePositions.Pack(line, column), fieldNames);

    /// <summary>Keeps where field <paramref name="index"/> of record <paramref name="positions"/> (from <see cref="StartPositions"/>) starts: the current node.</summary>
    public void MarkField(int positions, int index)
    {
        if (positions >= 0)
        {
            Positions!.SetField(positions, index, SourcePositions.Pack(Line, Column));
        }
    }

    /// <summary>Keeps where item <paramref name="item"/> of field <paramref name="index"/> of record <paramref name="positions"/> (from <see cref="StartPositions"/>) starts: the current node.</summary>
    public void MarkItem(int positions, int index, int item)
    {
        if (positions >= 0)
        {
            Positions!.SetItem(positions, index, item, SourcePositions.Pack(Line, Column));
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

    /// <summary>
    /// Parses one document given as bytes: UTF-8 (with or without a byte order mark), or
    /// UTF-16 with its byte order mark. Invalid UTF-8 is a <c>syntax</c> error at its position.
    /// </summary>
    public static ParseResult<T> ParseDocument<T>(ReadOnlySpan<byte> bytes, string? source, ParseOptions? options, Func<YamlReader, T?> read)
        where T : class
    {
        // Over the limit in bytes: count the characters before decoding, so a huge input is refused
        // without first being turned into an even larger string.
        var limit = (options ?? ParseOptions.Default).MaxDocumentLength;
        if (bytes.Length > limit)
        {
            var characters = CharacterCount(bytes);
            if (characters > limit)
            {
                return ParseResult<T>.Failure(new[] { new DataError(DataErrorCodes.Limit, string.Empty, $"the document has {characters} characters; the limit is {limit} (ParseOptions.MaxDocumentLength)", source, 1, 1) });
            }
        }

        var text = Decode(bytes, source, out var error);
        return text is null ? ParseResult<T>.Failure(new[] { error! }) : ParseDocument(text, source, options, read);
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

    /// <summary>The characters <see cref="Decode"/> would return; -1 when the bytes are not valid (Decode reports that).</summary>
    private static long CharacterCount(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (bytes.Length - 2) / 2;
        }

        try
        {
            return StrictUtf8.GetCharCount(bytes);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return -1;
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

    private static string CleanMessage(string message)
    {
        // YamlDotNet prefixes "(Line: 1, Col: 2, Idx: 1) - (Line: ...): "; we carry the position ourselves.
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return i >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message.Substring(i + 3) : message;
    }

    /// <summary>Moves to the next event, expanding aliases and enforcing limits.</summary>
    public void Advance()
    {
        ParsingEvent next;
        if (_replays is { Count: > 0 })
        {
            var replay = _replays.Peek();
            next = replay.Events[replay.Index++];
            if (replay.Index == replay.Events.Length)
            {
                _replays.Pop();
            }
        }
        else
        {
            if (!MoveParser())
            {
                throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), "unexpected end of the document", Line, Column);
            }

            next = _parser.Current!;
        }

        if (next is AnchorAlias alias)
        {
            next = StartReplay(alias);
        }

        switch (next)
        {
            case MappingStart:
            case SequenceStart:
                if (++_depth > _options.MaxDepth)
                {
                    throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", (int)next.Start.Line, (int)next.Start.Column);
                }

                break;
            case MappingEnd:
            case SequenceEnd:
                _depth--;
                break;
            case Scalar scalar when scalar.Value.Length > _options.MaxScalarLength:
                throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"a scalar has {scalar.Value.Length} characters; the limit is {_options.MaxScalarLength} (ParseOptions.MaxScalarLength)", (int)next.Start.Line, (int)next.Start.Column);
        }

        if (_recordings is { Count: > 0 })
        {
            Record(next);
        }

        if (next is NodeEvent { Anchor.IsEmpty: false } node)
        {
            BeginRecording(node);
        }

        _current = next;
    }

    private ParsingEvent StartReplay(AnchorAlias alias)
    {
        if (_anchors is null || !_anchors.TryGetValue(alias.Value.Value, out var events))
        {
            throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), $"the alias '*{alias.Value.Value}' names no anchor defined before it", (int)alias.Start.Line, (int)alias.Start.Column);
        }

        _expanded += events.Length;
        if (_expanded > _options.MaxAliasExpansion)
        {
            throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"aliases expand to more than {_options.MaxAliasExpansion} nodes (ParseOptions.MaxAliasExpansion)", (int)alias.Start.Line, (int)alias.Start.Column);
        }

        if (events.Length > 1)
        {
            _replays ??= new Stack<Replay>();
            _replays.Push(new Replay(events) { Index = 1 });
        }

        return events[0];
    }

    private void BeginRecording(NodeEvent node)
    {
        if (node is Scalar)
        {
            (_anchors ??= new Dictionary<string, ParsingEvent[]>(StringComparer.Ordinal))[node.Anchor.Value] = new ParsingEvent[] { node };
            return;
        }

        var recording = new Recording(node.Anchor.Value);
        recording.Events.Add(node);
        recording.Depth = 1;
        (_recordings ??= new List<Recording>()).Add(recording);
    }

    private void Record(ParsingEvent next)
    {
        for (var i = _recordings!.Count - 1; i >= 0; i--)
        {
            var recording = _recordings[i];
            recording.Events.Add(next);
            if (recording.Events.Count > _options.MaxAliasExpansion)
            {
                throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"the anchor '&{recording.Name}' holds more than {_options.MaxAliasExpansion} nodes (ParseOptions.MaxAliasExpansion)", (int)next.Start.Line, (int)next.Start.Column);
            }

            if (next is MappingStart or SequenceStart)
            {
                recording.Depth++;
            }
            else if (next is MappingEnd or SequenceEnd && --recording.Depth == 0)
            {
                (_anchors ??= new Dictionary<string, ParsingEvent[]>(StringComparer.Ordinal))[recording.Name] = recording.Events.ToArray();
                _recordings.RemoveAt(i);
            }
        }
    }

    private sealed class Recording
    {
        public Recording(string name) => Name = name;

        public string Name { get; }

        public List<ParsingEvent> Events { get; } = new();

        public int Depth { get; set; }
    }

    private sealed class Replay
    {
        public Replay(ParsingEvent[] events) => Events = events;

        public ParsingEvent[] Events { get; }

        public int Index { get; set; }
    }
}
