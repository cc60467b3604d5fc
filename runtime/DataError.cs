using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsSchema;

/// <summary>
/// One thing wrong with data, from a parser or a validator. <see cref="Line"/> and
/// <see cref="Column"/> are 1-based, 0 when unknown. <see cref="ToString"/> gives the MSBuild
/// format editors link to: <c>file(line,col): error code at path: message</c> (<c>warning</c>
/// instead of <c>error</c> for a <c>deprecated</c> notice).
/// </summary>
/// <param name="Code">A stable code from <see cref="DataErrorCodes"/>.</param>
/// <param name="Path">Where in the data, like <c>meetings[2].participants[0]</c>; empty for the document itself.</param>
/// <param name="Message">What was expected and what was found.</param>
/// <param name="Source">The file name or other source name, when known.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column in UTF-16 code units (an emoji counts two), 0 when unknown.</param>
public sealed record DataError(string Code, string Path, string Message, string? Source = null, int Line = 0, int Column = 0)
{
    /// <summary><c>file(line,col): error code at path: message</c>.</summary>
    public override string ToString()
    {
        var source = Source ?? "<input>";
        var where = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{source}({Line},{Column})") : source;
        var at = Path.Length == 0 ? string.Empty : " at " + Path;
        var severity = Code == DataErrorCodes.Deprecated ? "warning" : "error";
        return $"{where}: {severity} {Code}{at}: {Message}";
    }
}

/// <summary>The stable error codes of <see cref="DataError.Code"/>.</summary>
public static class DataErrorCodes
{
    /// <summary>The text is not well-formed YAML or JSON.</summary>
    public const string Syntax = "syntax";
    /// <summary>A value of the wrong kind (a list where a string belongs, text in an int field, ...).</summary>
    public const string Type = "type";
    /// <summary>A required field is absent or null.</summary>
    public const string Required = "required";
    /// <summary>A key the type does not declare.</summary>
    public const string UnknownField = "unknown-field";
    /// <summary>The same key twice in one mapping or object.</summary>
    public const string DuplicateKey = "duplicate-key";
    /// <summary>A value that is not one of the enum's (or the family's) names.</summary>
    public const string Enum = "enum";
    /// <summary>Shorter than <c>minLength</c>.</summary>
    public const string MinLength = "min-length";
    /// <summary>Longer than <c>maxLength</c>.</summary>
    public const string MaxLength = "max-length";
    /// <summary>Does not match <c>pattern</c> (or the id pattern).</summary>
    public const string Pattern = "pattern";
    /// <summary>Below <c>minimum</c>.</summary>
    public const string Minimum = "minimum";
    /// <summary>Above <c>maximum</c>.</summary>
    public const string Maximum = "maximum";
    /// <summary>Not above <c>exclusiveMinimum</c>.</summary>
    public const string ExclusiveMinimum = "exclusive-minimum";
    /// <summary>Not below <c>exclusiveMaximum</c>.</summary>
    public const string ExclusiveMaximum = "exclusive-maximum";
    /// <summary>Fewer items than <c>minItems</c>.</summary>
    public const string MinItems = "min-items";
    /// <summary>More items than <c>maxItems</c>.</summary>
    public const string MaxItems = "max-items";
    /// <summary>Two equal items where <c>uniqueItems</c> is set.</summary>
    public const string UniqueItems = "unique-items";
    /// <summary>A YAML tag outside the core schema.</summary>
    public const string UnknownTag = "unknown-tag";
    /// <summary>A parser limit was reached (size, depth, aliases, scalar length, error count).</summary>
    public const string Limit = "limit";
    /// <summary>Two entities of one type share an id.</summary>
    public const string DuplicateId = "duplicate-id";
    /// <summary>A <c>ref&lt;&gt;</c> to an id no entity has.</summary>
    public const string UnresolvedReference = "unresolved-reference";
    /// <summary>Reported by user code through <c>ValidateCustom</c>.</summary>
    public const string Custom = "custom";
    /// <summary>A notice, not an error: a field marked <c>deprecated</c> is used in the data (only with <see cref="ParseOptions.ReportDeprecated"/>, in <see cref="ParseResult{T}.Warnings"/>).</summary>
    public const string Deprecated = "deprecated";
    /// <summary>A data file that cannot be read (missing, a folder, no permission): <c>LoadFiles</c> reports it with the path in <see cref="DataError.Source"/>.</summary>
    public const string File = "file";
}

