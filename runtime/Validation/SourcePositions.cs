using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace NewsSchema;

/// <summary>
/// Where each parsed record came from: file, line and column of the record and of each of
/// its fields and list items. The parser keeps it beside the records (records stay plain
/// values), so validation errors can point at the right line.
/// </summary>
/// <remarks>
/// An append-only arena made during the parse (docs/decisions.md, "Positions and JSON from
/// UTF-8"): one slot per record and per field in one growing array, in parse order, 32 bits each
/// (for YAML a line and column relative to the record's, whose own is kept whole; for JSON a byte
/// offset), item positions as (field slot and item, position) entries beside it, and the records
/// in the order they started. Validation walks records
/// in the same order, so it finds each one at a cursor; a record met out of that order is found by
/// a walk from the cursor, or, when such walks grow long, through a lookup built once.
/// </remarks>
public sealed class SourcePositions
{
    private readonly string? _source;
    // One entry per record, in the order the records started: where its slots start, its field
    // names and the record once read. The slots, 32 bits each, hold the record's own position and
    // then one per field; the items are entries of their own. YAML keeps a record's own position
    // packed in _recordStarts, and a field's or item's relative to it (Relative): a line
    // difference and a column, or FarMarker and the packed position in _far when they do not fit.
    private Chunks<RecordEntry> _entries;
    private IReadOnlyList<string>[] _nameLists = Array.Empty<IReadOnlyList<string>>();
    private int _nameListCount;
    private int _lastNames;
    private Dictionary<IReadOnlyList<string>, int>? _nameIndex;
    private Chunks<int> _slots;
    private Chunks<long> _recordStarts;
    private Chunks<ItemEntry> _items;
    private Dictionary<long, long>? _far;
    private int _slotCount;
    private int _recordCount;
    private int _completed;
    private int _itemCount;

    // A JSON parse keeps byte offsets + 1 in the slots and items, half the room of a packed line
    // and column. Plain text keeps them so (each resolved when asked for); other text turns them
    // into packed positions in _packedSlots and _packedItems when the parse ends.
    private Chunks<long> _packedSlots;
    private Chunks<long> _packedItems;
    private bool _inOffsets;
    private readonly bool _offsets;
    private readonly bool _plain;
    private int _textLength;
    private int[]? _lineFeeds;
    private Chunks<int> _order;
    private int _orderCount;
    private List<SourcePositions>? _parts;
    private Dictionary<object, int>? _lookup;
    private Dictionary<long, int>? _itemLookup;

    // A deferred set (the parse of a string, which cannot change, or of JSON bytes, copied): the parse
    // keeps only its records, in the order they started (_records), and the text (in _reparse). The positions are made when
    // first asked for (Made), by a second parse of the text with positions on, whose records are
    // then replaced by these. Valid data that nobody asks about never pays for them.
    private readonly object? _deferredGate;
    private Chunks<RecordRef> _records;
    private Func<SourcePositions?>? _reparse;
    private SourcePositions? _made;

    /// <summary>Creates an empty set, to which parsed ones are added with <see cref="AddRange"/>.</summary>
    public SourcePositions()
    {
    }

    /// <summary>
    /// Creates the arena of one parse of <paramref name="source"/>. With <paramref name="offsets"/>
    /// (JSON) positions are byte offsets until <see cref="ResolveOffsets"/> turns them into lines and columns.
    /// </summary>
    /// <remarks>
    /// <paramref name="length"/>, the text's length in bytes, sizes the first chunks (about one
    /// position per 16 bytes of JSON and one record per 128, up to one chunk each), so a large
    /// document's positions do not grow through every size.
    /// <paramref name="plain"/>: the text is ASCII without a CR, so a column is an offset less its
    /// line's start; the offsets are then resolved each on its own, and their order is not kept.
    /// </remarks>
    internal SourcePositions(string? source, bool offsets, int length = 0, bool plain = false)
    {
        _source = source;
        _offsets = offsets;
        _plain = offsets && plain;
        _inOffsets = offsets;
        if (length >= 1024)
        {
            // One chunk at most: a document of one long string must not reserve room for nothing.
            var positions = Math.Min(length / 16, Chunks<long>.ChunkSize);
            _slots.Reserve(positions);
            if (!_plain)
            {
                _order.Reserve(positions);
            }

            _items.Reserve(positions / 4);
            _entries.Reserve(Math.Min(length / 128, Chunks<RecordEntry>.ChunkSize));
        }
    }

