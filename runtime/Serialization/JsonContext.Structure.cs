using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace NewsSchema.Generated;

// The JSON context: objects, arrays, fields and map entries.
public sealed partial class JsonContext
{
    /// <summary>Enters an object; on anything else reports a <c>type</c> error, skips the value and returns false.</summary>
    public bool BeginObject(ref JsonReader reader, string expected, out long start)
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
    public bool NextProperty(ref JsonReader reader)
    {
        Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        _keyOffset = reader.TokenStartIndex;
        return true;
    }

    /// <summary>
    /// Moves to the next property name, trying the key of field <paramref name="next"/> first (the
    /// fields usually come in the order of <paramref name="keys"/>, from <see cref="JsonPropertyKey.For"/>).
    /// On a right guess <paramref name="field"/> is that field's index and <paramref name="next"/>
    /// moves on; otherwise <paramref name="field"/> is -1 and the caller matches the name. False at
    /// the end of the object. After the last key the guess starts again at the first: a family
    /// member's tag, written first but kept last among its names, is followed by its first field.
    /// </summary>
    public bool NextProperty(ref JsonReader reader, JsonPropertyKey[] keys, ref int next, out int field)
    {
        if ((uint)next >= (uint)keys.Length)
        {
            next = 0;
        }

        if (next < keys.Length && reader.TryReadName(keys[next]))
        {
            field = next;
            next++;
            _keyOffset = reader.TokenStartIndex;
            return true;
        }

        field = -1;
        return NextProperty(ref reader);
    }

    /// <summary>Enters property <paramref name="name"/> and moves to its value.</summary>
    public void EnterProperty(ref JsonReader reader, string name)
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool EnterField(ref JsonReader reader, ref ulong seen, ulong bit, long positions, int index, string field, bool required, string? keys = null, string? deprecated = null)
    {
        // The usual field, inlined into the generated reader: set once, not deprecated, not null.
        // Everything else is out of line (EnterFieldRarely), so the arguments that only it reads
        // are constants the JIT drops.
        if ((seen & bit) != 0 || deprecated is not null)
        {
            return EnterFieldRarely(ref reader, ref seen, bit, positions, index, field, required, keys, deprecated);
        }

        seen |= bit;
        Path.PushName(field);
        Next(ref reader);
        MarkField(positions, index, ref reader);
        return reader.TokenType != JsonTokenType.Null || NullField(ref reader, field, required);
    }

    private bool EnterFieldRarely(ref JsonReader reader, ref ulong seen, ulong bit, long positions, int index, string field, bool required, string? keys, string? deprecated)
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
        return reader.TokenType != JsonTokenType.Null || NullField(ref reader, field, required);
    }

    /// <summary>A field's value is null: an error when the field is <paramref name="required"/>; leaves the property. Returns false (no value to read).</summary>
    private bool NullField(ref JsonReader reader, string field, bool required)
    {
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
    public bool TryReadMapKey(ref JsonReader reader, out string key)
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
    public static string PropertyName(ref JsonReader reader) => Text(ref reader);

    /// <summary>The current property name as UTF-8 bytes, unescaped when needed.</summary>
    public static ReadOnlySpan<byte> PropertyNameUtf8(ref JsonReader reader)
        => reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(Text(ref reader)) : reader.ValueSpan;

    /// <summary>Reports a property the type does not declare (with a suggestion) and skips its value.</summary>
    public void UnknownProperty(ref JsonReader reader, string typeName, IReadOnlyList<string> known)
    {
        var name = PropertyName(ref reader);
        Errors.AddAtOffset(DataErrorCodes.UnknownField, Path.ToString(name), $"'{name}' is not a field of {typeName}{Suggestions.Sentence(name, known)}", _keyOffset);
        Next(ref reader);
        SkipValue(ref reader);
    }

    /// <summary>Reports a property of a catalog that is no entity's plural (see <see cref="Suggestions.UnknownCatalogKey"/>) and skips its value.</summary>
    public void UnknownCatalogKey(ref JsonReader reader, IReadOnlyList<string> keys, IReadOnlyList<(string Member, string Plural, string Family)> members)
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
    public void DuplicateProperty(ref JsonReader reader, string name)
    {
        // Report the key as written (an alias such as 'oldName'), as the YAML reader does, not the field's name.
        name = reader.TokenType == JsonTokenType.PropertyName ? PropertyName(ref reader) : name;
        Errors.AddAtOffset(DataErrorCodes.DuplicateKey, Path.ToString(name), $"the key '{name}' appears more than once", _keyOffset);
        Next(ref reader);
        SkipValue(ref reader);
    }

    /// <summary>Reports a property that sets a field with aliases a second time and skips its value; the message names the field's keys.</summary>
    public void DuplicateProperty(ref JsonReader reader, string field, string keys)
    {
        var name = PropertyName(ref reader);
        Errors.AddAtOffset(DataErrorCodes.DuplicateKey, Path.ToString(name), YamlReader.DuplicateAliasMessage(name, field, keys), _keyOffset);
        Next(ref reader);
        SkipValue(ref reader);
    }

    /// <summary>Enters an array; on anything else reports a <c>type</c> error, skips the value and returns false.</summary>
    public bool BeginArray(ref JsonReader reader, string expected)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        TypeError(ref reader, expected);
        return false;
    }

    /// <summary>Moves to item <paramref name="index"/> and enters it in the path; false at the end of the array. Call <see cref="ExitItem"/> after reading it.</summary>
    public bool NextItem(ref JsonReader reader, int index)
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
    public string EnterMapEntry(ref JsonReader reader)
    {
        var key = PropertyName(ref reader);
        Path.PushName(key);
        Next(ref reader);
        return key;
    }

    /// <summary>Reports a map key given twice (the value is skipped by the caller's flow).</summary>
    public void DuplicateMapKey(ref JsonReader reader, string key)
    {
        Errors.AddAtOffset(DataErrorCodes.DuplicateKey, Path.ToString(), $"the key '{key}' appears more than once", _keyOffset);
        SkipValue(ref reader);
    }
}