/// <summary>Thrown by <c>FromYaml</c> / <c>FromJson</c> when the data has errors.</summary>
public sealed class DataException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/> (at least one).</summary>
    public DataException(IReadOnlyList<DataError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<DataError> errors)
    {
        if (errors.Count == 0)
        {
            return "The data is not valid.";
        }

        var head = errors.Count == 1 ? "The data has 1 error:" : $"The data has {errors.Count} errors:";
        var lines = errors.Take(20).Select(e => "  " + e);
        var more = errors.Count > 20 ? Environment.NewLine + $"  ... and {errors.Count - 20} more" : string.Empty;
        return head + Environment.NewLine + string.Join(Environment.NewLine, lines) + more;
    }
}

/// <summary>The outcome of a parse: a value, or every error found.</summary>
public sealed class ParseResult<T>
{
    private static readonly IReadOnlyList<DataError> NoErrors = Array.Empty<DataError>();

    private ParseResult(T? value, IReadOnlyList<DataError> errors, bool success, SourcePositions? positions = null, IReadOnlyList<DataError>? warnings = null)
    {
        Value = value;
        Errors = errors;
        IsSuccess = success;
        Positions = positions;
        Warnings = warnings ?? NoErrors;
    }

    /// <summary>
    /// Notices that do not fail the parse, in document order: with
    /// <see cref="ParseOptions.ReportDeprecated"/>, a <c>deprecated</c> notice for each deprecated
    /// field the data uses. Empty otherwise.
    /// </summary>
    public IReadOnlyList<DataError> Warnings { get; }

    /// <summary>Where the parsed records are in the text (see <see cref="ParseOptions.TrackPositions"/>); pass it to <c>Validate</c>.</summary>
    public SourcePositions? Positions { get; }

    /// <summary>True when there were no errors; <see cref="Value"/> is then set.</summary>
    public bool IsSuccess { get; }

    /// <summary>The parsed value; default when <see cref="IsSuccess"/> is false.</summary>
    public T? Value { get; }

    /// <summary>Every error found, in document order; empty on success.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    /// <summary>A successful result.</summary>
    public static ParseResult<T> Success(T value, SourcePositions? positions = null) => new(value, NoErrors, true, positions);

    /// <summary>A failed result.</summary>
    public static ParseResult<T> Failure(IReadOnlyList<DataError> errors) => new(default, errors, false);

    /// <summary>A result with its notices; for generated code.</summary>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static ParseResult<T> Create(T? value, IReadOnlyList<DataError> errors, IReadOnlyList<DataError> warnings, SourcePositions? positions = null)
        => errors.Count == 0 && value is not null ? new(value, NoErrors, true, positions, warnings) : new(default, errors, false, null, warnings);

    /// <summary>The value, or a <see cref="DataException"/> with every error.</summary>
    public T GetValueOrThrow() => IsSuccess ? Value! : throw new DataException(Errors);
}

/// <summary>Limits and settings for the generated parsers. Every limit exists so hostile input fails fast with a <c>limit</c> error.</summary>
public sealed record ParseOptions
{
    /// <summary>The defaults.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Deepest nesting of mappings and sequences (objects and arrays). Default 64.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>How many parse events alias expansion may add to a YAML document. Default 10,000.</summary>
    public int MaxAliasExpansion { get; init; } = 10_000;

    /// <summary>Largest document, in characters (YAML) or bytes (JSON). Default 64 MiB.</summary>
    public long MaxDocumentLength { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest single scalar or string, in characters. Default 1 MiB.</summary>
    public int MaxScalarLength { get; init; } = 1024 * 1024;

    /// <summary>
    /// Keep the file, line and column of every parsed record, field and list item beside the
    /// result (<see cref="ParseResult{T}.Positions"/>), so validation errors point at the data.
    /// Default true. A parse of a string keeps the string instead, and a JSON parse of bytes or of a
    /// stream a copy of the bytes, and makes the positions by a second parse when they are first
    /// asked for (a validation error, or <c>Find</c>): valid data never pays for them, and the
    /// result holds the text while they are reachable.
    /// </summary>
    public bool TrackPositions { get; init; } = true;

    /// <summary>
    /// Report each field marked <c>deprecated</c> in the schema that the data uses, as a
    /// <c>deprecated</c> notice in <see cref="ParseResult{T}.Warnings"/> (with file, line, column
    /// and the schema's deprecation message). The parse still succeeds. Default false.
    /// </summary>
    public bool ReportDeprecated { get; init; }

    /// <summary>How many errors to collect before stopping. Default 100.</summary>
    public int MaxErrors { get; init; } = 100;
}
