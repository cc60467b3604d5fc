using System;
using System.Collections.Generic;

namespace NewsSchema.Generated;

// The YAML reader: scalars, read as text, numbers, dates and enum names.
public sealed partial class YamlReader
{
    /// <summary>Reads any scalar as text (string fields: <c>NO</c>, <c>1984</c>, <c>true</c> stay text).</summary>
    /// <remarks>
    /// A short value (at most <see cref="IdStrings.ShortValueLength"/> bytes) read again gives back the same
    /// string, as a reference does (<see cref="IdStrings"/>): repeated values such as topics or tags
    /// cost one string, not one each.
    /// </remarks>
    public bool ReadString(out string value)
    {
        if (!AtText(null))
        {
            value = string.Empty;
            return false;
        }

        value = Bytes(in _current).Length <= IdStrings.ShortValueLength ? Shared(_values ??= new IdStrings(_inputLength), in _current) : Text(in _current);
        Advance();
        return true;
    }

    private IdStrings? _values;

    private IdStrings? _ids;

    /// <summary>
    /// Reads an entity's own id: as <see cref="ReadString"/>, but never looked up among the strings
    /// read before. Each entity has its own, so a lookup would only miss and push out the values
    /// that do repeat.
    /// </summary>
    public bool ReadOwnId(out string value)
    {
        if (!AtText(null))
        {
            value = string.Empty;
            return false;
        }

        value = Text(in _current);
        Advance();
        return true;
    }

    /// <summary>
    /// Reads a scalar that is a reference: as <see cref="ReadString"/>, but the same reference
    /// read again gives back the same string (<see cref="IdStrings"/>).
    /// </summary>
    public bool ReadReference(out string value)
    {
        if (!AtText(null))
        {
            value = string.Empty;
            return false;
        }

        value = Shared(_ids ??= new IdStrings(_inputLength), in _current);
        Advance();
        return true;
    }

    /// <summary>
    /// Reads any scalar (untagged or <c>!!str</c>) as text; anything else is a <c>type</c> error
    /// expecting text, or the name of enum <paramref name="enumName"/> (the message is built only then).
    /// </summary>
    private bool ReadText(string? enumName, out string value)
    {
        if (AtText(enumName))
        {
            value = Text(in _current);
            Advance();
            return true;
        }

        value = string.Empty;
        return false;
    }

    /// <summary>
    /// True when the current node is a scalar that may be read as text (untagged or <c>!!str</c>);
    /// otherwise the node is reported (CheckScalarTag, or a <c>type</c> error expecting text or
    /// the name of enum <paramref name="enumName"/>) and skipped.
    /// </summary>
    private bool AtText(string? enumName)
    {
        var isScalar = _current.Kind == Utf8YamlEventKind.Scalar;
        if (isScalar && (_current.Tag == 0 || CheckScalarTag(in _current, "str")))
        {
            return true;
        }

        if (isScalar)
        {
            SkipNode();
        }
        else
        {
            TypeError(enumName is null ? "text" : Suggestions.A(enumName) + " name");
        }

        return false;
    }

    /// <summary>
    /// Reads an enum's wire name as its UTF-8 bytes, without a string (valid until the next call
    /// on this reader); the caller matches them. Line and column are where it stood. When no member matches,
    /// <see cref="EnumError(string, IReadOnlyList{string}, int, int)"/> reports the name.
    /// </summary>
    public bool ReadEnumUtf8(string enumName, out ReadOnlySpan<byte> utf8, out int line, out int column)
    {
        line = Line;
        column = Column;
        if (AtText(enumName))
        {
            Stabilize(ref _current); // the name is used after the next event is read
            _lastEnumName = _current;
            Advance();
            utf8 = Bytes(in _lastEnumName); // after Advance, which may move the buffer it is in
            return true;
        }

        utf8 = default;
        return false;
    }

