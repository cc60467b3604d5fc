using System;

namespace NewsSchema.Generated;

// The YAML reader: mappings, sequences, fields and skipping.
public sealed partial class YamlReader
{
    /// <summary>True when the current node is a null (<c>null</c>, <c>~</c>, empty, or tagged <c>!!null</c>).</summary>
    public bool IsNull => _current.Kind == Utf8YamlEventKind.Scalar && IsNullScalar(in _current);

    private bool IsNullScalar(in YamlEvent e)
        => e.Tag == 0
            ? e.Style == Utf8YamlScalarStyle.Plain && IsNullWord(Bytes(in e))
            : TagOf(in e) == CoreTagPrefix + "null";

    /// <summary>The plain scalars that are null: empty, <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>.</summary>
    private static bool IsNullWord(ReadOnlySpan<byte> value)
        => value.Length switch
        {
            0 => true,
            1 => value[0] == (byte)'~',
            4 => value.SequenceEqual("null"u8) || value.SequenceEqual("Null"u8) || value.SequenceEqual("NULL"u8),
            _ => false,
        };

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
        return Enter(Utf8YamlEventKind.MappingStart, "map", expected);
    }

    /// <summary>
    /// Reads the next key of the current mapping and enters it in the path; false (and the
    /// mapping consumed) at its end. Call <see cref="EndEntry"/> after reading the value.
    /// </summary>
    public bool TryReadKey(out string key)
    {
        while (true)
        {
            switch (_current.Kind)
            {
                case Utf8YamlEventKind.MappingEnd:
                    Advance();
                    key = string.Empty;
                    return false;
                case Utf8YamlEventKind.Scalar:
                    _keyLine = Line;
                    _keyColumn = Column;
                    key = KeyText(in _current);
                    if (_current.Tag != 0 && !CheckTag(TagOf(in _current), "str"))
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
                    Error(DataErrorCodes.Type, "expected a plain key, found " + Describe(in _current));
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
    /// kept in record <paramref name="positions"/> (-1: none). A null is consumed, an error when the field is <paramref name="required"/>.
    /// </summary>
    /// <remarks>
    /// <c>keys</c>: for a field with aliases, all its keys (<c>'title', 'name'</c>) for the
    /// duplicate message; else null. <c>deprecated</c>: for a deprecated field, the notice's
    /// message (empty for none); else null.
    /// </remarks>
    /// <returns>True when there is a value to read, at the current node.</returns>
    public bool EnterField(string key, ref ulong seen, ulong bit, long positions, int index, string field, bool required, string? keys = null, string? deprecated = null)
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

        MarkField(positions, index);
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
    public bool BeginSequence(string expected) => Enter(Utf8YamlEventKind.SequenceStart, "seq", expected);

    /// <summary>
    /// Enters the collection at the current node when it starts with <paramref name="start"/> and
    /// its tag is none or <c>!!<paramref name="kind"/></c>; a collection with another tag (reported
    /// by CheckTag) or any other node (a <c>type</c> error) is skipped.
    /// </summary>
    private bool Enter(Utf8YamlEventKind start, string kind, string expected)
    {
        if (_current.Kind != start)
        {
            TypeError(expected);
            return false;
        }

        if (CheckTag(TagOf(in _current), kind))
        {
            Advance();
            return true;
        }

        SkipNode();
        return false;
    }

    /// <summary>Moves to item <paramref name="index"/> and enters it in the path; false (and the sequence consumed) at its end. Call <see cref="EndItem"/> after reading it.</summary>
    public bool TryReadItem(int index)
    {
        if (_current.Kind == Utf8YamlEventKind.SequenceEnd)
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
            switch (_current.Kind)
            {
                case Utf8YamlEventKind.MappingStart:
                case Utf8YamlEventKind.SequenceStart:
                    depth++;
                    break;
                case Utf8YamlEventKind.MappingEnd:
                case Utf8YamlEventKind.SequenceEnd:
                    depth--;
                    break;
                case Utf8YamlEventKind.DocumentEnd:
                case Utf8YamlEventKind.StreamEnd:
                    return;
            }

            Advance();
        }
        while (depth > 0);
    }
}
