using System;
using System.Collections.Generic;
using System.ComponentModel;
using NewsSchema.Generated;

namespace NewsSchema;

/// <summary>The outcome of <c>Validate()</c>: valid, or every error found.</summary>
public sealed class ValidationResult
{
    /// <summary>The result for valid data (shared; validating valid data allocates nothing).</summary>
    public static ValidationResult Valid { get; } = new(Array.Empty<DataError>());

    /// <summary>Creates a result holding <paramref name="errors"/>.</summary>
    public ValidationResult(IReadOnlyList<DataError> errors) => Errors = errors;

    /// <summary>True when there are no errors.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every error found: in the order the data was walked, or for a catalog by file, line and column.</summary>
    public IReadOnlyList<DataError> Errors { get; }

    /// <summary>Throws a <see cref="DataException"/> when there are errors.</summary>
    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new DataException(Errors);
        }
    }
}

/// <summary>Answers whether an id names an entity; the catalog implements it for <c>ref&lt;&gt;</c> checks.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IReferenceResolver
{
    /// <summary>
    /// True when an entity with <paramref name="id"/> exists and is a <typeparamref name="TEntity"/>
    /// (<typeparamref name="TId"/> is a generated id type; a family shares its root's id type, so
    /// <c>ref&lt;Person&gt;</c> asks for a Person with an ActorId).
    /// </summary>
    bool Resolves<TEntity, TId>(TId id)
        where TEntity : class
        where TId : struct;
}

/// <summary>
/// Walks a value during validation: knows the path, the positions of the data in its file
/// when it was parsed, and collects errors. User rules get it in <c>ValidateCustom</c> and
/// report through <see cref="AddError(string, string)"/> (a field of the record being
/// validated), <see cref="AddItemError(string, int, string)"/> (an item of one of its lists) and
/// <see cref="Nested(string, int, object)"/> (a field of a record inside it). The other members
/// are for generated code and hidden from IntelliSense (ValidationContext.ForGeneratedCode.cs).
/// </summary>
public sealed partial class ValidationContext
{
    [ThreadStatic]
    private static ValidationContext? s_cached;

    private readonly DataPath _path = new();
    private List<DataError>? _errors;
    private IReadOnlyList<string>? _fieldNames;

    // The record being validated, and its positions once an error needed them: a record is looked
    // up only then, so valid data never asks for positions (and deferred ones are never made).
    private object? _current;
    private RecordPositions? _currentPositions;
    private bool _located;

    // The next record of Positions in parse order: validation walks records in that order, so most are found here.
    private int _cursor;
    private int _scanned;

    private ValidationContext()
    {
    }

    /// <summary>Positions of parsed data, when known.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public SourcePositions? Positions { get; private set; }

    /// <summary>Checks <c>ref&lt;&gt;</c> fields when set (the catalog sets it).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public IReferenceResolver? Resolver { get; private set; }

    /// <summary>How many errors so far.</summary>
    public int ErrorCount => _errors?.Count ?? 0;

    /// <summary>The path of the value being validated, like <c>meetings[2]</c>.</summary>
    public string Path => _path.ToString();

    /// <summary>A context for one validation run (reused per thread, so valid data costs no allocation).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ValidationContext Rent(SourcePositions? positions, IReferenceResolver? resolver = null)
    {
        var context = s_cached ?? new ValidationContext();
        s_cached = null;
        context.Positions = positions;
        context.Resolver = resolver;
        return context;
    }

    /// <summary>Ends the run: the result, and the context back to the per-thread cache.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ValidationResult Finish() => Finish(sortByPosition: false);

    /// <summary>
    /// Ends the run with the errors ordered by file (ordinal), line and column, errors without a
    /// position keeping the order they were found in (a catalog merged from several files).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public ValidationResult FinishSorted() => Finish(sortByPosition: true);

    private ValidationResult Finish(bool sortByPosition)
    {
        var errors = _errors is { Count: > 0 } ? _errors.ToArray() : null;
        if (errors is not null && sortByPosition)
        {
            // A stable sort: equal keys keep the order of the walk.
            var order = new int[errors.Length];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            var keys = errors;
            Array.Sort(order, (x, y) =>
            {
                var a = keys[x];
                var b = keys[y];
                var bySource = string.CompareOrdinal(a.Source, b.Source);
                if (bySource != 0)
                {
                    return bySource;
                }

                var byLine = a.Line.CompareTo(b.Line);
                if (byLine != 0)
                {
                    return byLine;
                }

                var byColumn = a.Column.CompareTo(b.Column);
                return byColumn != 0 ? byColumn : x.CompareTo(y);
            });
            errors = Array.ConvertAll(order, i => keys[i]);
        }

        var result = errors is not null ? new ValidationResult(errors) : ValidationResult.Valid;
        Reset();
        s_cached = this;
        return result;
    }

