using System;
using NewsSchema.Generated;

namespace NewsSchema;

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
    private readonly object? _record;

    internal ValidationScope(ValidationContext context, object? parent, string field, int item, object record)
    {
        _context = context;
        _parent = parent;
        _field = field;
        _item = item;
        _record = record;
    }

    /// <summary>Adds a <c>custom</c> error at field <paramref name="field"/> of the nested record (empty: the record itself).</summary>
    public void AddError(string field, string message) => AddError(DataErrorCodes.Custom, field, message);

    /// <summary>Adds an error with <paramref name="code"/> at field <paramref name="field"/> of the nested record (empty: the record itself).</summary>
    public void AddError(string code, string field, string message)
    {
        var (line, column) = Position(field, -1);
        _context.AddAt(code, this, field.Length == 0 ? null : field, message, line, column, Record?.Source);
    }

    /// <summary>Adds a <c>custom</c> error at item <paramref name="item"/> of the list field <paramref name="field"/> of the nested record.</summary>
    public void AddItemError(string field, int item, string message)
    {
        var (line, column) = Position(field, item);
        new ValidationScope(_context, this, field, item, null!).AddAtSelf(message, line, column, Record?.Source);
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
        if (Record is not { } record)
        {
            return Self();
        }

        var names = record.FieldNames;
        var index = -1;
        for (var i = 0; names is not null && i < names.Count; i++)
        {
            if (string.Equals(names[i], field, StringComparison.Ordinal))
            {
                index = i;
                break;
            }
        }

        return index < 0 ? (record.Line, record.Column) : item >= 0 ? record.Item(index, item) : record.Field(index);
    }

    /// <summary>This record's own position: from its positions, else where its parent holds it.</summary>
    private (int Line, int Column) Self()
    {
        if (Record is { } record)
        {
            return (record.Line, record.Column);
        }

        return _parent is ValidationScope parent ? parent.Position(_field, _item) : _context.PositionOf(_field, _item);
    }

    /// <summary>This record's positions, looked up when an error needs them.</summary>
    private RecordPositions? Record => _record is null ? null : _context.Positions?.Find(_record);

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
