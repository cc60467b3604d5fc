using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace NewsSchema.Generated;

// The JSON context: scalars, read as text, numbers, dates and enum names.
public sealed partial class JsonContext
{
    private bool StringToken(ref JsonReader reader, string expected, out string text)
    {
        if (!IsString(ref reader, expected))
        {
            text = string.Empty;
            return false;
        }

        text = Text(ref reader);
        return true;
    }

    /// <summary>Whether the current token is a string within <see cref="ParseOptions.MaxScalarLength"/>; anything else is a <c>type</c> error (value skipped), a longer string a <c>limit</c> error.</summary>
    private bool IsString(ref JsonReader reader, string expected)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            TypeError(ref reader, expected);
            return false;
        }

        if (reader.ValueSpan.Length > _options.MaxScalarLength)
        {
            Errors.AddFinalAtOffset(DataErrorCodes.Limit, Path.ToString(), $"a string has more than {_options.MaxScalarLength} characters (ParseOptions.MaxScalarLength)", reader.TokenStartIndex);
            throw new ParseAbortedException();
        }

        return true;
    }

    private bool Check(ref JsonReader reader, string? problem, string found)
    {
        if (problem is null)
        {
            return true;
        }

        Error(ref reader, DataErrorCodes.Type, $"{problem}, found {found}");
        return false;
    }

    /// <summary>
    /// Reads a JSON string. A short one (at most <see cref="IdStrings.ShortValueLength"/> bytes) read again
    /// gives back the same string, as a reference does (<see cref="IdStrings"/>): repeated values
    /// such as topics or tags cost one string, not one each.
    /// </summary>
    public bool ReadString(ref JsonReader reader, out string value)
    {
        if (!IsString(ref reader, "a string"))
        {
            value = string.Empty;
            return false;
        }

        value = reader.ValueSpan.Length <= IdStrings.ShortValueLength ? Shared(ref reader, _values ??= new IdStrings(_documentLength)) : Text(ref reader);
        return true;
    }

    private IdStrings? _values;
    private IdStrings? _ids;

    /// <summary>
    /// Reads an entity's own id: as <see cref="ReadString"/>, but never looked up among the strings
    /// read before. Each entity has its own, so a lookup would only miss and push out the values
    /// that do repeat.
    /// </summary>
    public bool ReadOwnId(ref JsonReader reader, out string value)
    {
        if (!IsString(ref reader, "a string"))
        {
            value = string.Empty;
            return false;
        }

        value = Text(ref reader);
        return true;
    }

    /// <summary>
    /// Reads a JSON string that is a reference: as <see cref="ReadString"/>, but the same
    /// reference read again gives back the same string (<see cref="IdStrings"/>).
    /// </summary>
    public bool ReadReference(ref JsonReader reader, out string value)
    {
        if (!IsString(ref reader, "a string"))
        {
            value = string.Empty;
            return false;
        }

        value = Shared(ref reader, _ids ??= new IdStrings(_documentLength));
        return true;
    }

    /// <summary>The current string's text, the one <paramref name="table"/> made before for the same bytes when it has one.</summary>
    private static string Shared(ref JsonReader reader, IdStrings table)
    {
        if (reader.ValueIsEscaped)
        {
            return Text(ref reader);
        }

        var utf8 = reader.ValueSpan;
        if (table.Find(utf8, out var slot) is { } kept)
        {
            return kept;
        }

        var text = Text(ref reader);
        table.Keep(slot, utf8, text);
        return text;
    }

    // ReadInt32, ReadInt64, ReadDouble and ReadDecimal differ only in their TryGet call and message:
    // kept apart so each is a direct call on the hot path (one shared reader would take a delegate).

    /// <summary>Reads an <c>int</c> from a JSON number.</summary>
    public bool ReadInt32(ref JsonReader reader, out int value)
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
    public bool ReadInt64(ref JsonReader reader, out long value)
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
    public bool ReadDouble(ref JsonReader reader, out double value)
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
    public bool ReadDecimal(ref JsonReader reader, out decimal value)
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
    public bool ReadBoolean(ref JsonReader reader, out bool value)
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
    public bool ReadDate(ref JsonReader reader, out DateOnly value)
    {
        // The usual date straight from its bytes, without a string; anything else (an error, an
        // escape, a limit below 10) takes the text path, which words the error.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped
            && _options.MaxScalarLength >= 10 && ScalarParsers.TryDateUtf8(reader.ValueSpan, out value))
        {
            return true;
        }

        value = default;
        return StringToken(ref reader, "a date string", out var text) && Check(ref reader, ScalarParsers.ParseDate(text, out value), Quote(text));
    }

    /// <summary>Reads a <c>datetime</c> string (ISO 8601 with an offset).</summary>
    public bool ReadDateTime(ref JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        return StringToken(ref reader, "a date-time string", out var text) && Check(ref reader, ScalarParsers.ParseDateTime(text, out value), Quote(text));
    }

    /// <summary>Reads a <c>uri</c> string (absolute).</summary>
    public bool ReadUri(ref JsonReader reader, out Uri value)
    {
        Uri? uri = null;
        var ok = StringToken(ref reader, "a URI string", out var text) && Check(ref reader, ScalarParsers.ParseUri(text, out uri), Quote(text));
        value = uri!;
        return ok;
    }

    /// <summary>
    /// Reads an enum's wire name as UTF-8 bytes, without making a string: the value's own bytes, or
    /// its unescaped text's when it has escapes. The caller maps it, and on no match calls
    /// <see cref="EnumError(ref JsonReader, string, IReadOnlyList{string}, long)"/> with the reader still here.
    /// </summary>
    public bool ReadEnumUtf8(ref JsonReader reader, string enumName, out ReadOnlySpan<byte> utf8, out long offset)
    {
        offset = reader.TokenStartIndex;
        if (!IsString(ref reader, Suggestions.A(enumName) + " name"))
        {
            utf8 = default;
            return false;
        }

        // An escape (or a bad one, which Text turns into a syntax error as for any string) takes the text path.
        utf8 = reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(Text(ref reader)) : reader.ValueSpan;
        return true;
    }
}
