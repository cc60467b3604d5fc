using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace NewsSchema;

/// <summary>
/// Where each parsed record came from: file, line and column of the record and of each of
/// its fields and list items. The parser keeps it beside the records (records stay plain
/// values), keyed by reference, so validation errors can point at the right line.
/// </summary>
public sealed class SourcePositions
{
    private readonly Dictionary<object, RecordPositions> _records = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many records have positions.</summary>
    public int Count => _records.Count;

    /// <summary>Records where <paramref name="record"/> was read.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void Add(object record, RecordPositions positions) => _records[record] = positions;

    /// <summary>The positions of <paramref name="record"/>, or null when it was not parsed from text.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public RecordPositions? Find(object record) => _records.TryGetValue(record, out var positions) ? positions : null;

    /// <summary>
    /// Resolves the byte offsets a JSON parse recorded into lines and columns of
    /// <paramref name="utf8"/>: the offsets are sorted and the text is walked once, so a
    /// one-line document of any size costs one pass, not one pass per position.
    /// </summary>
    internal void ResolveOffsets(ReadOnlySpan<byte> utf8)
    {
        var slots = new List<RecordPositions.Slot>(_records.Count * 8);
        foreach (var positions in _records.Values)
        {
            positions.CollectOffsets(slots);
        }

        slots.Sort(static (a, b) => a.Offset.CompareTo(b.Offset));
        var line = 1;
        var column = 1;
        var at = 0;
        foreach (var slot in slots)
        {
            var target = (int)Math.Clamp(slot.Offset, 0, utf8.Length);
            for (; at < target; at++)
            {
                var b = utf8[at];
                if (b == (byte)'\n' || (b == (byte)'\r' && (at + 1 >= utf8.Length || utf8[at + 1] != (byte)'\n')))
                {
                    line++;
                    column = 1;
                }
                else if (b != (byte)'\r')
                {
                    column += Generated.ErrorSink.Utf16Units(b);
                }
            }

            slot.Record.SetResolved(slot.Field, slot.Item, line, column);
        }
    }

    /// <summary>Adds every entry of <paramref name="other"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AddRange(SourcePositions other)
    {
        foreach (var pair in other._records)
        {
            _records[pair.Key] = pair.Value;
        }
    }
}

/// <summary>The positions of one record: its own, and those of its fields' values and list items.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RecordPositions
{
    private readonly long[] _fields;
    private long[]?[]? _items;

    /// <summary>Creates positions for a record with <paramref name="fieldCount"/> fields, read at line/column of <paramref name="source"/>.</summary>
    public RecordPositions(string? source, int line, int column, int fieldCount)
    {
        Source = source;
        Line = line;
        Column = column;
        _fields = new long[fieldCount];
    }

    /// <summary>Creates positions for a record whose fields are <paramref name="fieldNames"/> (wire names, in field order), read at line/column of <paramref name="source"/>.</summary>
    public RecordPositions(string? source, int line, int column, IReadOnlyList<string> fieldNames)
        : this(source, line, column, fieldNames.Count)
        => FieldNames = fieldNames;

    /// <summary>The wire names of the record's fields, in the order of the field indexes; null when not given.</summary>
    public IReadOnlyList<string>? FieldNames { get; }

    /// <summary>The file or source name.</summary>
    public string? Source { get; }

    /// <summary>Line of the record (1-based).</summary>
    public int Line { get; private set; }

    /// <summary>Column of the record (1-based).</summary>
    public int Column { get; private set; }

    /// <summary>Records where field <paramref name="index"/>'s value starts.</summary>
    public void SetField(int index, int line, int column) => _fields[index] = Pack(line, column);

    /// <summary>Records where item <paramref name="item"/> of field <paramref name="index"/> starts.</summary>
    public void SetItem(int index, int item, int line, int column)
    {
        _items ??= new long[]?[_fields.Length];
        var items = _items[index] ??= new long[Math.Max(4, item + 1)];
        if (item >= items.Length)
        {
            Array.Resize(ref items, Math.Max(item + 1, items.Length * 2));
            _items[index] = items;
        }

        items[item] = Pack(line, column);
    }

    /// <summary>Where field <paramref name="index"/>'s value starts; the record's own position when unknown.</summary>
    public (int Line, int Column) Field(int index)
        => index >= 0 && index < _fields.Length && _fields[index] != 0 ? Unpack(_fields[index]) : (Line, Column);

    /// <summary>Where item <paramref name="item"/> of field <paramref name="index"/> starts; the field's position when unknown.</summary>
    public (int Line, int Column) Item(int index, int item)
        => _items is not null && index >= 0 && index < _items.Length && _items[index] is { } items && item >= 0 && item < items.Length && items[item] != 0
            ? Unpack(items[item])
            : Field(index);

    /// <summary>One recorded JSON offset and where its line and column go (field -1: the record itself; item -1: the field).</summary>
    internal readonly record struct Slot(long Offset, RecordPositions Record, int Field, int Item);

    /// <summary>Adds every offset the JSON parser recorded here (kept as offset + 1 in the line slot).</summary>
    internal void CollectOffsets(List<Slot> slots)
    {
        slots.Add(new Slot(Line - 1L, this, -1, -1));
        for (var i = 0; i < _fields.Length; i++)
        {
            if (_fields[i] != 0)
            {
                slots.Add(new Slot(Unpack(_fields[i]).Line - 1L, this, i, -1));
            }
        }

        if (_items is null)
        {
            return;
        }

        for (var f = 0; f < _items.Length; f++)
        {
            if (_items[f] is not { } items)
            {
                continue;
            }

            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] != 0)
                {
                    slots.Add(new Slot(Unpack(items[i]).Line - 1L, this, f, i));
                }
            }
        }
    }

    /// <summary>Stores a resolved position for the record, a field or an item.</summary>
    internal void SetResolved(int field, int item, int line, int column)
    {
        if (field < 0)
        {
            Line = line;
            Column = column;
        }
        else if (item < 0)
        {
            _fields[field] = Pack(line, column);
        }
        else
        {
            _items![field]![item] = Pack(line, column);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Pack(int line, int column) => ((long)line << 32) | (uint)column;

    private static (int Line, int Column) Unpack(long packed) => ((int)(packed >> 32), (int)(packed & 0xFFFFFFFF));
}