    /// <summary>
    /// Clears every piece of run state, so nothing set in one validation (a path, positions, a
    /// resolver, a <see cref="CurrentSource"/> set by a <c>ValidateCustom</c>) shows in the next.
    /// A test checks by reflection that every field is back to its initial value.
    /// </summary>
    private void Reset()
    {
        _errors?.Clear();
        _path.Truncate(0);
        _current = null;
        _currentPositions = null;
        _located = false;
        _fieldNames = null;
        _cursor = 0;
        _scanned = 0;
        Positions = null;
        Resolver = null;
        CurrentSource = null;
    }

    /// <summary>Adds a <c>custom</c> error at field <paramref name="field"/> of the value being validated.</summary>
    public void AddError(string field, string message) => AddError(DataErrorCodes.Custom, field, message);

    /// <summary>Adds an error with <paramref name="code"/> at field <paramref name="field"/> (empty: the value itself).</summary>
    public void AddError(string code, string field, string message)
    {
        var index = IndexOf(field);
        var (line, column) = CurrentRecord is not { } record ? (0, 0) : index >= 0 ? record.Field(index) : (record.Line, record.Column);
        Add(code, field.Length == 0 ? _path.ToString() : _path.ToString(field), message, line, column);
    }

    /// <summary>
    /// Adds a <c>custom</c> error at item <paramref name="item"/> of the list field
    /// <paramref name="field"/> of the record being validated: the path is <c>field[item]</c> and
    /// the position is the item's.
    /// </summary>
    public void AddItemError(string field, int item, string message) => AddItemError(DataErrorCodes.Custom, field, item, message);

    /// <summary>Adds an error with <paramref name="code"/> at item <paramref name="item"/> of the list field <paramref name="field"/>.</summary>
    public void AddItemError(string code, string field, int item, string message)
    {
        var index = IndexOf(field);
        var (line, column) = CurrentRecord is not { } record ? (0, 0) : index >= 0 ? record.Item(index, item) : (record.Line, record.Column);
        _path.PushName(field);
        _path.PushIndex(item);
        Add(code, _path.ToString(), message, line, column);
        _path.Pop();
        _path.Pop();
    }

    /// <summary>
    /// The record <paramref name="record"/> held by item <paramref name="item"/> of the list field
    /// <paramref name="field"/>, to report errors at its fields with their own path and position:
    /// <c>context.Nested("results", 2, Results[2]).AddError("percent", "...")</c> gives
    /// <c>results[2].percent</c> at the line of <c>percent</c>.
    /// </summary>
    public ValidationScope Nested(string field, int item, object record)
        => new(this, null, field, item, record);

    /// <summary>The record <paramref name="record"/> held by the field <paramref name="field"/>, to report errors at its fields.</summary>
    public ValidationScope Nested(string field, object record)
        => new(this, null, field, -1, record);

    private int IndexOf(string field)
    {
        if (_fieldNames is not null)
        {
            for (var i = 0; i < _fieldNames.Count; i++)
            {
                if (string.Equals(_fieldNames[i], field, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Adds an error under the current path plus the path of <paramref name="scope"/>, at a known position.</summary>
    internal void AddAt(string code, ValidationScope scope, string? field, string message, int line, int column, string? source)
    {
        var depth = _path.Count;
        scope.PushInto(_path);
        var path = _path.ToString(field);
        _path.Truncate(depth);
        (_errors ??= new List<DataError>()).Add(new DataError(code, path, message, source ?? CurrentRecord?.Source ?? CurrentSource, line, column));
    }

    /// <summary>The positions of the record being validated, looked up the first time they are needed.</summary>
    private RecordPositions? CurrentRecord
    {
        get
        {
            if (!_located)
            {
                _located = true;
                _currentPositions = _current is not null ? Positions?.Find(_current, ref _cursor, ref _scanned) : null;
            }

            return _currentPositions;
        }
    }

    /// <summary>Where item <paramref name="item"/> (or the value, when -1) of field <paramref name="field"/> of the current record starts; (0, 0) when unknown.</summary>
    internal (int Line, int Column) PositionOf(string field, int item)
    {
        if (CurrentRecord is not { } record)
        {
            return (0, 0);
        }

        var index = IndexOf(field);
        return index < 0 ? (record.Line, record.Column) : item >= 0 ? record.Item(index, item) : record.Field(index);
    }
}
