using System;
using System.Collections.Generic;
using System.Text.Json;

namespace NewsSchema.Generated;

// The JSON context: polymorphic families, told apart by their discriminator.
public sealed partial class JsonContext
{
    /// <summary>
    /// Finds the discriminator of the object at the current token, wherever it stands, by reading
    /// ahead on a copy of the reader (nothing is consumed). Missing: a <c>required</c> error
    /// naming the allowed tags, the object is skipped and false is returned.
    /// </summary>
    public bool ReadDiscriminator(ref JsonReader reader, string key, string expected, IReadOnlyList<string> tags, out string tag, out long offset)
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
    public void UnknownTag(ref JsonReader reader, string key, string tag, string familyName, IReadOnlyList<string> tags, long offset)
    {
        Errors.AddAtOffset(DataErrorCodes.Enum, Path.ToString(key), $"'{tag}' is not a kind of {familyName}; expected one of: {string.Join(", ", tags)}{Suggestions.Sentence(tag, tags)}", offset);
        SkipValue(ref reader);
    }

    /// <summary>Reads the discriminator value inside a concrete type's object; it must be that type's tag.</summary>
    public void ExpectTag(ref JsonReader reader, string key, string tag, string typeName)
    {
        var offset = reader.TokenStartIndex;
        if (ReadString(ref reader, out var text) && !string.Equals(text, tag, StringComparison.Ordinal))
        {
            Errors.AddAtOffset(DataErrorCodes.Enum, Path.ToString(), $"'{text}' does not fit here: {Suggestions.A(typeName)} has '{key}: {tag}'", offset);
        }
    }
}
