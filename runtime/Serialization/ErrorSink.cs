using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace NewsSchema.Generated;

/// <summary>Collects the errors of one parse, up to <see cref="ParseOptions.MaxErrors"/>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ErrorSink
{
    private readonly List<DataError> _errors = new();
    private readonly int _maxErrors;
    private List<(int Index, long Offset)>? _offsets;

    /// <summary>Creates a sink for errors from <paramref name="source"/>.</summary>
    public ErrorSink(string? source, int maxErrors)
    {
        Source = source;
        _maxErrors = Math.Max(1, maxErrors);
    }

    /// <summary>The file or source name put on every error.</summary>
    public string? Source { get; }

    /// <summary>How many errors so far.</summary>
    public int Count => _errors.Count;

    /// <summary>The errors so far.</summary>
    public IReadOnlyList<DataError> Errors => _errors;

    /// <summary>Adds an error; when the limit is reached, adds a <c>limit</c> error and stops the parse.</summary>
    public void Add(string code, string path, string message, int line, int column)
    {
        _errors.Add(new DataError(code, path, message, Source, line, column));
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new DataError(DataErrorCodes.Limit, string.Empty, $"stopped after {_maxErrors} errors (ParseOptions.MaxErrors)", Source, line, column));
            throw new ParseAbortedException();
        }
    }

    /// <summary>Adds an error that ends the parse (a limit or a syntax error).</summary>
    public ParseAbortedException Abort(string code, string path, string message, int line, int column)
    {
        _errors.Add(new DataError(code, path, message, Source, line, column));
        return new ParseAbortedException();
    }

    /// <summary>Adds an error that ends the parse (a syntax error), without throwing.</summary>
    public void AddFinal(string code, string path, string message, int line, int column)
        => _errors.Add(new DataError(code, path, message, Source, line, column));

    /// <summary>Adds an error whose position is a byte offset, turned into line and column by <see cref="ResolveOffsets"/>.</summary>
    public void AddAtOffset(string code, string path, string message, long offset)
    {
        (_offsets ??= new List<(int, long)>()).Add((_errors.Count, offset));
        if (_errors.Count + 1 >= _maxErrors)
        {
            // The MaxErrors limit error added next goes where the last error is.
            _offsets.Add((_errors.Count + 1, offset));
        }

        Add(code, path, message, 0, 0);
    }

    /// <summary>Adds a final error at a byte offset, without throwing.</summary>
    public void AddFinalAtOffset(string code, string path, string message, long offset)
    {
        (_offsets ??= new List<(int, long)>()).Add((_errors.Count, offset));
        AddFinal(code, path, message, 0, 0);
    }

    /// <summary>The notices of the parse (<see cref="ParseResult{T}.Warnings"/>), such as deprecated fields; empty when none.</summary>
    public IReadOnlyList<DataError> Warnings => _warnings is null ? Array.Empty<DataError>() : _warnings.ToArray();

    private List<DataError>? _warnings;
    private List<(int Index, long Offset)>? _warningOffsets;

    /// <summary>Adds a notice that does not fail the parse.</summary>
    public void AddWarning(string code, string path, string message, int line, int column)
        => (_warnings ??= new List<DataError>()).Add(new DataError(code, path, message, Source, line, column));

    /// <summary>Adds a notice at a byte offset, turned into line and column by <see cref="ResolveOffsets"/>.</summary>
    public void AddWarningAtOffset(string code, string path, string message, long offset)
    {
        (_warningOffsets ??= new List<(int, long)>()).Add((_warnings?.Count ?? 0, offset));
        AddWarning(code, path, message, 0, 0);
    }

    /// <summary>Sets line and column (1-based, counted in characters) of errors added by offset into <paramref name="utf8"/>.</summary>
    public void ResolveOffsets(ReadOnlySpan<byte> utf8, int baseOffset)
    {
        if (_warningOffsets is not null && _warnings is not null)
        {
            foreach (var (index, offset) in _warningOffsets)
            {
                var (line, column) = Position(utf8, baseOffset + offset);
                _warnings[index] = _warnings[index] with { Line = line, Column = column };
            }

            _warningOffsets = null;
        }

        if (_offsets is null)
        {
            return;
        }

        foreach (var (index, offset) in _offsets)
        {
            var (line, column) = Position(utf8, baseOffset + offset);
            _errors[index] = _errors[index] with { Line = line, Column = column };
        }

        _offsets = null;
    }

    /// <summary>1-based line and column of a byte offset in UTF-8 text (columns count UTF-16 code units, not bytes).</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, long offset)
    {
        var end = (int)Math.Min(Math.Max(0, offset), utf8.Length);
        var line = 1;
        var column = 1;
        for (var i = 0; i < end; i++)
        {
            var b = utf8[i];
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if (b == (byte)'\r')
            {
                if (i + 1 < utf8.Length && utf8[i + 1] == (byte)'\n')
                {
                    continue;
                }

                line++;
                column = 1;
            }
            else
            {
                column += Utf16Units(b);
            }
        }

        return (line, column);
    }

    /// <summary>
    /// The UTF-16 code units a UTF-8 byte starts: columns count UTF-16 units in YAML, JSON and
    /// schema diagnostics alike, as editors and MSBuild's <c>file(line,col)</c> do. A continuation
    /// byte starts nothing, a four-byte sequence (outside the BMP) is a surrogate pair: two.
    /// </summary>
    internal static int Utf16Units(byte b) => (b & 0xC0) == 0x80 ? 0 : b >= 0xF0 ? 2 : 1;

    /// <summary>A copy of the errors for a result.</summary>
    /// <remarks>
    /// Errors are put in document order (line, then column; a stable sort, so errors at one
    /// position keep the order they were found in). A <c>required</c> error is only known at the
    /// end of its mapping but is located at the mapping's start, so it would otherwise come last.
    /// Errors without a position keep their place at the end.
    /// </remarks>
    public IReadOnlyList<DataError> ToArray()
    {
        var array = _errors.ToArray();
        var keys = new (int Line, int Column, int Index)[array.Length];
        for (var i = 0; i < array.Length; i++)
        {
            keys[i] = (array[i].Line > 0 ? array[i].Line : int.MaxValue, array[i].Column, i);
        }

        Array.Sort(keys, array);
        return array;
    }
}