    private SourcePositions(string? source, object deferredGate)
    {
        _source = source;
        _deferredGate = deferredGate;
    }

    /// <summary>
    /// Creates the deferred set of one parse of a string or of JSON bytes (see <see cref="Defer"/>): the parse keeps
    /// its records only, through <see cref="Start"/> and <see cref="Complete"/> as for any other.
    /// </summary>
    internal static SourcePositions Deferred(string? source) => new(source, new object());

    /// <summary>
    /// Gives a deferred set the parse that makes its positions when they are first asked for: the
    /// same text, parsed again with positions kept as it goes (its result's positions: null when it
    /// failed, which it cannot where the first succeeded). Called once the first parse succeeded.
    /// </summary>
    internal void Defer(Func<SourcePositions?> reparse) => _reparse = reparse;

    /// <summary>Whether this is a deferred set not yet given its second parse (<see cref="Defer"/>).</summary>
    internal bool AwaitsSource => _deferredGate is not null && _reparse is null && _made is null;

    /// <summary>Whether this is a deferred set whose positions are not made yet (for tests).</summary>
    internal bool IsPending => _deferredGate is not null && Volatile.Read(ref _made) is null;

    /// <summary>
    /// The positions of a deferred set: the second parse's, with its records replaced by those of
    /// the first (the same parser over the same text starts the same records in the same order;
    /// a difference is a bug of ours, and throws).
    /// </summary>
    private SourcePositions Made()
    {
        if (Volatile.Read(ref _made) is { } made)
        {
            return made;
        }

        lock (_deferredGate!)
        {
            if (_made is not null)
            {
                return _made;
            }

            var fresh = (_reparse ?? throw new InvalidOperationException("The positions of this parse were asked for before it ended."))()
                ?? throw new InvalidOperationException("The second parse that makes the positions failed where the first succeeded.");
            if (fresh._deferredGate is not null || fresh._recordCount != _recordCount)
            {
                throw new InvalidOperationException($"The second parse that makes the positions started {fresh._recordCount} records, where the first started {_recordCount}.");
            }

            for (var i = 0; i < _recordCount; i++)
            {
                ref var entry = ref fresh._entries[i];
                var original = _records[i].Record;
                if (entry.Record?.GetType() != original?.GetType())
                {
                    throw new InvalidOperationException($"Record {i} of the second parse that makes the positions is {entry.Record?.GetType().Name ?? "missing"}, where the first read {original?.GetType().Name ?? "none"}.");
                }

                entry.Record = original;
            }

            Volatile.Write(ref _made, fresh);
            _reparse = null;
            _records = default;
            return fresh;
        }
    }

    /// <summary>How many records have positions.</summary>
    public int Count
    {
        get
        {
            var count = _completed;
            if (_parts is not null)
            {
                foreach (var part in _parts)
                {
                    count += part.Count;
                }
            }

            return count;
        }
    }

    /// <summary>The positions of <paramref name="record"/>, or null when it was not parsed from text.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public RecordPositions? Find(object record)
    {
        if (_deferredGate is not null)
        {
            if (_completed > 0 && Made().Find(record) is { } made)
            {
                return made;
            }
        }
        else if (_completed > 0 && (_lookup ?? BuildLookup()).TryGetValue(record, out var ordinal))
        {
            return new RecordPositions(this, ordinal);
        }

        return FindInParts(record);
    }

