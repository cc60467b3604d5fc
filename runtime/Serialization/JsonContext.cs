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
public sealed class JsonContext
{
    private readonly ParseOptions _options;
    private long _keyOffset;

    private JsonContext(ErrorSink errors, ParseOptions options)
    {
        Errors = errors;
        _options = options;
        Positions = options.TrackPositions ? new SourcePositions() : null;
    }

    /// <summary>Positions of the records read so far, when <see cref="ParseOptions.TrackPositions"/> is on (byte offsets until the parse ends).</summary>
    public SourcePositions? Positions { get; }

    /// <summary>Positions for a record starting at offset <paramref name="start"/> whose fields are <paramref name="fieldNames"/>, when positions are collected.</summary>
    public RecordPositions? StartPositions(long start, IReadOnlyList<string> fieldNames)
        => Positions is null ? null : new RecordPositions(Errors.Source, (int)Math.Min(int.MaxValue, start + 1), 0, fieldNames);

    /// <summary>Records where field <paramref name="index"/>'s value starts (the current token).</summary>
    public static void MarkField(RecordPositions? positions, int index, ref Utf8JsonReader reader)
        => positions?.SetField(index, (int)Math.Min(int.MaxValue, reader.TokenStartIndex + 1), 0);

    /// <summary>Records where item <paramref name="item"/> of field <paramref name="index"/> starts (the current token).</summary>
    public static void MarkItem(RecordPositions? positions, int index, int item, ref Utf8JsonReader reader)
        => positions?.SetItem(index, item, (int)Math.Min(int.MaxValue, reader.TokenStartIndex + 1), 0);

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
        var context = new JsonContext(errors, options);
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
        catch (ReaderFailure failure) when (failure.InnerException is JsonException ex)
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

    // ---- the calls into System.Text.Json -----------------------------------------------

