using System;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsSchema.Generated;

// The YAML reader: mappings, sequences, fields and skipping.
public sealed partial class YamlReader
{
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
        return Enter(_current as MappingStart, "map", expected);
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
    /// kept in record <paramref name="positions"/> (-1: none). A null is consumed, an error when the field is <paramref name="required"/>.
    /// </summary>
    /// <remarks>
    /// <c>keys</c>: for a field with aliases, all its keys (<c>'title', 'name'</c>) for the
    /// duplicate message; else null. <c>deprecated</c>: for a deprecated field, the notice's
    /// message (empty for none); else null.
    /// </remarks>
    /// <returns>True when there is a value to read, at the current node.</returns>
    public bool EnterField(string key, ref ulong seen, ulong bit, int positions, int index, string field, bool required, string? keys = null, string? deprecated = null)
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
    public bool BeginSequence(string expected) => Enter(_current as SequenceStart, "seq", expected);

    /// <summary>
    /// Enters the collection that starts at <paramref name="start"/> (null: the current node is
    /// not one) when its tag is none or <c>!!<paramref name="kind"/></c>; a collection with another
    /// tag (reported by CheckTag) or any other node (a <c>type</c> error) is skipped.
    /// </summary>
    private bool Enter(NodeEvent? start, string kind, string expected)
    {
        if (start is null)
        {
            TypeError(expected);
            return false;
        }

        if (CheckTag(start.Tag, kind))
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
}
