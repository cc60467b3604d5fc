using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace NewsSchema.Generated;

// The JSON context: located errors and the descriptions in their messages.
public sealed partial class JsonContext
{
    /// <summary>Reports an error at the current token and path.</summary>
    public void Error(ref JsonReader reader, string code, string message)
        => Errors.AddAtOffset(code, Path.ToString(), message, reader.TokenStartIndex);

    /// <summary>Reports a required field absent from the object that started at <paramref name="start"/>.</summary>
    public void Missing(string field, string typeName, long start)
        => Errors.AddAtOffset(DataErrorCodes.Required, Path.ToString(field), $"{typeName} requires '{field}', which is missing", start);

    /// <summary>Reports a null in a required field.</summary>
    public void NullNotAllowed(ref JsonReader reader, string field)
        => Errors.AddAtOffset(DataErrorCodes.Required, Path.ToString(), $"'{field}' is required and cannot be null", reader.TokenStartIndex);

    /// <summary>Reports a null list item or map value (they cannot be null).</summary>
    public void NullItem(ref JsonReader reader, string expected)
        => Errors.AddAtOffset(DataErrorCodes.Type, Path.ToString(), $"expected {expected}, found null; items cannot be null", reader.TokenStartIndex);

    /// <summary>
    /// Reports the current string (read by <see cref="ReadEnumUtf8"/>, which started at
    /// <paramref name="offset"/>) as not one of an enum's wire names; its text is made here, so
    /// invalid UTF-8 in it is the same syntax error as in any other string.
    /// </summary>
    public void EnumError(ref JsonReader reader, string enumName, IReadOnlyList<string> names, long offset)
    {
        var text = Text(ref reader);
        Errors.AddAtOffset(DataErrorCodes.Enum, Path.ToString(), $"'{text}' is not {Suggestions.A(enumName)}; expected one of: {string.Join(", ", names)}{Suggestions.Sentence(text, names)}", offset);
    }

    private void TypeError(ref JsonReader reader, string expected)
    {
        Error(ref reader, DataErrorCodes.Type, $"expected {expected}, found {Describe(ref reader)}");
        SkipValue(ref reader);
    }

    /// <summary>A short description of the current token for messages.</summary>
    public static string Describe(ref JsonReader reader) => reader.TokenType switch
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
}