    /// <summary>
    /// What System.Text.Json threw on bad input, from one of the few calls into it below (Next,
    /// SkipValue, Text); the document's handler turns it into a <c>syntax</c> error. Anything else
    /// thrown while reading (a bug in our code or in generated code) is not caught.
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
    /// Reads the next token; bad JSON is a <see cref="ReaderFailure"/>, and an object or array
    /// nested deeper than <see cref="ParseOptions.MaxDepth"/> is a <c>limit</c> error (counted
    /// here, so no exception message is ever looked at).
    /// </summary>
    private bool Next(ref Utf8JsonReader reader)
    {
        bool more;
        try
        {
            more = reader.Read();
        }
        catch (JsonException ex)
        {
            throw new ReaderFailure(ex, reader.TokenStartIndex);
        }

        if (more && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= _options.MaxDepth)
        {
            Errors.AddFinalAtOffset(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", reader.TokenStartIndex);
            throw new ParseAbortedException();
        }

        return more;
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
    private static string Text(ref Utf8JsonReader reader)
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

    // ---- structure -------------------------------------------------------------------

    /// <summary>Enters an object; on anything else reports a <c>type</c> error, skips the value and returns false.</summary>
    public bool BeginObject(ref Utf8JsonReader reader, string expected, out long start)
    {
        start = reader.TokenStartIndex;
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        TypeError(ref reader, expected);
        return false;
    }

    /// <summary>Moves to the next property name; false at the end of the object.</summary>
    public bool NextProperty(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        _keyOffset = reader.TokenStartIndex;
        return true;
    }

    /// <summary>Enters property <paramref name="name"/> and moves to its value.</summary>
    public void EnterProperty(ref Utf8JsonReader reader, string name)
    {
        Path.PushName(name);
        Next(ref reader);
    }

    /// <summary>Leaves the property entered by <see cref="EnterProperty"/>.</summary>
    public void ExitProperty() => Path.Pop();

    /// <summary>
    /// Starts the value of field <paramref name="index"/> (<paramref name="field"/>), at its
    /// property name. A property that set the field before is a <c>duplicate-key</c> error and its
    /// value is skipped; otherwise the field is marked in <paramref name="seen"/>
    /// (<paramref name="bit"/>), entered in the path, a deprecated field gets its notice, and the
    /// value's position is kept. A null is an error when the field is <paramref name="required"/>.
    /// </summary>
    /// <remarks>
    /// <c>keys</c>: for a field with aliases, all its keys (<c>'title', 'name'</c>) for the
    /// duplicate message; else null. <c>deprecated</c>: for a deprecated field, the notice's
    /// message (empty for none); else null.
    /// </remarks>
    /// <returns>True when there is a value to read, at the current token; call <see cref="ExitProperty"/> after reading it.</returns>
    public bool EnterField(ref Utf8JsonReader reader, ref ulong seen, ulong bit, RecordPositions? positions, int index, string field, bool required, string? keys = null, string? deprecated = null)
    {
        if ((seen & bit) != 0)
        {
            if (keys is null)
            {
                DuplicateProperty(ref reader, field);
            }
            else
            {
                DuplicateProperty(ref reader, field, keys);
            }

            return false;
        }

        seen |= bit;
        EnterProperty(ref reader, field);
        if (deprecated is not null)
        {
            Deprecated(field, deprecated);
        }

        MarkField(positions, index, ref reader);
        if (reader.TokenType != JsonTokenType.Null)
        {
            return true;
        }

        if (required)
        {
            NullNotAllowed(ref reader, field);
        }

        ExitProperty();
        return false;
    }

    /// <summary>
    /// Moves to the next entry of a map and enters its key in the path, at its value; false at the
    /// end of the object. Call <see cref="ExitProperty"/> after reading the value.
    /// </summary>
    public bool TryReadMapKey(ref Utf8JsonReader reader, out string key)
    {
        if (!NextProperty(ref reader))
        {
            key = string.Empty;
            return false;
        }

        key = EnterMapEntry(ref reader);
        return true;
    }

    /// <summary>The current property name as text, unescaped.</summary>
    public static string PropertyName(ref Utf8JsonReader reader) => Text(ref reader);

    /// <summary>The current property name as UTF-8 bytes, unescaped when needed.</summary>
    public static ReadOnlySpan<byte> PropertyNameUtf8(ref Utf8JsonReader reader)
        => reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(Text(ref reader)) : reader.ValueSpan;

    /// <summary>Reports a property the type does not declare (with a suggestion) and skips its value.</summary>
    public void UnknownProperty(ref Utf8JsonReader reader, string typeName, IReadOnlyList<string> known)
    {
        var name = PropertyName(ref reader);
        Errors.AddAtOffset(DataErrorCodes.UnknownField, Path.ToString(name), $"'{name}' is not a field of {typeName}{Suggestions.Sentence(name, known)}", _keyOffset);
        Next(ref reader);
        SkipValue(ref reader);
    }

    /// <summary>Reports a property of a catalog that is no entity's plural (see <see cref="Suggestions.UnknownCatalogKey"/>) and skips its value.</summary>
    public void UnknownCatalogKey(ref Utf8JsonReader reader, IReadOnlyList<string> keys, IReadOnlyList<(string Member, string Plural, string Family)> members)
    {
        var name = PropertyName(ref reader);
        Errors.AddAtOffset(DataErrorCodes.UnknownField, Path.ToString(name), Suggestions.UnknownCatalogKey(name, keys, members), _keyOffset);
        Next(ref reader);
        SkipValue(ref reader);
    }

    /// <summary>With <see cref="ParseOptions.ReportDeprecated"/>, a <c>deprecated</c> notice for the deprecated field <paramref name="field"/> at its key.</summary>
    public void Deprecated(string field, string? message)
    {
        if (_options.ReportDeprecated)
        {
            Errors.AddWarningAtOffset(DataErrorCodes.Deprecated, Path.ToString(), YamlReader.DeprecatedMessage(field, message), _keyOffset);
        }
    }

    /// <summary>Reports a property given twice and skips the second value.</summary>
    public void DuplicateProperty(ref Utf8JsonReader reader, string name)
    {
        // Report the key as written (an alias such as 'oldName'), as the YAML reader does, not the field's name.
        name = reader.TokenType == JsonTokenType.PropertyName ? PropertyName(ref reader) : name;
        Errors.AddAtOffset(DataErrorCodes.DuplicateKey, Path.ToString(name), $"the key '{name}' appears more than once", _keyOffset);
        Next(ref reader);
        SkipValue(ref reader);
    }

    /// <summary>Reports a property that sets a field with aliases a second time and skips its value; the message names the field's keys.</summary>
    public void DuplicateProperty(ref Utf8JsonReader reader, string field, string keys)
    {
        var name = PropertyName(ref reader);
        Errors.AddAtOffset(DataErrorCodes.DuplicateKey, Path.ToString(name), YamlReader.DuplicateAliasMessage(name, field, keys), _keyOffset);
        Next(ref reader);
        SkipValue(ref reader);
    }

    /// <summary>Enters an array; on anything else reports a <c>type</c> error, skips the value and returns false.</summary>
    public bool BeginArray(ref Utf8JsonReader reader, string expected)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        TypeError(ref reader, expected);
        return false;
    }

    /// <summary>Moves to item <paramref name="index"/> and enters it in the path; false at the end of the array. Call <see cref="ExitItem"/> after reading it.</summary>
    public bool NextItem(ref Utf8JsonReader reader, int index)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        Path.PushIndex(index);
        return true;
    }