/// <summary>Thrown inside a parse to stop it; caught by the parse entry points, never seen by users.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ParseAbortedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ParseAbortedException()
        : base("The parse was stopped.")
    {
    }
}

/// <summary>"Did you mean …?" for keys and enum values.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Suggestions
{
    /// <summary>The closest candidate to <paramref name="text"/>, or null when none is close.</summary>
    public static string? Closest(string text, IReadOnlyList<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, text.Length / 3);
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, text, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(text, candidate, limit);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best ?? Prefixed(text, candidates);
    }

    /// <summary>A candidate far by edits but plainly meant: one of at least three letters that starts the other (<c>approved</c> for <c>approve</c>, <c>press</c> for <c>press-conference</c>); the longest.</summary>
    private static string? Prefixed(string text, IReadOnlyList<string> candidates)
    {
        string? best = null;
        foreach (var candidate in candidates)
        {
            var shorter = candidate.Length <= text.Length ? candidate : text;
            var longer = candidate.Length <= text.Length ? text : candidate;
            if (shorter.Length >= 3 && longer.StartsWith(shorter, StringComparison.OrdinalIgnoreCase) && (best is null || candidate.Length > best.Length))
            {
                best = candidate;
            }
        }

        return best;
    }

    /// <summary>
    /// The message for a key of a catalog that is no entity's plural: the valid keys, and either
    /// the family plural to use (when the key names a member of a family, like <c>candidates</c>
    /// for the family <c>Contender</c> listed under <c>contenders</c>) or the closest key.
    /// <paramref name="members"/> holds, for each type of a family below its root, its name, the
    /// family's plural and the root's name.
    /// </summary>
    public static string UnknownCatalogKey(string key, IReadOnlyList<string> keys, IReadOnlyList<(string Member, string Plural, string Family)> members)
    {
        var text = $"'{key}' is not a key of the catalog; expected one of: {string.Join(", ", keys)}";
        var normalized = Normalize(key);
        foreach (var (member, plural, family) in members)
        {
            var name = Normalize(member);
            if (normalized == name || normalized == name + "s" || normalized == name + "es"
                || (name.EndsWith("y", StringComparison.Ordinal) && normalized == name.Substring(0, name.Length - 1) + "ies"))
            {
                return text + $"; {member} is part of the family of {family}, whose entities all go under '{plural}' (each with its discriminator)";
            }
        }

        return text + Sentence(key, keys);
    }

    private static string Normalize(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c != '-' && c != '_' && c != ' ')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>"a Meeting", "an ActorKind": the noun with its indefinite article.</summary>
    public static string A(string noun)
        => (noun.Length > 0 && "AEIOUaeiou".IndexOf(noun[0]) >= 0 ? "an " : "a ") + noun;

    /// <summary>" Did you mean 'x'?" or empty.</summary>
    public static string Sentence(string text, IReadOnlyList<string> candidates)
        => Closest(text, candidates) is { } best ? $"; did you mean '{best}'?" : string.Empty;

    /// <summary>Optimal string alignment distance, case-insensitive, giving up above <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit || a.Length > 256 || b.Length > 256)
        {
            return int.MaxValue;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 2]) && char.ToLowerInvariant(a[i - 2]) == char.ToLowerInvariant(b[j - 1]))
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
