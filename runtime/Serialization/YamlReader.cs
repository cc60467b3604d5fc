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
public sealed class YamlReader
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
        Positions = options.TrackPositions ? new SourcePositions() : null;
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

    /// <summary>Positions for a record read at line/column whose fields are <paramref name="fieldNames"/>, when positions are collected.</summary>
    public RecordPositions? StartPositions(int line, int column, IReadOnlyList<string> fieldNames)
        => Positions is null ? null : new RecordPositions(Errors.Source, line, column, fieldNames);

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

    // ---- structure -------------------------------------------------------------------

    /// <summary>True when the current node is a null (<c>null</c>, <c>~</c>, empty, or tagged <c>!!null</c>).</summary>
    public bool IsNull
        => _current is Scalar scalar
           && (scalar.Tag.IsEmpty
               ? scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL"
               : scalar.Tag.Value == CoreTagPrefix + "null");

    /// <summary>Consumes a null node; false (nothing consumed) when the node is not null.</summary>
    public bool TryReadNull()
    {
        if (!IsNull)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Enters a mapping; on anything else reports a <c>type</c> error, skips the node and returns false.</summary>
    public bool BeginMapping(string expected, out int line, out int column)
    {
        line = Line;
        column = Column;
        if (_current is MappingStart start && CheckTag(start.Tag, "map"))
        {
            Advance();
            return true;
        }

        if (_current is MappingStart)
        {
            SkipNode();
            return false;
        }

        TypeError(expected);
        return false;
    }

    /// <summary>
    /// Reads the next key of the current mapping and enters it in the path; false (and the
    /// mapping consumed) at its end. Call <see cref="EndEntry"/> after reading the value.
    /// </summary>
    public bool TryReadKey(out string key)
    {
        while (true)
        {
            switch (_current)
            {
                case MappingEnd:
                    Advance();
                    key = string.Empty;
                    return false;
                case Scalar scalar:
                    _keyLine = Line;
                    _keyColumn = Column;
                    key = scalar.Value;
                    if (!scalar.Tag.IsEmpty && !CheckTag(scalar.Tag, "str"))
                    {
                        Advance();
                        SkipNode();
                        continue;
                    }

                    // Enter the key first, so a limit hit by its value (depth, scalar length, aliases) has the value's path.
                    Path.PushName(key);
                    Advance();
                    return true;
                default:
                    Error(DataErrorCodes.Type, "expected a plain key, found " + Describe(_current));
                    SkipNode();
                    SkipNode();
                    continue;
            }
        }
    }

    /// <summary>Leaves the entry entered by <see cref="TryReadKey"/>.</summary>
    public void EndEntry() => Path.Pop();

    /// <summary>
    /// Starts the value of field <paramref name="index"/> (<paramref name="field"/>), whose key
    /// <paramref name="key"/> was just read. A key that set the field before is a <c>duplicate-key</c>
    /// error and its value is skipped; otherwise the field is marked in <paramref name="seen"/>
    /// (<paramref name="bit"/>), a deprecated field gets its notice, and the value's position is
    /// kept. A null is consumed, an error when the field is <paramref name="required"/>.
    /// </summary>
    /// <remarks>
    /// <c>keys</c>: for a field with aliases, all its keys (<c>'title', 'name'</c>) for the
    /// duplicate message; else null. <c>deprecated</c>: for a deprecated field, the notice's
    /// message (empty for none); else null.
    /// </remarks>
    /// <returns>True when there is a value to read, at the current node.</returns>
    public bool EnterField(string key, ref ulong seen, ulong bit, RecordPositions? positions, int index, string field, bool required, string? keys = null, string? deprecated = null)
    {
        if ((seen & bit) != 0)
        {
            if (keys is null)
            {
                DuplicateKey(key);
            }
            else
            {
                DuplicateKey(key, field, keys);
            }

            return false;
        }

        seen |= bit;
        if (deprecated is not null)
        {
            Deprecated(field, deprecated);
        }

        positions?.SetField(index, Line, Column);
        if (!IsNull)
        {
            return true;
        }

        if (required)
        {
            NullNotAllowed(field);
        }
        else
        {
            Advance();
        }

        return false;
    }

    /// <summary>Enters a sequence; on anything else reports a <c>type</c> error, skips the node and returns false.</summary>
    public bool BeginSequence(string expected)
    {
        if (_current is SequenceStart start && CheckTag(start.Tag, "seq"))
        {
            Advance();
            return true;
        }

        if (_current is SequenceStart)
        {
            SkipNode();
            return false;
        }

        TypeError(expected);
        return false;
    }

    /// <summary>Moves to item <paramref name="index"/> and enters it in the path; false (and the sequence consumed) at its end. Call <see cref="EndItem"/> after reading it.</summary>
    public bool TryReadItem(int index)
    {
        if (_current is SequenceEnd)
        {
            Advance();
            return false;
        }

        Path.PushIndex(index);
        return true;
    }

    /// <summary>Leaves the item entered by <see cref="TryReadItem"/>.</summary>
    public void EndItem() => Path.Pop();

    /// <summary>Skips the current node whatever it is.</summary>
    public void SkipNode()
    {
        var depth = 0;
        do
        {
            switch (_current)
            {
                case MappingStart:
                case SequenceStart:
                    depth++;
                    break;
                case MappingEnd:
                case SequenceEnd:
                    depth--;
                    break;
                case DocumentEnd:
                case StreamEnd:
                    return;
            }

            Advance();
        }
        while (depth > 0);
    }

    // ---- polymorphic families -------------------------------------------------------------

    /// <summary>
    /// Finds the discriminator of the mapping at the current node, wherever it stands among the
    /// keys, without consuming anything: the events read ahead are replayed afterwards. When the
    /// key comes first only three events are read ahead. Missing: a <c>required</c> error naming
    /// the allowed tags, the node is skipped and false is returned.
    /// </summary>
    public bool ReadDiscriminator(string key, string expected, IReadOnlyList<string> tags, out string tag, out int line, out int column)
    {
        line = Line;
        column = Column;
        tag = string.Empty;
        if (_current is not MappingStart)
        {
            TypeError(expected);
            return false;
        }

        var buffer = new List<ParsingEvent>(4);
        var depth = 0;
        var isKey = true;
        var found = false;
        ParsingEvent? value = null;
        while (true)
        {
            var e = PullRaw();
            buffer.Add(e);
            if (e is DocumentEnd or StreamEnd || (depth == 0 && e is MappingEnd))
            {
                break;
            }

            if (e is MappingStart or SequenceStart)
            {
                // The look-ahead reads past Advance, so it enforces the depth limit itself: unchecked,
                // 100,000 '[' before the discriminator kept YamlDotNet busy for minutes.
                if (_depth + ++depth > _options.MaxDepth)
                {
                    throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", (int)e.Start.Line, (int)e.Start.Column);
                }

                continue;
            }

            if (e is MappingEnd or SequenceEnd)
            {
                if (--depth == 0)
                {
                    isKey = !isKey;
                }

                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (isKey && e is Scalar s && s.Value == key)
            {
                value = PullRaw();
                buffer.Add(value);
                found = true;
                break;
            }

            isKey = !isKey;
        }

        _replays ??= new Stack<Replay>();
        _replays.Push(new Replay(buffer.ToArray()));

        if (!found)
        {
            Errors.Add(DataErrorCodes.Required, Path.ToString(key), $"{expected} needs '{key}' to say which type it is: one of {string.Join(", ", tags)}", line, column);
            SkipNode();
            return false;
        }

        if (value is not Scalar tagScalar || (tagScalar.Style == ScalarStyle.Plain && tagScalar.Value is "" or "~" or "null"))
        {
            Errors.Add(DataErrorCodes.Type, Path.ToString(key), $"'{key}' must be one of {string.Join(", ", tags)}, found {Describe(value!)}", (int)value!.Start.Line, (int)value.Start.Column);
            SkipNode();
            return false;
        }

        tag = tagScalar.Value;
        line = (int)tagScalar.Start.Line;
        column = (int)tagScalar.Start.Column;
        return true;
    }

    /// <summary>Reports a discriminator value no type of the family has, and skips the mapping.</summary>
    public void UnknownTag(string key, string tag, string familyName, IReadOnlyList<string> tags, int line, int column)
    {
        Errors.Add(DataErrorCodes.Enum, Path.ToString(key), $"'{tag}' is not a kind of {familyName}; expected one of: {string.Join(", ", tags)}{Suggestions.Sentence(tag, tags)}", line, column);
        SkipNode();
    }

    /// <summary>Reads the discriminator value inside a concrete type's mapping; it must be that type's tag.</summary>
    public void ExpectTag(string key, string tag, string typeName)
    {
        var line = Line;
        var column = Column;
        if (ReadString(out var text) && !string.Equals(text, tag, StringComparison.Ordinal))
        {
            Errors.Add(DataErrorCodes.Enum, Path.ToString(), $"'{text}' does not fit here: {Suggestions.A(typeName)} has '{key}: {tag}'", line, column);
        }
    }

    private ParsingEvent PullRaw()
    {
        if (_replays is { Count: > 0 })
        {
            var replay = _replays.Peek();
            var next = replay.Events[replay.Index++];
            if (replay.Index == replay.Events.Length)
            {
                _replays.Pop();
            }

            return next;
        }

        if (!MoveParser())
        {
            throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), "unexpected end of the document", Line, Column);
        }

        return _parser.Current!;
    }

    /// <summary>
    /// The one call into YamlDotNet's parser. What it throws on bad input becomes a <c>syntax</c>
    /// error here; an exception from anywhere else (our code, generated code) is a bug and is not
    /// caught, so the fuzz tests see it.
    /// </summary>
    private bool MoveParser()
    {
        try
        {
            return _parser.MoveNext();
        }
        catch (YamlException ex)
        {
            throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), CleanMessage(ex.Message), (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            throw Errors.Abort(
                DataErrorCodes.Syntax,
                Path.ToString(),
                "the YAML is malformed after this point: expected a well-formed node, found text the YAML parser cannot read (often a '[' or '{' that is not closed)",
                _current is null ? 1 : Line,
                _current is null ? 1 : Column);
        }
    }

    // ---- errors ----------------------------------------------------------------------

    /// <summary>Reports an error at the current node and path.</summary>
    public void Error(string code, string message) => Errors.Add(code, Path.ToString(), message, Line, Column);

    /// <summary>Reports a key the type does not declare (with a suggestion) and skips its value.</summary>
    public void UnknownField(string key, string typeName, IReadOnlyList<string> known)
    {
        Errors.Add(DataErrorCodes.UnknownField, Path.ToString(), $"'{key}' is not a field of {typeName}{Suggestions.Sentence(key, known)}", _keyLine, _keyColumn);
        SkipNode();
    }

    /// <summary>Reports a key of a catalog that is no entity's plural (see <see cref="Suggestions.UnknownCatalogKey"/>) and skips its value.</summary>
    public void UnknownCatalogKey(string key, IReadOnlyList<string> keys, IReadOnlyList<(string Member, string Plural, string Family)> members)
    {
        Errors.Add(DataErrorCodes.UnknownField, Path.ToString(), Suggestions.UnknownCatalogKey(key, keys, members), _keyLine, _keyColumn);
        SkipNode();
    }

    /// <summary>With <see cref="ParseOptions.ReportDeprecated"/>, a <c>deprecated</c> notice for the deprecated field <paramref name="field"/> at its key.</summary>
    public void Deprecated(string field, string? message)
    {
        if (_options.ReportDeprecated)
        {
            Errors.AddWarning(DataErrorCodes.Deprecated, Path.ToString(), DeprecatedMessage(field, message), _keyLine, _keyColumn);
        }
    }

    /// <summary>"'legacy' is deprecated: Use title instead."</summary>
    internal static string DeprecatedMessage(string field, string? message)
        => string.IsNullOrEmpty(message) ? $"the field '{field}' is deprecated" : $"the field '{field}' is deprecated: {message}";

    /// <summary>Reports a key given twice and skips the second value.</summary>
    public void DuplicateKey(string key)
    {
        Errors.Add(DataErrorCodes.DuplicateKey, Path.ToString(), $"the key '{key}' appears more than once", _keyLine, _keyColumn);
        SkipNode();
    }

    /// <summary>
    /// Reports a key that sets a field with aliases a second time (through its name or one of its
    /// aliases) and skips the value; the message names the field's keys.
    /// </summary>
    public void DuplicateKey(string key, string field, string keys)
    {
        Errors.Add(DataErrorCodes.DuplicateKey, Path.ToString(), DuplicateAliasMessage(key, field, keys), _keyLine, _keyColumn);
        SkipNode();
    }

    /// <summary>The message of a field given twice through its keys (<paramref name="keys"/>: "'title', 'name'").</summary>
    internal static string DuplicateAliasMessage(string key, string field, string keys)
        => $"the key '{key}' sets the field '{field}' a second time; the keys {keys} all set that one field, give only one of them";

    /// <summary>Reports a required field that is absent from the mapping that started at line/column.</summary>
    public void Missing(string field, string typeName, int line, int column)
        => Errors.Add(DataErrorCodes.Required, Path.ToString(field), $"{typeName} requires '{field}', which is missing", line, column);

    /// <summary>Reports a null in a required field and consumes it.</summary>
    public void NullNotAllowed(string field)
    {
        Errors.Add(DataErrorCodes.Required, Path.ToString(), $"'{field}' is required and cannot be null", Line, Column);
        Advance();
    }

    /// <summary>Reports a null list item or map value (they cannot be null) and consumes it.</summary>
    public void NullItem(string expected)
    {
        Errors.Add(DataErrorCodes.Type, Path.ToString(), $"expected {expected}, found null; items cannot be null", Line, Column);
        Advance();
    }

    /// <summary>Reports a value that is not one of an enum's wire names.</summary>
    public void EnumError(string text, string enumName, IReadOnlyList<string> names, int line, int column)
        => Errors.Add(DataErrorCodes.Enum, Path.ToString(), $"'{text}' is not {Suggestions.A(enumName)}; expected one of: {string.Join(", ", names)}{Suggestions.Sentence(text, names)}", line, column);

    private void TypeError(string expected)
    {
        if (_current is NodeEvent node && !node.Tag.IsEmpty && !IsCoreTag(node.Tag))
        {
            // Already reported by CheckTag below.
            CheckTag(node.Tag, string.Empty);
            SkipNode();
            return;
        }

        Error(DataErrorCodes.Type, $"expected {expected}, found {Describe(_current)}");
        SkipNode();
    }

    /// <summary>A short description of a node for messages: <c>a mapping</c>, <c>the text "abc"</c>.</summary>
    public static string Describe(ParsingEvent e) => e switch
    {
        MappingStart => "a mapping",
        SequenceStart => "a list",
        Scalar { Style: ScalarStyle.Plain, Value: "" or "~" or "null" or "Null" or "NULL" } => "null",
        Scalar s when s.Style != ScalarStyle.Plain => "the quoted text " + Quote(s.Value),
        Scalar s => Quote(s.Value),
        _ => "the end of the " + (e is MappingEnd ? "mapping" : e is SequenceEnd ? "list" : "document"),
    };

    private static string Quote(string value)
        => value.Length > 60 ? "'" + value.Substring(0, 57) + "...'" : "'" + value + "'";

    private static bool IsCoreTag(TagName tag)
        => tag.IsNonSpecific || (tag.Value.StartsWith(CoreTagPrefix, StringComparison.Ordinal)
           && tag.Value.Substring(CoreTagPrefix.Length) is "str" or "int" or "float" or "bool" or "null" or "map" or "seq");

    /// <summary>
    /// Accepts no tag, the non-specific tag, or the core-schema tag <paramref name="kind"/>
    /// (and, for scalars, any core scalar tag the caller then checks). Anything else is an
    /// <c>unknown-tag</c> error: no type is ever chosen by a tag.
    /// </summary>
    private bool CheckTag(TagName tag, string kind)
    {
        if (tag.IsEmpty || tag.IsNonSpecific)
        {
            return true;
        }

        if (!IsCoreTag(tag))
        {
            Error(DataErrorCodes.UnknownTag, $"the tag '{ShortTag(tag.Value)}' is not allowed; only the YAML core schema's tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are");
            return false;
        }

        if (tag.Value == CoreTagPrefix + kind)
        {
            return true;
        }

        Error(DataErrorCodes.Type, $"the tag '{ShortTag(tag.Value)}' does not fit here; expected {(kind.Length == 0 ? "another tag" : "!!" + kind)}");
        return false;
    }

    private static string ShortTag(string tag)
        => tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag.Substring(CoreTagPrefix.Length) : tag;

    // ---- scalars ---------------------------------------------------------------------

    /// <summary>Reads any scalar as text (string fields: <c>NO</c>, <c>1984</c>, <c>true</c> stay text).</summary>
    public bool ReadString(out string value)
    {
        if (_current is Scalar scalar && (scalar.Tag.IsEmpty || CheckScalarTag(scalar, "str")))
        {
            value = scalar.Value;
            Advance();
            return true;
        }

        value = string.Empty;
        if (_current is Scalar)
        {
            SkipNode();
        }
        else
        {
            TypeError("text");
        }

        return false;
    }

    /// <summary>Reads a plain scalar for a typed field; quoted text is a <c>type</c> error.</summary>
    private bool ReadTypedText(string coreTag, string expected, out string text)
    {
        if (_current is Scalar scalar)
        {
            if (!scalar.Tag.IsEmpty)
            {
                if (!CheckScalarTag(scalar, coreTag))
                {
                    SkipNode();
                    text = string.Empty;
                    return false;
                }
            }
            else if (scalar.Style != ScalarStyle.Plain && coreTag != "str")
            {
                Error(DataErrorCodes.Type, $"expected {expected}, found the quoted text {Quote(scalar.Value)}");
                Advance();
                text = string.Empty;
                return false;
            }

            text = scalar.Value;
            return true;
        }

        TypeError(expected);
        text = string.Empty;
        return false;
    }

    private bool CheckScalarTag(Scalar scalar, string kind)
    {
        if (scalar.Tag.IsNonSpecific)
        {
            return true;
        }

        return CheckTag(scalar.Tag, kind);
    }

    private bool Finish(string? problem, string text)
    {
        if (problem is null)
        {
            Advance();
            return true;
        }

        Error(DataErrorCodes.Type, $"{problem}, found {Quote(text)}");
        Advance();
        return false;
    }

    /// <summary>Reads an <c>int</c>.</summary>
    public bool ReadInt32(out int value)
    {
        value = 0;
        return ReadTypedText("int", "an integer", out var text) && Finish(ScalarParsers.ParseInt32(text, out value), text);
    }

    /// <summary>Reads a <c>long</c>.</summary>
    public bool ReadInt64(out long value)
    {
        value = 0;
        return ReadTypedText("int", "an integer", out var text) && Finish(ScalarParsers.ParseInt64(text, out value), text);
    }

    /// <summary>Reads a <c>double</c>.</summary>
    public bool ReadDouble(out double value)
    {
        value = 0;
        return ReadTypedText(IsIntTagged ? "int" : "float", "a number", out var text) && Finish(ScalarParsers.ParseDouble(text, out value), text);
    }

    /// <summary>Reads a <c>decimal</c>.</summary>
    public bool ReadDecimal(out decimal value)
    {
        value = 0;
        return ReadTypedText(IsIntTagged ? "int" : "float", "a number", out var text) && Finish(ScalarParsers.ParseDecimal(text, out value), text);
    }

    private bool IsIntTagged => _current is Scalar { Tag.IsEmpty: false } s && s.Tag.Value == CoreTagPrefix + "int";

    /// <summary>Reads a <c>bool</c>: only <c>true</c> or <c>false</c>.</summary>
    public bool ReadBoolean(out bool value)
    {
        value = false;
        return ReadTypedText("bool", "true or false", out var text) && Finish(ScalarParsers.ParseBoolean(text, out value), text);
    }

    /// <summary>Reads a <c>date</c> (<c>yyyy-MM-dd</c>).</summary>
    public bool ReadDate(out DateOnly value)
    {
        value = default;
        return ReadTypedText("str", "a date as yyyy-MM-dd", out var text) && Finish(ScalarParsers.ParseDate(text, out value), text);
    }

    /// <summary>Reads a <c>datetime</c> (ISO 8601 with an offset).</summary>
    public bool ReadDateTime(out DateTimeOffset value)
    {
        value = default;
        return ReadTypedText("str", "a date and time", out var text) && Finish(ScalarParsers.ParseDateTime(text, out value), text);
    }

    /// <summary>Reads a <c>uri</c> (absolute).</summary>
    public bool ReadUri(out Uri value)
    {
        Uri? uri = null;
        var ok = ReadTypedText("str", "an absolute URI", out var text) && Finish(ScalarParsers.ParseUri(text, out uri), text);
        value = uri!;
        return ok;
    }

    /// <summary>Reads an enum's wire name as text; the caller maps it. Line and column are where it stood.</summary>
    public bool ReadEnumText(string enumName, out string text, out int line, out int column)
    {
        line = Line;
        column = Column;
        if (_current is Scalar scalar && (scalar.Tag.IsEmpty || CheckScalarTag(scalar, "str")))
        {
            text = scalar.Value;
            Advance();
            return true;
        }

        text = string.Empty;
        if (_current is Scalar)
        {
            SkipNode();
        }
        else
        {
            TypeError(Suggestions.A(enumName) + " name");
        }

        return false;
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