    /// <summary>Reports that the name <see cref="ReadEnumUtf8"/> read last is not one of the enum's wire names.</summary>
    public void EnumError(string enumName, IReadOnlyList<string> names, int line, int column)
        => EnumError(Text(in _lastEnumName), enumName, names, line, column);

    private YamlEvent _lastEnumName;

    /// <summary>Reads a plain scalar for a typed field; quoted text is a <c>type</c> error.</summary>
    private bool ReadTypedText(string coreTag, string expected, out string text)
    {
        if (_current.Kind == Utf8YamlEventKind.Scalar)
        {
            if (_current.Tag != 0)
            {
                if (!CheckScalarTag(in _current, coreTag))
                {
                    SkipNode();
                    text = string.Empty;
                    return false;
                }
            }
            else if (_current.Style != Utf8YamlScalarStyle.Plain && coreTag != "str")
            {
                Error(DataErrorCodes.Type, $"expected {expected}, found the quoted text {Quote(Text(in _current))}");
                Advance();
                text = string.Empty;
                return false;
            }

            text = Text(in _current);
            return true;
        }

        TypeError(expected);
        text = string.Empty;
        return false;
    }

    private bool CheckScalarTag(in YamlEvent scalar, string kind)
    {
        var tag = TagOf(in scalar);
        return tag == "!" || CheckTag(tag, kind);
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

    /// <summary>True when the current node is a plain scalar without a tag: the common case, whose bytes the fast paths below parse.</summary>
    private bool IsPlainUntagged => _current.Kind == Utf8YamlEventKind.Scalar && _current.Tag == 0 && _current.Style == Utf8YamlScalarStyle.Plain;

    /// <summary>Reads an <c>int</c>.</summary>
    public bool ReadInt32(out int value)
    {
        if (IsPlainUntagged && ScalarParsers.TryIntegerUtf8(Bytes(in _current), 9, out var small))
        {
            value = (int)small;
            Advance();
            return true;
        }

        value = 0;
        return ReadTypedText("int", "an integer", out var text) && Finish(ScalarParsers.ParseInt32(text, out value), text);
    }

    /// <summary>Reads a <c>long</c>.</summary>
    public bool ReadInt64(out long value)
    {
        if (IsPlainUntagged && ScalarParsers.TryIntegerUtf8(Bytes(in _current), 18, out value))
        {
            Advance();
            return true;
        }

        value = 0;
        return ReadTypedText("int", "an integer", out var text) && Finish(ScalarParsers.ParseInt64(text, out value), text);
    }

    /// <summary>Reads a <c>double</c>.</summary>
    public bool ReadDouble(out double value)
    {
        if (IsPlainUntagged && ScalarParsers.TryShortDecimalUtf8(Bytes(in _current), out value))
        {
            Advance();
            return true;
        }

        value = 0;
        return ReadTypedText(IsIntTagged ? "int" : "float", "a number", out var text) && Finish(ScalarParsers.ParseDouble(text, out value), text);
    }

    /// <summary>Reads a <c>decimal</c>.</summary>
    public bool ReadDecimal(out decimal value)
    {
        value = 0;
        return ReadTypedText(IsIntTagged ? "int" : "float", "a number", out var text) && Finish(ScalarParsers.ParseDecimal(text, out value), text);
    }

    private bool IsIntTagged => _current.Kind == Utf8YamlEventKind.Scalar && TagOf(in _current) == CoreTagPrefix + "int";

    /// <summary>Reads a <c>bool</c>: only <c>true</c> or <c>false</c>.</summary>
    public bool ReadBoolean(out bool value)
    {
        value = false;
        return ReadTypedText("bool", "true or false", out var text) && Finish(ScalarParsers.ParseBoolean(text, out value), text);
    }

    /// <summary>Reads a <c>date</c> (<c>yyyy-MM-dd</c>).</summary>
    public bool ReadDate(out DateOnly value)
    {
        if (IsPlainUntagged && ScalarParsers.TryDateUtf8(Bytes(in _current), out value))
        {
            Advance();
            return true;
        }

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
        return ReadText(enumName, out text);
    }
}