    private RecordPositions? FindInParts(object record)
    {
        if (_parts is not null)
        {
            foreach (var part in _parts)
            {
                if (part.Find(record) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// As <see cref="Find(object)"/>, first trying the record at <paramref name="cursor"/> (the next
    /// one in parse order); the cursor moves past the record found.
    /// </summary>
    /// <remarks>
    /// <paramref name="scanned"/> counts the records the walks of one validation looked at (see
    /// <see cref="Scan"/>); the caller starts it at 0 for each validation.
    /// </remarks>
    internal RecordPositions? Find(object record, ref int cursor, ref int scanned)
    {
        if (_deferredGate is not null)
        {
            // The made set has no parts: those added to this one are looked through here.
            return (_completed > 0 ? Made().Find(record, ref cursor, ref scanned) : null) ?? FindInParts(record);
        }

        if ((uint)cursor < (uint)_recordCount && ReferenceEquals(_entries[cursor].Record, record))
        {
            return new RecordPositions(this, cursor++);
        }

        if (_lookup is null && Scan(record, cursor, ref scanned) is var at and >= 0)
        {
            cursor = at + 1;
            return new RecordPositions(this, at);
        }

        var found = Find(record);
        if (found is { } positions && ReferenceEquals(positions.Owner, this))
        {
            cursor = positions.Ordinal + 1;
        }

        return found;
    }

    /// <summary>
    /// Looks for <paramref name="record"/> from <paramref name="from"/> on, round to where it
    /// started, without a lookup: a catalog validated in another order than its file's (actors,
    /// meetings, venues for a file of actors, venues, meetings) misses the cursor once per list,
    /// and a walk finds the next list's first record. Its number, or -1 when it is not here or
    /// the walks of this validation (<paramref name="scanned"/>) have looked at twice as many
    /// records as there are: then the caller builds the lookup, once, so validation in no order
    /// at all stays linear. The count is per validation, so a catalog validated again and again in
    /// the same order never builds it.
    /// </summary>
    private int Scan(object record, int from, ref int scanned)
    {
        var count = _recordCount;
        if (scanned >= 2L * count)
        {
            return -1;
        }

        from = (uint)from < (uint)count ? from : 0;
        for (var k = 0; k < count; k++)
        {
            var i = from + k < count ? from + k : from + k - count;
            if (ReferenceEquals(_entries[i].Record, record))
            {
                scanned += k + 1;
                return i;
            }
        }

        scanned += count;
        return -1;
    }

    /// <summary>Adds every entry of <paramref name="other"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AddRange(SourcePositions other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        (_parts ??= new List<SourcePositions>()).Add(other);
    }

    /// <summary>
    /// Starts a record at <paramref name="position"/> whose fields are <paramref name="fieldNames"/>;
    /// its handle for <see cref="SetField"/>, <see cref="SetItem"/> and <see cref="Complete"/>: its
    /// number in the high 32 bits, where its slots start in the low (so a field's slot is found
    /// without a lookup).
    /// </summary>
    /// <remarks>A deferred set keeps the record's place only: its handle is -2 less the record's number (below -1, so no field or item is marked).</remarks>
    internal long Start(long position, IReadOnlyList<string> fieldNames)
    {
        if (_deferredGate is not null)
        {
            var number = _recordCount;
            _records.Reserve(number + 1);
            _recordCount = number + 1;
            return -2L - number;
        }

        var at = _slotCount;
        var end = at + 1 + fieldNames.Count;
        _slots.Reserve(end);
        _slotCount = end;
        var ordinal = _recordCount;
        _entries.Reserve(ordinal + 1);
        ref var entry = ref _entries[ordinal];
        entry.Slots = at;
        entry.Names = NamesIndex(fieldNames);
        if (_inOffsets)
        {
            _slots[at] = (int)position;
            if (!_plain)
            {
                Order(at);
            }
        }
        else
        {
            _recordStarts.Reserve(ordinal + 1);
            _recordStarts[ordinal] = position;
        }

        _recordCount = ordinal + 1;
        return ((long)ordinal << 32) | (uint)at;
    }

    /// <summary>Keeps where field <paramref name="index"/> of record <paramref name="handle"/> starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetField(long handle, int index, long position)
    {
        var at = (int)handle + 1 + index;
        if (_inOffsets)
        {
            _slots[at] = (int)position;
            if (!_plain)
            {
                Order(at);
            }
        }
        else
        {
            _slots[at] = Relative((int)(handle >> 32), position, at);
        }
    }

    /// <summary>Keeps where item <paramref name="item"/> of field <paramref name="index"/> of record <paramref name="handle"/> starts.</summary>
    internal void SetItem(long handle, int index, int item, long position)
    {
        var at = _itemCount;
        _items.Reserve(at + 1);
        ref var entry = ref _items[at];
        entry.Slot = (int)handle + 1 + index;
        entry.Item = item;
        _itemCount = at + 1;
        if (_inOffsets)
        {
            entry.Position = (int)position;
            if (!_plain)
            {
                Order(~at);
            }
        }
        else
        {
            entry.Position = Relative((int)(handle >> 32), position, ~(long)at);
        }
    }

    /// <summary>Record <paramref name="handle"/> was read: it is <paramref name="record"/>.</summary>
    internal void Complete(long handle, object record)
    {
        if (handle < 0)
        {
            _records[(int)(-2L - handle)].Record = record;
        }
        else
        {
            _entries[(int)(handle >> 32)].Record = record;
        }

        _completed++;
    }

    /// <summary>
    /// Turns the byte offsets a JSON parse recorded (offset + 1; 0 is unknown) into lines and
    /// columns of <paramref name="utf8"/>. The reader only moves forward, so the offsets were
    /// recorded in increasing order: one walk of the text resolves them all, without sorting.
    /// </summary>
    internal void ResolveOffsets(ReadOnlySpan<byte> utf8)
    {
        if (!_inOffsets)
        {
            // Nothing held as offsets: a deferred set (its second parse resolves its own).
            return;
        }

        if (_plain)
        {
            ResolvePlainOffsets(utf8);
            return;
        }

        // Without a CR anywhere (the usual case) a line break is an LF, and the text between two
        // positions is counted with vectorized searches instead of byte by byte.
        var lineFeedsOnly = utf8.IndexOf((byte)'\r') < 0;
        var line = 1;
        var column = 1;
        var at = 0;
        if (_slotCount > 0)
        {
            _packedSlots.Reserve(_slotCount);
        }

        if (_itemCount > 0)
        {
            _packedItems.Reserve(_itemCount);
        }

        for (var k = 0; k < _orderCount; k++)
        {
            var index = _order[k];
            ref var slot = ref index >= 0 ? ref _packedSlots[index] : ref _packedItems[~index];
            long offset = index >= 0 ? _slots[index] : _items[~index].Position;
            var target = (int)Math.Min(Math.Max(offset - 1, at), utf8.Length);
            if (lineFeedsOnly)
            {
                Advance(utf8.Slice(at, target - at), ref line, ref column);
            }
            else
            {
                AdvanceByBytes(utf8, at, target, ref line, ref column);
            }

            at = target;
            slot = offset == 0 ? 0 : Pack(line, column);
        }

        _order = default;
        _orderCount = 0;
        _slots = default;
        _inOffsets = false;
    }

    /// <summary>
    /// <see cref="ResolveOffsets"/> for a text of ASCII without a CR: nothing is resolved now. A
    /// position is found when it is asked for, from the offsets of the line feeds kept here (none in
    /// compact JSON), by a binary search, and the column is the distance from its line's start. So
    /// a parse whose positions nobody reads pays one count of the line feeds, and the text need not
    /// be kept.
    /// </summary>
    private void ResolvePlainOffsets(ReadOnlySpan<byte> utf8)
    {
        var lineFeeds = CountLineFeeds(utf8);
        if (lineFeeds > 0)
        {
            var breaks = new int[lineFeeds];
            var at = 0;
            for (var i = 0; i < lineFeeds; i++)
            {
                at += utf8.Slice(at).IndexOf((byte)'\n');
                breaks[i] = at++;
            }

            _lineFeeds = breaks;
        }

        _textLength = utf8.Length;
    }

    /// <summary>The packed line and column of a recorded offset + 1 (0, unknown, stays 0) in a plain text of <paramref name="length"/> bytes whose line feeds are at <paramref name="breaks"/>.</summary>
    private static long PlainPosition(long slot, int length, int[]? breaks)
    {
        if (slot == 0)
        {
            return 0;
        }

        var target = (int)Math.Min(slot - 1, length);
        if (breaks is null)
        {
            return Pack(1, target + 1);
        }

        // The line feeds before the target: its line is one more.
        var found = Array.BinarySearch(breaks, target);
        var before = found >= 0 ? found : ~found;
        var lineStart = before == 0 ? 0 : breaks[before - 1] + 1;
        return Pack(before + 1, target - lineStart + 1);
    }

    /// <summary>Moves line and column over <paramref name="text"/>, which holds no CR.</summary>
    private static void Advance(ReadOnlySpan<byte> text, ref int line, ref int column)
    {
        var last = text.LastIndexOf((byte)'\n');
        if (last >= 0)
        {
            line += CountLineFeeds(text.Slice(0, last + 1));
            column = 1;
            text = text.Slice(last + 1);
        }

#if NET8_0_OR_GREATER
        if (System.Text.Ascii.IsValid(text))
        {
            column += text.Length;
            return;
        }
#endif
        foreach (var b in text)
        {
            column += Generated.ErrorSink.Utf16Units(b);
        }
    }

    private static int CountLineFeeds(ReadOnlySpan<byte> text)
    {
#if NET8_0_OR_GREATER
        return MemoryExtensions.Count(text, (byte)'\n');
#else
        var count = 0;
        foreach (var b in text)
        {
            count += b == (byte)'\n' ? 1 : 0;
        }

        return count;
#endif
    }

    /// <summary>Moves line and column from <paramref name="at"/> to <paramref name="target"/>: a CR before an LF is part of that line break, a lone CR is one.</summary>
    private static void AdvanceByBytes(ReadOnlySpan<byte> utf8, int at, int target, ref int line, ref int column)
    {
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
    }

    internal string? Source => _source;

    internal IReadOnlyList<string>? NamesOf(int ordinal) => _nameLists[_entries[ordinal].Names];

    /// <summary>
    /// The number of <paramref name="names"/> among the field name lists kept: a parse meets few
    /// types, each with one list, so a record keeps a 32-bit number instead of a reference, and the
    /// search (from the list the last record used; through a lookup past eight lists) is short.
    /// </summary>
    private int NamesIndex(IReadOnlyList<string> names)
    {
        if (_lastNames < _nameListCount && ReferenceEquals(_nameLists[_lastNames], names))
        {
            return _lastNames;
        }

        if (_nameIndex is null)
        {
            for (var i = 0; i < _nameListCount; i++)
            {
                if (ReferenceEquals(_nameLists[i], names))
                {
                    return _lastNames = i;
                }
            }
        }
        else if (_nameIndex.TryGetValue(names, out var found))
        {
            return _lastNames = found;
        }

        if (_nameListCount == _nameLists.Length)
        {
            Array.Resize(ref _nameLists, Math.Max(4, _nameListCount * 2));
        }

        _nameLists[_nameListCount] = names;
        if (_nameIndex is not null || _nameListCount == 8)
        {
            if (_nameIndex is null)
            {
                _nameIndex = new Dictionary<IReadOnlyList<string>, int>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < _nameListCount; i++)
                {
                    _nameIndex[_nameLists[i]] = i;
                }
            }

            _nameIndex[names] = _nameListCount;
        }

        return _lastNames = _nameListCount++;
    }

    /// <summary>The record's own position.</summary>
    internal (int Line, int Column) RecordAt(int ordinal) => Unpack(Slot(ordinal, _entries[ordinal].Slots));

    /// <summary>
    /// Slot <paramref name="at"/> of record <paramref name="ordinal"/> as a packed position, or
    /// (plain JSON) an offset + 1; 0 is unknown.
    /// </summary>
    private long Slot(int ordinal, int at)
    {
        if (_offsets)
        {
            return _inOffsets ? _slots[at] : _packedSlots[at];
        }

        return at == _entries[ordinal].Slots ? _recordStarts[ordinal] : Absolute(ordinal, _slots[at], at);
    }

    /// <summary>Item <paramref name="at"/> (in recording order) of record <paramref name="ordinal"/>, as <see cref="Slot"/>.</summary>
    private long ItemPosition(int ordinal, int at)
    {
        if (_offsets)
        {
            return _inOffsets ? _items[at].Position : _packedItems[at];
        }

        return Absolute(ordinal, _items[at].Position, ~(long)at);
    }

    /// <summary>Bits of a relative position that hold the column; the line difference has the others but the sign bit.</summary>
    private const int ColumnBits = 20;

    /// <summary>A relative position that did not fit: the packed one is in <see cref="_far"/>.</summary>
    private const int FarMarker = -1;

    /// <summary>
    /// A YAML position of record <paramref name="ordinal"/> in 32 bits: its line's distance from the
    /// record's and its column, + 1 (0 stays unknown). A value that does not fit (a line 2,047 or
    /// more after the record's, or before it through an alias; a column past 1,048,574) is kept
    /// whole in <see cref="_far"/> under <paramref name="key"/> (a slot, or ~item).
    /// </summary>
    private int Relative(int ordinal, long position, long key)
    {
        var (line, column) = UnpackPacked(position);
        var delta = line - (int)(_recordStarts[ordinal] >> 32);
        if ((uint)delta < (1u << (31 - ColumnBits)) - 1 && (uint)column < (1u << ColumnBits) - 1)
        {
            return ((delta << ColumnBits) | column) + 1;
        }

        (_far ??= new Dictionary<long, long>())[key] = position;
        return FarMarker;
    }

    /// <summary>The packed position a <see cref="Relative"/> value of record <paramref name="ordinal"/> stands for (0 for unknown).</summary>
    private long Absolute(int ordinal, int value, long key)
    {
        if (value == 0)
        {
            return 0;
        }

        if (value == FarMarker)
        {
            return _far![key];
        }

        value--;
        return Pack((int)(_recordStarts[ordinal] >> 32) + (value >> ColumnBits), value & ((1 << ColumnBits) - 1));
    }

    /// <summary>A slot's line and column: packed already, or (plain JSON) an offset + 1 found among the line feeds now.</summary>
    private (int Line, int Column) Unpack(long slot)
    {
        if (_inOffsets)
        {
            // Still an offset: plain JSON, resolved now (other text was packed when its parse ended).
            slot = PlainPosition(slot, _textLength, _lineFeeds);
        }

        return UnpackPacked(slot);
    }

    /// <summary>Where field <paramref name="index"/> starts; the record's own position when unknown.</summary>
    internal (int Line, int Column) FieldAt(int ordinal, int index)
    {
        var start = _entries[ordinal].Slots;
        var names = NamesOf(ordinal);
        return index >= 0 && names is not null && index < names.Count && Slot(ordinal, start + 1 + index) is var slot and not 0
            ? Unpack(slot)
            : Unpack(Slot(ordinal, start));
    }

    /// <summary>Where item <paramref name="item"/> of field <paramref name="index"/> starts; the field's position when unknown.</summary>
    internal (int Line, int Column) ItemAt(int ordinal, int index, int item)
    {
        var names = NamesOf(ordinal);
        if (index >= 0 && names is not null && index < names.Count && item >= 0
            && (_itemLookup ?? BuildItemLookup()).TryGetValue(ItemKey(_entries[ordinal].Slots + 1 + index, item), out var at)
            && ItemPosition(ordinal, at) is var position and not 0)
        {
            return Unpack(position);
        }

        return FieldAt(ordinal, index);
    }

    /// <summary>Notes that slot <paramref name="index"/> (or item ~<paramref name="index"/>) was recorded now: the order <see cref="ResolveOffsets"/> walks them in.</summary>
    private void Order(int index)
    {
        _order.Reserve(_orderCount + 1);
        _order[_orderCount++] = index;
    }

    private Dictionary<object, int> BuildLookup()
    {
        var lookup = new Dictionary<object, int>(_completed, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _recordCount; i++)
        {
            if (_entries[i].Record is { } record)
            {
                lookup[record] = i;
            }
        }

        return Interlocked.CompareExchange(ref _lookup, lookup, null) ?? lookup;
    }

    private Dictionary<long, int> BuildItemLookup()
    {
        var lookup = new Dictionary<long, int>(_itemCount);
        for (var i = 0; i < _itemCount; i++)
        {
            ref var entry = ref _items[i];
            lookup[ItemKey(entry.Slot, entry.Item)] = i;
        }

        return Interlocked.CompareExchange(ref _itemLookup, lookup, null) ?? lookup;
    }

    private static long ItemKey(int slot, int item) => ((long)slot << 32) | (uint)item;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long Pack(int line, int column) => ((long)line << 32) | (uint)column;

    private static (int Line, int Column) UnpackPacked(long packed) => ((int)(packed >> 32), (int)(packed & 0xFFFFFFFF));
}

/// <summary>
/// A record's entry in <see cref="SourcePositions"/>. A struct in a <see cref="Chunks{T}"/>: storing
/// a reference in it makes no covariance check (an array of a class or interface type checks the
/// type on every store).
/// </summary>
internal struct RecordEntry
{
    /// <summary>The record, once read.</summary>
    public object? Record;

    /// <summary>The number of its type's field names (one slot each after its own) among the lists kept.</summary>
    public int Names;

    /// <summary>Its first slot: its own position, then one per field.</summary>
    public int Slots;
}

/// <summary>A record of a deferred <see cref="SourcePositions"/> (a struct, as <see cref="RecordEntry"/> is).</summary>
internal struct RecordRef
{
    public object? Record;
}

/// <summary>Where item <see cref="Item"/> of the field in slot <see cref="Slot"/> starts (as a slot holds it).</summary>
internal struct ItemEntry
{
    public int Slot;
    public int Item;
    public int Position;
}

/// <summary>The positions of one record: its own, and those of its fields' values and list items.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct RecordPositions
{
    internal RecordPositions(SourcePositions owner, int ordinal)
    {
        Owner = owner;
        Ordinal = ordinal;
    }

    internal SourcePositions Owner { get; }

    internal int Ordinal { get; }

    /// <summary>The wire names of the record's fields, in the order of the field indexes.</summary>
    public IReadOnlyList<string>? FieldNames => Owner.NamesOf(Ordinal);

    /// <summary>The file or source name.</summary>
    public string? Source => Owner.Source;

    /// <summary>Line of the record (1-based).</summary>
    public int Line => Owner.RecordAt(Ordinal).Line;

    /// <summary>Column of the record (1-based).</summary>
    public int Column => Owner.RecordAt(Ordinal).Column;

    /// <summary>Where field <paramref name="index"/>'s value starts; the record's own position when unknown.</summary>
    public (int Line, int Column) Field(int index) => Owner.FieldAt(Ordinal, index);

    /// <summary>Where item <paramref name="item"/> of field <paramref name="index"/> starts; the field's position when unknown.</summary>
    public (int Line, int Column) Item(int index, int item) => Owner.ItemAt(Ordinal, index, item);
}

/// <summary>
/// A growing array kept in chunks of 1,024 items (8 KiB for 8-byte items): far below the
/// large-object threshold, so a large parse's positions are never copied when they grow and never
/// land on the large-object heap, where they would make every collection a full one; and at most
/// one chunk is partly empty. The first chunk grows from 16 items, so a small parse stays small.
/// (Chunks of 8,192 items wasted up to 64 KiB per array, and the first grew through every size up
/// to it: half the arena's allocation in the JSON benchmark.)
/// </summary>
internal struct Chunks<T>
{
    private const int Shift = 10;
    private const int Size = 1 << Shift;

    /// <summary>The items of one chunk.</summary>
    public const int ChunkSize = Size;
    private const int Mask = Size - 1;
    private T[][]? _chunks;

    /// <summary>How many items have room: the chunks from the first on are all made up to here.</summary>
    private int _capacity;

    /// <summary>Item <paramref name="index"/>, which <see cref="Reserve"/> made room for.</summary>
    public readonly ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _chunks![index >> Shift][index & Mask];
    }

    /// <summary>Makes room for items 0 to <paramref name="count"/> - 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reserve(int count)
    {
        if (count > _capacity)
        {
            Grow(count);
        }
    }

    private void Grow(int count)
    {
        var last = (count - 1) >> Shift;
        _chunks ??= new T[Math.Max(4, last + 1)][];
        if (last >= _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(last + 1, _chunks.Length * 2));
        }

        var first = _chunks[0];
        var firstSize = last > 0 ? Size : Math.Min(Size, Math.Max(count, Math.Max(16, (first?.Length ?? 0) * 2)));
        if (first is null || first.Length < firstSize)
        {
            Array.Resize(ref first, firstSize);
            _chunks[0] = first;
        }

        for (var i = 1; i <= last; i++)
        {
            _chunks[i] ??= new T[Size];
        }

        _capacity = last > 0 ? (last + 1) * Size : first.Length;
    }
}
