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
/// are for generated code and hidden from IntelliSense.
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
        var index = IndexOf(field);
        var (line, column) = index >= 0 && _record is not null ? _record.Field(index) : _record is not null ? (_record.Line, _record.Column) : (0, 0);
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
        var (line, column) = _record is null ? (0, 0) : index >= 0 ? _record.Item(index, item) : (_record.Line, _record.Column);
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
        (_errors ??= new List<DataError>()).Add(new DataError(code, path, message, source ?? _record?.Source ?? CurrentSource, line, column));
    }

    /// <summary>Where item <paramref name="item"/> (or the value, when -1) of field <paramref name="field"/> of the current record starts; (0, 0) when unknown.</summary>
    internal (int Line, int Column) PositionOf(string field, int item)
    {
        if (_record is null)
        {
            return (0, 0);
        }

        var index = IndexOf(field);
        return index < 0 ? (_record.Line, _record.Column) : item >= 0 ? _record.Item(index, item) : _record.Field(index);
    }

    // ---- used by generated code ----------------------------------------------------------

    /// <summary>State saved by <see cref="Enter"/> and restored by <see cref="Exit"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
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
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Frame Enter(object record, IReadOnlyList<string> fieldNames)
    {
        var frame = new Frame(_record, _fieldNames);
        _record = Positions?.Find(record);
        _fieldNames = fieldNames;
        return frame;
    }

    /// <summary>Ends validating a record.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Exit(Frame frame)
    {
        _record = frame.Record;
        _fieldNames = frame.Names;
    }

    /// <summary>Enters a field in the path.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void PushName(string name) => _path.PushName(name);

    /// <summary>Enters a list item in the path.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void PushIndex(int index) => _path.PushIndex(index);

    /// <summary>Leaves the innermost path segment.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Pop() => _path.Pop();

    /// <summary>An error on field <paramref name="index"/> (<paramref name="name"/>) of the current record.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void FieldError(int index, string name, string code, string message)
    {
        var (line, column) = _record?.Field(index) ?? (0, 0);
        Add(code, _path.ToString(name), message, line, column);
    }

    /// <summary>An error on item <paramref name="item"/> of field <paramref name="index"/> (<paramref name="name"/>).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
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
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void HereError(int index, string code, string message)
    {
        var (line, column) = _record?.Field(index) ?? (0, 0);
        Add(code, _path.ToString(), message, line, column);
    }

    /// <summary>An error on field <paramref name="index"/> (<paramref name="name"/>) of <paramref name="record"/>, which sits at the current path.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void RecordError(object record, int index, string name, string code, string message)
    {
        var positions = Positions?.Find(record);
        var (line, column) = positions?.Field(index) ?? (0, 0);
        (_errors ??= new List<DataError>()).Add(new DataError(code, _path.ToString(name), message, positions?.Source ?? CurrentSource, line, column));
    }

    /// <summary>" (file(line,col))" for a parsed record, or empty.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string Locate(object record)
        => Positions?.Find(record) is { } p && p.Line > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({p.Source ?? "<input>"}({p.Line},{p.Column}))")
            : string.Empty;

    /// <summary>An error with an explicit path and position.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Add(string code, string path, string message, int line, int column)
        => (_errors ??= new List<DataError>()).Add(new DataError(code, path, message, _record?.Source ?? CurrentSource, line, column));

    /// <summary>The source name put on errors that have no record positions.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? CurrentSource { get; set; }
}

/// <summary>
/// A record nested in the one being validated, from <see cref="ValidationContext.Nested(string, int, object)"/>:
/// errors added here carry its path (<c>results[2].percent</c>) and, for parsed data, the line and
/// column of its fields. <see cref="Nested(string, int, object)"/> goes one level deeper.
/// </summary>
public readonly struct ValidationScope
{
    private readonly ValidationContext _context;
    private readonly object? _parent;
    private readonly string _field;
    private readonly int _item;
    private readonly RecordPositions? _record;

    internal ValidationScope(ValidationContext context, object? parent, string field, int item, object record)
    {
        _context = context;
        _parent = parent;
        _field = field;
        _item = item;
        _record = record is null ? null : context.Positions?.Find(record);
    }

    /// <summary>Adds a <c>custom</c> error at field <paramref name="field"/> of the nested record (empty: the record itself).</summary>
    public void AddError(string field, string message) => AddError(DataErrorCodes.Custom, field, message);

    /// <summary>Adds an error with <paramref name="code"/> at field <paramref name="field"/> of the nested record (empty: the record itself).</summary>
    public void AddError(string code, string field, string message)
    {
        var (line, column) = Position(field, -1);
        _context.AddAt(code, this, field.Length == 0 ? null : field, message, line, column, _record?.Source);
    }

    /// <summary>Adds a <c>custom</c> error at item <paramref name="item"/> of the list field <paramref name="field"/> of the nested record.</summary>
    public void AddItemError(string field, int item, string message)
    {
        var (line, column) = Position(field, item);
        new ValidationScope(_context, this, field, item, null!).AddAtSelf(message, line, column, _record?.Source);
    }

    /// <summary>The record <paramref name="record"/> held by item <paramref name="item"/> of the list field <paramref name="field"/> of this nested record.</summary>
    public ValidationScope Nested(string field, int item, object record) => new(_context, this, field, item, record);

    /// <summary>The record <paramref name="record"/> held by the field <paramref name="field"/> of this nested record.</summary>
    public ValidationScope Nested(string field, object record) => new(_context, this, field, -1, record);

    private void AddAtSelf(string message, int line, int column, string? source)
        => _context.AddAt(DataErrorCodes.Custom, this, null, message, line, column, source);

    /// <summary>Where field <paramref name="field"/> (or its item) of this record starts; this record's own position when the field's is unknown.</summary>
    private (int Line, int Column) Position(string field, int item)
    {
        if (_record is null)
        {
            return Self();
        }

        var names = _record.FieldNames;
        var index = -1;
        for (var i = 0; names is not null && i < names.Count; i++)
        {
            if (string.Equals(names[i], field, StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }

        return index < 0 ? (_record.Line, _record.Column) : item >= 0 ? _record.Item(index, item) : _record.Field(index);
    }

    /// <summary>This record's own position: from its positions, else where its parent holds it.</summary>
    private (int Line, int Column) Self()
    {
        if (_record is not null)
        {
            return (_record.Line, _record.Column);
        }

        return _parent is ValidationScope parent ? parent.Position(_field, _item) : _context.PositionOf(_field, _item);
    }

    /// <summary>Pushes the path from the record being validated down to this record.</summary>
    internal void PushInto(DataPath path)
    {
        if (_parent is ValidationScope parent)
        {
            parent.PushInto(path);
        }

        path.PushName(_field);
        if (_item >= 0)
        {
            path.PushIndex(_item);
        }
    }
}
