using System;
using System.Collections.Generic;
using NewsSchema.Serialization;

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

    /// <summary>Every error found, in the order the data was walked.</summary>
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
/// report through <see cref="AddError(string, string)"/>.
/// </summary>
public sealed class ValidationContext
{
    [ThreadStatic]
    private static ValidationContext? s_cached;

    private readonly DataPath _path = new();
    private List<DataError>? _errors;
    private RecordPositions? _record;
    private IReadOnlyList<string>? _fieldNames;

    private ValidationContext()
    {
    }

    /// <summary>Positions of parsed data, when known.</summary>
    public SourcePositions? Positions { get; private set; }

    /// <summary>Checks <c>ref&lt;&gt;</c> fields when set (the catalog sets it).</summary>
    public IReferenceResolver? Resolver { get; private set; }

    /// <summary>How many errors so far.</summary>
    public int ErrorCount => _errors?.Count ?? 0;

    /// <summary>The path of the value being validated, like <c>meetings[2]</c>.</summary>
    public string Path => _path.ToString();

    /// <summary>A context for one validation run (reused per thread, so valid data costs no allocation).</summary>
    public static ValidationContext Rent(SourcePositions? positions, IReferenceResolver? resolver = null)
    {
        var context = s_cached ?? new ValidationContext();
        s_cached = null;
        context.Positions = positions;
        context.Resolver = resolver;
        return context;
    }

    /// <summary>Ends the run: the result, and the context back to the per-thread cache.</summary>
    public ValidationResult Finish()
    {
        var result = _errors is { Count: > 0 } ? new ValidationResult(_errors.ToArray()) : ValidationResult.Valid;
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
        _record = null;
        _fieldNames = null;
        Positions = null;
        Resolver = null;
        CurrentSource = null;
    }

    /// <summary>Adds a <c>custom</c> error at field <paramref name="field"/> of the value being validated.</summary>
    public void AddError(string field, string message) => AddError(DataErrorCodes.Custom, field, message);

    /// <summary>Adds an error with <paramref name="code"/> at field <paramref name="field"/> (empty: the value itself).</summary>
    public void AddError(string code, string field, string message)
    {
        var index = -1;
        if (_fieldNames is not null)
        {
            for (var i = 0; i < _fieldNames.Count; i++)
            {
                if (string.Equals(_fieldNames[i], field, StringComparison.Ordinal))
                {
                    index = i;
                    break;
                }
            }
        }

        var (line, column) = index >= 0 && _record is not null ? _record.Field(index) : _record is not null ? (_record.Line, _record.Column) : (0, 0);
        Add(code, field.Length == 0 ? _path.ToString() : _path.ToString(field), message, line, column);
    }

    // ---- used by generated code ----------------------------------------------------------

    /// <summary>State saved by <see cref="Enter"/> and restored by <see cref="Exit"/>.</summary>
    public readonly struct Frame
    {
        internal Frame(RecordPositions? record, IReadOnlyList<string>? names)
        {
            Record = record;
            Names = names;
        }

        internal RecordPositions? Record { get; }

        internal IReadOnlyList<string>? Names { get; }
    }

    /// <summary>Starts validating <paramref name="record"/>, whose fields are named <paramref name="fieldNames"/>.</summary>
    public Frame Enter(object record, IReadOnlyList<string> fieldNames)
    {
        var frame = new Frame(_record, _fieldNames);
        _record = Positions?.Find(record);
        _fieldNames = fieldNames;
        return frame;
    }

    /// <summary>Ends validating a record.</summary>
    public void Exit(Frame frame)
    {
        _record = frame.Record;
        _fieldNames = frame.Names;
    }

    /// <summary>Enters a field in the path.</summary>
    public void PushName(string name) => _path.PushName(name);

    /// <summary>Enters a list item in the path.</summary>
    public void PushIndex(int index) => _path.PushIndex(index);

    /// <summary>Leaves the innermost path segment.</summary>
    public void Pop() => _path.Pop();

    /// <summary>An error on field <paramref name="index"/> (<paramref name="name"/>) of the current record.</summary>
    public void FieldError(int index, string name, string code, string message)
    {
        var (line, column) = _record?.Field(index) ?? (0, 0);
        Add(code, _path.ToString(name), message, line, column);
    }

    /// <summary>An error on item <paramref name="item"/> of field <paramref name="index"/> (<paramref name="name"/>).</summary>
    public void ItemError(int index, string name, int item, string code, string message)
    {
        var (line, column) = _record?.Item(index, item) ?? (0, 0);
        _path.PushName(name);
        _path.PushIndex(item);
        Add(code, _path.ToString(), message, line, column);
        _path.Pop();
        _path.Pop();
    }

    /// <summary>
    /// An error at the current path (a map entry's key already pushed), positioned at entry
    /// <paramref name="entry"/> of the map in field <paramref name="index"/> (the field's position when unknown).
    /// </summary>
    public void EntryError(int index, int entry, string code, string message)
    {
        var (line, column) = _record?.Item(index, entry) ?? (0, 0);
        Add(code, _path.ToString(), message, line, column);
    }

    /// <summary>An error at the current path, positioned at field <paramref name="index"/> of the current record.</summary>
    public void HereError(int index, string code, string message)
    {
        var (line, column) = _record?.Field(index) ?? (0, 0);
        Add(code, _path.ToString(), message, line, column);
    }

    /// <summary>An error on field <paramref name="index"/> (<paramref name="name"/>) of <paramref name="record"/>, which sits at the current path.</summary>
    public void RecordError(object record, int index, string name, string code, string message)
    {
        var positions = Positions?.Find(record);
        var (line, column) = positions?.Field(index) ?? (0, 0);
        (_errors ??= new List<DataError>()).Add(new DataError(code, _path.ToString(name), message, positions?.Source ?? CurrentSource, line, column));
    }

    /// <summary>" (file(line,col))" for a parsed record, or empty.</summary>
    public string Locate(object record)
        => Positions?.Find(record) is { } p && p.Line > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({p.Source ?? "<input>"}({p.Line},{p.Column}))")
            : string.Empty;

    /// <summary>An error with an explicit path and position.</summary>
    public void Add(string code, string path, string message, int line, int column)
        => (_errors ??= new List<DataError>()).Add(new DataError(code, path, message, _record?.Source ?? CurrentSource, line, column));

    /// <summary>The source name put on errors that have no record positions.</summary>
    public string? CurrentSource { get; set; }
}
