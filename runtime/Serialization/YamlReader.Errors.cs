using System;
using System.Collections.Generic;

namespace NewsSchema.Generated;

// The YAML reader: located errors and the descriptions in their messages.
public sealed partial class YamlReader
{
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
        var tag = TagOf(in _current);
        if (tag is not null && !IsCoreTag(tag))
        {
            // Reported by CheckTag.
            CheckTag(tag, string.Empty);
            SkipNode();
            return;
        }

        Error(DataErrorCodes.Type, $"expected {expected}, found {Describe(in _current)}");
        SkipNode();
    }

    /// <summary>A short description of a node for messages: <c>a mapping</c>, <c>the text "abc"</c>.</summary>
    private string Describe(in YamlEvent e) => e.Kind switch
    {
        Utf8YamlEventKind.MappingStart => "a mapping",
        Utf8YamlEventKind.SequenceStart => "a list",
        Utf8YamlEventKind.Scalar when e.Style == Utf8YamlScalarStyle.Plain && IsNullWord(Bytes(in e)) => "null",
        Utf8YamlEventKind.Scalar when e.Style != Utf8YamlScalarStyle.Plain => "the quoted text " + Quote(Text(in e)),
        Utf8YamlEventKind.Scalar => Quote(Text(in e)),
        _ => "the end of the " + (e.Kind == Utf8YamlEventKind.MappingEnd ? "mapping" : e.Kind == Utf8YamlEventKind.SequenceEnd ? "list" : "document"),
    };

    private static string Quote(string value)
        => value.Length > 60 ? "'" + value.Substring(0, 57) + "...'" : "'" + value + "'";

    private static bool IsCoreTag(string tag)
        => tag == "!" || (tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal)
           && tag.Substring(CoreTagPrefix.Length) is "str" or "int" or "float" or "bool" or "null" or "map" or "seq");

    /// <summary>
    /// Accepts no tag, the non-specific tag, or the core-schema tag <paramref name="kind"/>
    /// (and, for scalars, any core scalar tag the caller then checks). Anything else is an
    /// <c>unknown-tag</c> error: no type is ever chosen by a tag.
    /// </summary>
    private bool CheckTag(string? tag, string kind)
    {
        if (tag is null || tag.Length == 0 || tag == "!")
        {
            return true;
        }

        if (!IsCoreTag(tag))
        {
            Error(DataErrorCodes.UnknownTag, $"the tag '{ShortTag(tag)}' is not allowed; only the YAML core schema's tags (!!str, !!int, !!float, !!bool, !!null, !!map, !!seq) are");
            return false;
        }

        if (tag == CoreTagPrefix + kind)
        {
            return true;
        }

        Error(DataErrorCodes.Type, $"the tag '{ShortTag(tag)}' does not fit here; expected {(kind.Length == 0 ? "another tag" : "!!" + kind)}");
        return false;
    }

    private static string ShortTag(string tag)
        => tag.StartsWith(CoreTagPrefix, StringComparison.Ordinal) ? "!!" + tag.Substring(CoreTagPrefix.Length) : tag;
}