    /// <summary>Leaves the item entered by <see cref="NextItem"/>.</summary>
    public void ExitItem() => Path.Pop();

    /// <summary>Enters a map entry: the key goes into the path; moves to its value.</summary>
    public string EnterMapEntry(ref Utf8JsonReader reader)
    {
        var key = PropertyName(ref reader);
        Path.PushName(key);
        Next(ref reader);
        return key;
    }

    /// <summary>Reports a map key given twice (the value is skipped by the caller's flow).</summary>
    public void DuplicateMapKey(ref Utf8JsonReader reader, string key)
    {
        Errors.AddAtOffset(DataErrorCodes.DuplicateKey, Path.ToString(), $"the key '{key}' appears more than once", _keyOffset);
        SkipValue(ref reader);
    }

    // ---- polymorphic families -------------------------------------------------------------

    /// <summary>
    /// Finds the discriminator of the object at the current token, wherever it stands, by reading
    /// ahead on a copy of the reader (nothing is consumed). Missing: a <c>required</c> error
    /// naming the allowed tags, the object is skipped and false is returned.
    /// </summary>
    public bool ReadDiscriminator(ref Utf8JsonReader reader, string key, string expected, IReadOnlyList<string> tags, out string tag, out long offset)
    {
        offset = reader.TokenStartIndex;
        tag = string.Empty;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            TypeError(ref reader, expected);
            return false;
        }

        var copy = reader;
        var depth = reader.CurrentDepth;
        while (Next(ref copy))
        {
            if (copy.TokenType == JsonTokenType.EndObject && copy.CurrentDepth == depth)
            {
                break;
            }

            if (copy.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (!NameEquals(ref copy, key))
            {
                Next(ref copy);
                SkipValue(ref copy);
                continue;
            }

            Next(ref copy);
            if (copy.TokenType != JsonTokenType.String)
            {
                Errors.AddAtOffset(DataErrorCodes.Type, Path.ToString(key), $"'{key}' must be one of {string.Join(", ", tags)}, found {Describe(ref copy)}", copy.TokenStartIndex);
                SkipValue(ref reader);
                return false;
            }

            tag = Text(ref copy);
            offset = copy.TokenStartIndex;
            return true;
        }

        Errors.AddAtOffset(DataErrorCodes.Required, Path.ToString(key), $"{expected} needs '{key}' to say which type it is: one of {string.Join(", ", tags)}", offset);
        SkipValue(ref reader);
        return false;
    }

    /// <summary>Reports a discriminator value no type of the family has, and skips the object.</summary>
    public void UnknownTag(ref Utf8JsonReader reader, string key, string tag, string familyName, IReadOnlyList<string> tags, long offset)
    {
        Errors.AddAtOffset(DataErrorCodes.Enum, Path.ToString(key), $"'{tag}' is not a kind of {familyName}; expected one of: {string.Join(", ", tags)}{Suggestions.Sentence(tag, tags)}", offset);
        SkipValue(ref reader);
    }

    /// <summary>Reads the discriminator value inside a concrete type's object; it must be that type's tag.</summary>
    public void ExpectTag(ref Utf8JsonReader reader, string key, string tag, string typeName)
    {
        var offset = reader.TokenStartIndex;
        if (ReadString(ref reader, out var text) && !string.Equals(text, tag, StringComparison.Ordinal))
        {
            Errors.AddAtOffset(DataErrorCodes.Enum, Path.ToString(), $"'{text}' does not fit here: {Suggestions.A(typeName)} has '{key}: {tag}'", offset);
        }
    }

    // ---- errors ----------------------------------------------------------------------

    /// <summary>Reports an error at the current token and path.</summary>
    public void Error(ref Utf8JsonReader reader, string code, string message)
        => Errors.AddAtOffset(code, Path.ToString(), message, reader.TokenStartIndex);

    /// <summary>Reports a required field absent from the object that started at <paramref name="start"/>.</summary>
    public void Missing(string field, string typeName, long start)
        => Errors.AddAtOffset(DataErrorCodes.Required, Path.ToString(field), $"{typeName} requires '{field}', which is missing", start);

    /// <summary>Reports a null in a required field.</summary>
    public void NullNotAllowed(ref Utf8JsonReader reader, string field)
        => Errors.AddAtOffset(DataErrorCodes.Required, Path.ToString(), $"'{field}' is required and cannot be null", reader.TokenStartIndex);

    /// <summary>Reports a null list item or map value (they cannot be null).</summary>
    public void NullItem(ref Utf8JsonReader reader, string expected)
        => Errors.AddAtOffset(DataErrorCodes.Type, Path.ToString(), $"expected {expected}, found null; items cannot be null", reader.TokenStartIndex);

