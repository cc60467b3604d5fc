using System;
using System.ComponentModel;

namespace NewsSchema.Generated;

/// <summary>The kind of event <see cref="Utf8YamlReader"/> stands on.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum Utf8YamlEventKind : byte
{
    /// <summary>Before the first <see cref="Utf8YamlReader.Read"/>.</summary>
    None,
    /// <summary>The start of the stream (always the first event).</summary>
    StreamStart,
    /// <summary>The end of the stream (always the last event).</summary>
    StreamEnd,
    /// <summary>The start of a document, with or without <c>---</c> (<see cref="Utf8YamlReader.IsExplicit"/>).</summary>
    DocumentStart,
    /// <summary>The end of a document, with or without <c>...</c> (<see cref="Utf8YamlReader.IsExplicit"/>).</summary>
    DocumentEnd,
    /// <summary>The start of a mapping (<see cref="Utf8YamlReader.IsFlow"/> for <c>{ }</c>).</summary>
    MappingStart,
    /// <summary>The end of a mapping.</summary>
    MappingEnd,
    /// <summary>The start of a sequence (<see cref="Utf8YamlReader.IsFlow"/> for <c>[ ]</c>).</summary>
    SequenceStart,
    /// <summary>The end of a sequence.</summary>
    SequenceEnd,
    /// <summary>A scalar: <see cref="Utf8YamlReader.Value"/> and <see cref="Utf8YamlReader.ScalarStyle"/>.</summary>
    Scalar,
    /// <summary>An alias: <see cref="Utf8YamlReader.Value"/> is the anchor name, without <c>*</c>.</summary>
    Alias,
}

/// <summary>How a scalar was written.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum Utf8YamlScalarStyle : byte
{
    /// <summary>Unquoted (also the empty scalar of an absent value).</summary>
    Plain,
    /// <summary><c>'single-quoted'</c>.</summary>
    SingleQuoted,
    /// <summary><c>"double-quoted"</c>.</summary>
    DoubleQuoted,
    /// <summary>A <c>|</c> block scalar.</summary>
    Literal,
    /// <summary>A <c>&gt;</c> block scalar.</summary>
    Folded,
}

/// <summary>
/// Forms of YAML that are valid YAML 1.2 but that <see cref="Utf8YamlReader"/> refuses in data,
/// each with a located error (docs/yaml-reader.md explains why).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum Utf8YamlRefusal : byte
{
    /// <summary>Not a refusal: the text is not well-formed YAML, or a limit was reached.</summary>
    None,
    /// <summary>An explicit key (<c>? key</c>).</summary>
    ExplicitKey,
    /// <summary>A mapping or sequence used as a mapping key (<c>[a, b]: c</c>).</summary>
    CollectionKey,
    /// <summary>A mapping key that is absent or empty (<c>: value</c>).</summary>
    EmptyKey,
}

/// <summary>A located error from <see cref="Utf8YamlReader"/>: malformed YAML, a refused form, or a limit.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class Utf8YamlException : Exception
{
    /// <summary>Creates the exception.</summary>
    public Utf8YamlException(string code, Utf8YamlRefusal refusal, string message, int line, int column, long offset)
        : base(message)
    {
        Code = code;
        Refusal = refusal;
        Line = line;
        Column = column;
        Offset = offset;
    }

    /// <summary><see cref="DataErrorCodes.Syntax"/> or <see cref="DataErrorCodes.Limit"/>.</summary>
    public string Code { get; }

    /// <summary>The refused form, or <see cref="Utf8YamlRefusal.None"/>.</summary>
    public Utf8YamlRefusal Refusal { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>1-based column, in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Byte offset in the input.</summary>
    public long Offset { get; }

    /// <summary>The error as a <see cref="DataError"/>.</summary>
    public DataError ToDataError(string? source, string path = "") => new(Code, path, Message, source, Line, Column);
}
