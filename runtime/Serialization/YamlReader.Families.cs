using System;
using System.Collections.Generic;

namespace NewsSchema.Generated;

// The YAML reader: polymorphic families, told apart by their discriminator.
public sealed partial class YamlReader
{
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
        if (_current.Kind != Utf8YamlEventKind.MappingStart)
        {
            TypeError(expected);
            return false;
        }

        var buffer = new List<YamlEvent>(4);
        var depth = 0;
        var isKey = true;
        var found = false;
        var value = default(YamlEvent);
        while (true)
        {
            var e = Pull();
            Stabilize(ref e);
            buffer.Add(e);
            if (e.Kind is Utf8YamlEventKind.DocumentEnd or Utf8YamlEventKind.StreamEnd || (depth == 0 && e.Kind == Utf8YamlEventKind.MappingEnd))
            {
                break;
            }

            if (e.Kind is Utf8YamlEventKind.MappingStart or Utf8YamlEventKind.SequenceStart)
            {
                // The look-ahead reads past Advance, so it enforces the depth limit itself.
                if (_depth + ++depth > _options.MaxDepth)
                {
                    throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", e.Line, e.Column);
                }

                continue;
            }

            if (e.Kind is Utf8YamlEventKind.MappingEnd or Utf8YamlEventKind.SequenceEnd)
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

            if (isKey && e.Kind == Utf8YamlEventKind.Scalar && IsText(Bytes(in e), key))
            {
                value = Pull();
                Stabilize(ref value);
                buffer.Add(value);
                found = true;
                break;
            }

            isKey = !isKey;
        }

        var events = buffer.ToArray();
        PushReplay(events, 0, events.Length);

        if (!found)
        {
            Errors.Add(DataErrorCodes.Required, Path.ToString(key), $"{expected} needs '{key}' to say which type it is: one of {string.Join(", ", tags)}", line, column);
            SkipNode();
            return false;
        }

        if (value.Kind != Utf8YamlEventKind.Scalar || (value.Style == Utf8YamlScalarStyle.Plain && IsDiscriminatorNull(Bytes(in value))))
        {
            Errors.Add(DataErrorCodes.Type, Path.ToString(key), $"'{key}' must be one of {string.Join(", ", tags)}, found {Describe(in value)}", value.Line, value.Column);
            SkipNode();
            return false;
        }

        tag = Text(in value);
        line = value.Line;
        column = value.Column;
        return true;
    }

    /// <summary>The plain values that leave a discriminator without a type: empty, <c>~</c>, <c>null</c>.</summary>
    private static bool IsDiscriminatorNull(ReadOnlySpan<byte> value)
        => value.Length == 0 || (value.Length == 1 && value[0] == (byte)'~') || value.SequenceEqual("null"u8);

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
}