    /// <summary>Reports a value that is not one of an enum's wire names.</summary>
    public void EnumError(string text, string enumName, IReadOnlyList<string> names, long offset)
        => Errors.AddAtOffset(DataErrorCodes.Enum, Path.ToString(), $"'{text}' is not {Suggestions.A(enumName)}; expected one of: {string.Join(", ", names)}{Suggestions.Sentence(text, names)}", offset);

    private void TypeError(ref Utf8JsonReader reader, string expected)
    {
        Error(ref reader, DataErrorCodes.Type, $"expected {expected}, found {Describe(ref reader)}");
        SkipValue(ref reader);
    }

    /// <summary>A short description of the current token for messages.</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "the string " + Quote(Text(ref reader)),
        JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => reader.TokenType.ToString(),
    };

    private static string Quote(string value) => value.Length > 60 ? "\"" + value.Substring(0, 57) + "...\"" : "\"" + value + "\"";

    // ---- scalars ---------------------------------------------------------------------

    private bool StringToken(ref Utf8JsonReader reader, string expected, out string text)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            TypeError(ref reader, expected);
            text = string.Empty;
            return false;
        }

        if (reader.ValueSpan.Length > _options.MaxScalarLength)
        {
            Errors.AddFinalAtOffset(DataErrorCodes.Limit, Path.ToString(), $"a string has more than {_options.MaxScalarLength} characters (ParseOptions.MaxScalarLength)", reader.TokenStartIndex);
            throw new ParseAbortedException();
        }

        text = Text(ref reader);
        return true;
    }

    private bool Check(ref Utf8JsonReader reader, string? problem, string found)
    {
        if (problem is null)
        {
            return true;
        }

        Error(ref reader, DataErrorCodes.Type, $"{problem}, found {found}");
        return false;
    }

    /// <summary>Reads a JSON string.</summary>
    public bool ReadString(ref Utf8JsonReader reader, out string value) => StringToken(ref reader, "a string", out value);

    /// <summary>Reads an <c>int</c> from a JSON number.</summary>
    public bool ReadInt32(ref Utf8JsonReader reader, out int value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "an integer");
            return false;
        }

        return reader.TryGetInt32(out value) || Check(ref reader, "expected an integer from -2147483648 to 2147483647", Describe(ref reader));
    }

    /// <summary>Reads a <c>long</c> from a JSON number.</summary>
    public bool ReadInt64(ref Utf8JsonReader reader, out long value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "an integer");
            return false;
        }

        return reader.TryGetInt64(out value) || Check(ref reader, "expected an integer from -9223372036854775808 to 9223372036854775807", Describe(ref reader));
    }

    /// <summary>Reads a finite <c>double</c> from a JSON number.</summary>
    public bool ReadDouble(ref Utf8JsonReader reader, out double value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "a number");
            return false;
        }

        return (reader.TryGetDouble(out value) && double.IsFinite(value)) || Check(ref reader, "expected a number in the range of a double", Describe(ref reader));
    }

    /// <summary>Reads a <c>decimal</c> from a JSON number.</summary>
    public bool ReadDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        value = 0;
        if (reader.TokenType != JsonTokenType.Number)
        {
            TypeError(ref reader, "a number");
            return false;
        }

        return reader.TryGetDecimal(out value) || Check(ref reader, "expected a number in the range of a decimal", Describe(ref reader));
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public bool ReadBoolean(ref Utf8JsonReader reader, out bool value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            default:
                value = false;
                TypeError(ref reader, "true or false");
                return false;
        }
    }

    /// <summary>Reads a <c>date</c> string (<c>yyyy-MM-dd</c>).</summary>
    public bool ReadDate(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        return StringToken(ref reader, "a date string", out var text) && Check(ref reader, ScalarParsers.ParseDate(text, out value), Quote(text));
    }

    /// <summary>Reads a <c>datetime</c> string (ISO 8601 with an offset).</summary>
    public bool ReadDateTime(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return StringToken(ref reader, "a date-time string", out var text) && Check(ref reader, ScalarParsers.ParseDateTime(text, out value), Quote(text));
    }

    /// <summary>Reads a <c>uri</c> string (absolute).</summary>
    public bool ReadUri(ref Utf8JsonReader reader, out Uri value)
    {
        Uri? uri = null;
        var ok = StringToken(ref reader, "a URI string", out var text) && Check(ref reader, ScalarParsers.ParseUri(text, out uri), Quote(text));
        value = uri!;
        return ok;
    }

    /// <summary>Reads an enum's wire name as text; the caller maps it.</summary>
    public bool ReadEnumText(ref Utf8JsonReader reader, string enumName, out string text, out long offset)
    {
        offset = reader.TokenStartIndex;
        return StringToken(ref reader, Suggestions.A(enumName) + " name", out text);
    }
}
