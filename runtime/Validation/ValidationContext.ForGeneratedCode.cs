using System.Collections.Generic;
using System.ComponentModel;

namespace NewsSchema;

// The members generated Validate() methods call, hidden from IntelliSense: entering and leaving a
// record and a path segment, and adding an error at a field, an item, a map entry or a record.
public sealed partial class ValidationContext
{
    /// <summary>State saved by <see cref="Enter"/> and restored by <see cref="Exit"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct Frame
    {
        internal Frame(object? record, RecordPositions? positions, bool located, IReadOnlyList<string>? names)
        {
            Record = record;
            Positions = positions;
            Located = located;
            Names = names;
        }

        internal object? Record { get; }

        internal RecordPositions? Positions { get; }

        internal bool Located { get; }

        internal IReadOnlyList<string>? Names { get; }
    }

    /// <summary>Starts validating <paramref name="record"/>, whose fields are named <paramref name="fieldNames"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Frame Enter(object record, IReadOnlyList<string> fieldNames)
    {
        if (Positions is null)
        {
            // Without positions there is no record to find, and the field names only serve to find
            // a field's position (AddError, PositionOf): nothing to save, nothing to set.
            return default;
        }

        var frame = new Frame(_current, _currentPositions, _located, _fieldNames);
        _current = record;
        _currentPositions = null;
        _located = false;
        _fieldNames = fieldNames;
        return frame;
    }

    /// <summary>Ends validating a record.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Exit(Frame frame)
    {
        if (Positions is null)
        {
            return;
        }

        _current = frame.Record;
        _currentPositions = frame.Positions;
        _located = frame.Located;
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
        var (line, column) = CurrentRecord?.Field(index) ?? (0, 0);
        Add(code, _path.ToString(name), message, line, column);
    }

    /// <summary>An error on item <paramref name="item"/> of field <paramref name="index"/> (<paramref name="name"/>).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void ItemError(int index, string name, int item, string code, string message)
    {
        var (line, column) = CurrentRecord?.Item(index, item) ?? (0, 0);
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
        var (line, column) = CurrentRecord?.Item(index, entry) ?? (0, 0);
        Add(code, _path.ToString(), message, line, column);
    }

    /// <summary>An error at the current path, positioned at field <paramref name="index"/> of the current record.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void HereError(int index, string code, string message)
    {
        var (line, column) = CurrentRecord?.Field(index) ?? (0, 0);
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
        => (_errors ??= new List<DataError>()).Add(new DataError(code, path, message, CurrentRecord?.Source ?? CurrentSource, line, column));

    /// <summary>The source name put on errors that have no record positions.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public string? CurrentSource { get; set; }
}
