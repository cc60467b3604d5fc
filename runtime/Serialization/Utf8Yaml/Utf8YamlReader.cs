using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>
/// A pull reader of YAML 1.2 over UTF-8 bytes: <see cref="Read"/> moves to the next event
/// (stream, document, mapping and sequence start and end, scalar, alias) with its anchor and
/// tag. Scalars come as spans: straight from the input when they hold no escape and no line
/// folding, otherwise from a pooled buffer. A span is valid until the next <see cref="Read"/>.
/// </summary>
/// <remarks>
/// <para>Every event has a 1-based line and column (columns in UTF-16 code units, like the rest
/// of NewsSchema) and a byte offset. Errors are <see cref="Utf8YamlException"/>s with a
/// position: malformed YAML, a form refused in data (<see cref="Utf8YamlRefusal"/>), or a
/// limit of <see cref="ParseOptions"/> (document size, depth, scalar size, alias expansion).</para>
/// <para>Aliases are reported, not expanded; the reader counts the events every alias stands
/// for and stops at <see cref="ParseOptions.MaxAliasExpansion"/>. Call <see cref="Dispose"/>
/// to return the pooled buffers.</para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref partial struct Utf8YamlReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    private readonly ReadOnlySpan<byte> _input;
    private readonly int _maxDepth;
    private readonly long _maxAliasExpansion;
    private readonly int _maxScalarLength;

    // ---- scanner state ----
    private int _pos;
    private int _line;
    private int _col; // 0-based, UTF-16 code units
    private int _flowLevel;
    private int _indent;
    private int[] _indents;
    private int _indentCount;
    private bool _simpleKeyAllowed;
    private SimpleKey[] _simpleKeys;
    private int _simpleKeyCount;
    private Token[] _tokens;
    private int _tokenHead;
    private int _tokenCount;
    private int _tokensParsed;
    private bool _streamStartProduced;
    private bool _streamEndProduced;
    private int _jsonLikeTokenNumber; // the token count just after a quoted scalar or a flow collection end, in flow context
    private int _lineStart;
    private bool _tabBefore; // a tab in the blanks before the current token
    private int _documentStartLine;
    private byte[] _scratch;
    private int _scratchLength;

    // ---- parser state ----
    private ParserState _state;
    private ParserState[] _states;
    private int _stateCount;
    private byte[]? _tagDirectives; // handle and prefix pairs of the current document
    private int _tagDirectivesLength;
    private bool _afterExplicitEnd;
    private bool _afterImplicitEnd;
    private int _depth;
    private long _eventCount;
    private long _expanded;
    private Anchors? _anchors;

    // ---- the current event ----
    private Utf8YamlEventKind _kind;
    private Utf8YamlScalarStyle _scalarStyle;
    private bool _flag; // flow collection, explicit document start/end
    private Mark _start;
    private Mark _end;
    private int _valueStart;
    private int _valueLength;
    private bool _valueInScratch;
    private int _anchorStart;
    private int _anchorLength;
    private int _tagStart;
    private int _tagLength; // -1: no tag; the tag is always in the scratch buffer

    /// <summary>Creates a reader over <paramref name="utf8"/> (a byte order mark is skipped) with the limits of <paramref name="options"/>.</summary>
    /// <exception cref="Utf8YamlException">The input is larger than <see cref="ParseOptions.MaxDocumentLength"/>, or not valid UTF-8, or holds a character YAML does not allow.</exception>
    public Utf8YamlReader(ReadOnlySpan<byte> utf8, ParseOptions? options = null)
    {
        options ??= ParseOptions.Default;
        _input = utf8;
        _maxDepth = options.MaxDepth;
        _maxAliasExpansion = options.MaxAliasExpansion;
        _maxScalarLength = options.MaxScalarLength;
        _line = 1;
        _indent = -1;
        _jsonLikeTokenNumber = -1;
        _documentStartLine = -1;
        _tagLength = -1;
        _indents = ArrayPool<int>.Shared.Rent(16);
        _simpleKeys = ArrayPool<SimpleKey>.Shared.Rent(16);
        _tokens = ArrayPool<Token>.Shared.Rent(16);
        _states = ArrayPool<ParserState>.Shared.Rent(16);
        _scratch = ArrayPool<byte>.Shared.Rent(256);
        _simpleKeyCount = 1; // the block context's
        _simpleKeys[0] = default;
        _state = ParserState.StreamStart;

        if (utf8.Length > options.MaxDocumentLength)
        {
            var characters = Encoding.UTF8.GetCharCount(utf8);
            if (characters > options.MaxDocumentLength)
            {
                throw new Utf8YamlException(DataErrorCodes.Limit, Utf8YamlRefusal.None, $"the document has {characters} characters; the limit is {options.MaxDocumentLength} (ParseOptions.MaxDocumentLength)", 1, 1, 0);
            }
        }

        CheckCharacters(utf8);
    }

    // ---- the current event ------------------------------------------------------------

    /// <summary>The kind of the current event.</summary>
    public readonly Utf8YamlEventKind Kind => _kind;

    /// <summary>The style of the current scalar.</summary>
    public readonly Utf8YamlScalarStyle ScalarStyle => _scalarStyle;

    /// <summary>True for a flow collection (<c>[ ]</c>, <c>{ }</c>).</summary>
    public readonly bool IsFlow => _flag && _kind is Utf8YamlEventKind.MappingStart or Utf8YamlEventKind.SequenceStart;

    /// <summary>True for a document start with <c>---</c> or a document end with <c>...</c>.</summary>
    public readonly bool IsExplicit => _flag && _kind is Utf8YamlEventKind.DocumentStart or Utf8YamlEventKind.DocumentEnd;

    /// <summary>The scalar's value, or the alias's anchor name. Valid until the next <see cref="Read"/>.</summary>
    public readonly ReadOnlySpan<byte> Value => _valueInScratch ? _scratch.AsSpan(_valueStart, _valueLength) : _input.Slice(_valueStart, _valueLength);

    /// <summary>True when <see cref="Value"/> is a slice of the input (no escape, no folding).</summary>
    public readonly bool ValueIsRaw => !_valueInScratch;

    /// <summary>The anchor of the current node, without <c>&amp;</c>; empty when none.</summary>
    public readonly ReadOnlySpan<byte> Anchor => _input.Slice(_anchorStart, _anchorLength);

    /// <summary>True when the current node has a tag.</summary>
    public readonly bool HasTag => _tagLength >= 0;

    /// <summary>The resolved tag of the current node (<c>tag:yaml.org,2002:str</c> for <c>!!str</c>, <c>!</c> for the non-specific tag, <c>!local</c>); empty when none.</summary>
    public readonly ReadOnlySpan<byte> Tag => _tagLength > 0 ? _scratch.AsSpan(_tagStart, _tagLength) : default;

    /// <summary>1-based line where the current event starts.</summary>
    public readonly int Line => _start.Line;

    /// <summary>1-based column (UTF-16 code units) where the current event starts.</summary>
    public readonly int Column => _start.Column + 1;

    /// <summary>Byte offset where the current event starts.</summary>
    public readonly int Offset => _start.Offset;

    /// <summary>Byte offset where the current event ends.</summary>
    public readonly int EndOffset => _end.Offset;

    /// <summary>1-based line where the current event ends.</summary>
    public readonly int EndLine => _end.Line;

    /// <summary>1-based column (UTF-16 code units) where the current event ends.</summary>
    public readonly int EndColumn => _end.Column + 1;

    /// <summary>How many mappings and sequences are open.</summary>
    public readonly int Depth => _depth;

    /// <summary>The value as a string (allocates).</summary>
    public readonly string GetString() => Encoding.UTF8.GetString(Value);

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        ReturnArray(ref _indents);
        ReturnArray(ref _simpleKeys);
        ReturnArray(ref _tokens);
        ReturnArray(ref _states);
        ReturnArray(ref _scratch);
    }

    private static void ReturnArray<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
            array = Array.Empty<T>();
        }
    }

    /// <summary>Moves to the next event; false after <see cref="Utf8YamlEventKind.StreamEnd"/>.</summary>
    /// <exception cref="Utf8YamlException">Malformed YAML, a refused form or a limit, with its position.</exception>
    public bool Read()
    {
        if (_state == ParserState.End)
        {
            return false;
        }

        if (_tokenCount == 0)
        {
            _scratchLength = 0;
        }
        else if (_scratchLength > 4096)
        {
            CompactScratch();
        }

        _anchorStart = 0;
        _anchorLength = 0;
        _tagLength = -1;
        _valueStart = 0;
        _valueLength = 0;
        _valueInScratch = false;
        _flag = false;
        _scalarStyle = Utf8YamlScalarStyle.Plain;
        Parse();
        _eventCount++;
        return true;
    }

    /// <summary>Reads the events of the current node to its end (for a scalar or an alias: nothing).</summary>
    public void Skip()
    {
        if (_kind is not (Utf8YamlEventKind.MappingStart or Utf8YamlEventKind.SequenceStart))
        {
            return;
        }

        var depth = _depth - 1;
        while (Read() && _depth > depth)
        {
        }
    }

    // ---- errors -----------------------------------------------------------------------

    private readonly Utf8YamlException Error(string message, Mark mark)
        => new(DataErrorCodes.Syntax, Utf8YamlRefusal.None, message, mark.Line, mark.Column + 1, mark.Offset);

    private readonly Utf8YamlException Error(string message) => Error(message, CurrentMark);

    private static Utf8YamlException Refuse(Utf8YamlRefusal refusal, string message, Mark mark)
        => new(DataErrorCodes.Syntax, refusal, message, mark.Line, mark.Column + 1, mark.Offset);

    private static Utf8YamlException Limit(string message, Mark mark)
        => new(DataErrorCodes.Limit, Utf8YamlRefusal.None, message, mark.Line, mark.Column + 1, mark.Offset);

    private readonly Mark CurrentMark => new(_pos, _line, _col);

    /// <summary>Rejects invalid UTF-8 and the characters YAML does not allow (C0 and C1 controls but tab and line breaks, DEL, U+FFFE, U+FFFF).</summary>
    private static void CheckCharacters(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        while (true)
        {
            var next = utf8.Slice(i).IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E);
            if (next < 0)
            {
                return;
            }

            i += next;
            var b = utf8[i];
            if (b is (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                i++;
                continue;
            }

            if (b >= 0x80)
            {
                var status = Rune.DecodeFromUtf8(utf8.Slice(i), out var rune, out var length);
                if (status == OperationStatus.Done)
                {
                    var v = rune.Value;
                    if (!(v is >= 0x80 and <= 0x9F && v != 0x85) && v is not (0xFFFE or 0xFFFF))
                    {
                        i += length;
                        continue;
                    }

                    var (l1, c1) = ErrorSink.Position(utf8, i);
                    throw new Utf8YamlException(DataErrorCodes.Syntax, Utf8YamlRefusal.None, $"the character U+{v:X4} is not allowed in YAML; write it as an escape in a double-quoted string", l1, c1, i);
                }

                var (l2, c2) = ErrorSink.Position(utf8, i);
                throw new Utf8YamlException(DataErrorCodes.Syntax, Utf8YamlRefusal.None, $"the bytes are not valid UTF-8 (at byte {i})", l2, c2, i);
            }

            var (line, column) = ErrorSink.Position(utf8, i);
            var what = b == 0 ? "a NUL character (U+0000)" : $"the control character U+{b:X4}";
            throw new Utf8YamlException(DataErrorCodes.Syntax, Utf8YamlRefusal.None, $"the text holds {what}, which YAML does not allow; write it as an escape in a double-quoted string", line, column, i);
        }
    }

    // ---- structures ---------------------------------------------------------------------

    private readonly record struct Mark(int Offset, int Line, int Column);

    private struct SimpleKey
    {
        public bool Possible;
        public bool Required;
        public int TokenNumber;
        public Mark Mark;
        public bool TabBefore;
        public bool InFlowMapping;
        public bool TooLong;
        public bool FirstOnLine;
    }

    private enum TokenKind : byte
    {
        StreamStart,
        StreamEnd,
        VersionDirective,
        TagDirective,
        ReservedDirective,
        DocumentStart,
        DocumentEnd,
        BlockSequenceStart,
        BlockMappingStart,
        BlockEnd,
        FlowSequenceStart,
        FlowSequenceEnd,
        FlowMappingStart,
        FlowMappingEnd,
        BlockEntry,
        FlowEntry,
        Key,
        Value,
        Alias,
        Anchor,
        Tag,
        Scalar,
    }

    private struct Token
    {
        public TokenKind Kind;
        public Utf8YamlScalarStyle Style;
        public bool InScratch;
        public Mark Start;
        public Mark End;
        public int ValueStart; // scalar value, alias or anchor name, tag suffix, directive prefix
        public int ValueLength;
        public int HandleStart; // tag or directive handle (always in the input)
        public int HandleLength;
    }

    private enum ParserState : byte
    {
        StreamStart,
        ImplicitDocumentStart,
        DocumentStart,
        DocumentContent,
        DocumentEnd,
        BlockNode,
        BlockSequenceFirstEntry,
        BlockSequenceEntry,
        IndentlessSequenceEntry,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingValue,
        FlowSequenceFirstEntry,
        FlowSequenceEntry,
        FlowSequenceEntryMappingKey,
        FlowSequenceEntryMappingValue,
        FlowSequenceEntryMappingEnd,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingValue,
        FlowMappingEmptyValue,
        End,
    }

    // ---- scratch buffer -------------------------------------------------------------------

    private void CompactScratch()
    {
        var min = int.MaxValue;
        for (var i = 0; i < _tokenCount; i++)
        {
            ref var t = ref _tokens[_tokenHead + i];
            if (t.InScratch && t.ValueStart < min)
            {
                min = t.ValueStart;
            }
        }

        if (min == int.MaxValue)
        {
            _scratchLength = 0;
            return;
        }

        if (min < 2048)
        {
            return;
        }

        Buffer.BlockCopy(_scratch, min, _scratch, 0, _scratchLength - min);
        _scratchLength -= min;
        for (var i = 0; i < _tokenCount; i++)
        {
            ref var t = ref _tokens[_tokenHead + i];
            if (t.InScratch)
            {
                t.ValueStart -= min;
            }
        }
    }

    private void EnsureScratch(int more)
    {
        if (_scratchLength + more <= _scratch.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_scratch.Length * 2, _scratchLength + more));
        Buffer.BlockCopy(_scratch, 0, bigger, 0, _scratchLength);
        if (_scratch.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
        }

        _scratch = bigger;
    }

    private void Append(byte b)
    {
        if (_scratchLength == _scratch.Length)
        {
            EnsureScratch(1);
        }

        _scratch[_scratchLength++] = b;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        EnsureScratch(bytes.Length);
        bytes.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += bytes.Length;
    }

    private void AppendNewlines(int count)
    {
        EnsureScratch(count);
        _scratch.AsSpan(_scratchLength, count).Fill((byte)'\n');
        _scratchLength += count;
    }

    private static T[] Grow<T>(T[] array, int count)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(16, array.Length * 2));
        Array.Copy(array, bigger, count);
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        return bigger;
    }

    // ---- anchors ----------------------------------------------------------------------------

    /// <summary>Anchor names (offsets into the input) and how many events each node has, hashed.</summary>
    private sealed class Anchors
    {
        private int[] _buckets = new int[16];
        private Entry[] _entries = new Entry[16];
        private int _count;

        private (int Start, int Length, int Depth, long Events)[] _open = new (int, int, int, long)[4];
        private int _openCount;

        public void Clear()
        {
            Array.Clear(_buckets, 0, _buckets.Length);
            _count = 0;
            _openCount = 0;
        }

        /// <summary>An anchored collection starts at <paramref name="depth"/> (its parent's depth) as event number <paramref name="events"/>.</summary>
        public void BeginCollection(int start, int length, int depth, long events)
        {
            if (_openCount == _open.Length)
            {
                Array.Resize(ref _open, _openCount * 2);
            }

            _open[_openCount++] = (start, length, depth, events);
        }

        /// <summary>A collection ended, leaving <paramref name="depth"/> open; its end is event number <paramref name="events"/>.</summary>
        public void EndCollection(int depth, long events, ReadOnlySpan<byte> input)
        {
            if (_openCount > 0 && _open[_openCount - 1].Depth == depth)
            {
                var (start, length, _, first) = _open[--_openCount];
                Set(input, start, length, events - first + 1);
            }
        }

        public void Set(ReadOnlySpan<byte> input, int start, int length, long events)
        {
            var hash = Hash(input.Slice(start, length));
            var existing = Find(input, input.Slice(start, length), hash);
            if (existing >= 0)
            {
                _entries[existing].Events = events;
                return;
            }

            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _count * 2);
                _buckets = new int[_buckets.Length * 2];
                for (var i = 0; i < _count; i++)
                {
                    var b = (int)(_entries[i].Hash & (uint)(_buckets.Length - 1));
                    _entries[i].Next = _buckets[b] - 1;
                    _buckets[b] = i + 1;
                }
            }

            var bucket = (int)(hash & (uint)(_buckets.Length - 1));
            _entries[_count] = new Entry { Hash = hash, Start = start, Length = length, Events = events, Next = _buckets[bucket] - 1 };
            _buckets[bucket] = ++_count;
        }

        public long Get(ReadOnlySpan<byte> input, ReadOnlySpan<byte> name)
        {
            var index = Find(input, name, Hash(name));
            return index < 0 ? -1 : _entries[index].Events;
        }

        private int Find(ReadOnlySpan<byte> input, ReadOnlySpan<byte> name, uint hash)
        {
            for (var i = _buckets[(int)(hash & (uint)(_buckets.Length - 1))] - 1; i >= 0; i = _entries[i].Next)
            {
                ref var e = ref _entries[i];
                if (e.Hash == hash && input.Slice(e.Start, e.Length).SequenceEqual(name))
                {
                    return i;
                }
            }

            return -1;
        }

        private static uint Hash(ReadOnlySpan<byte> name)
        {
            var h = 2166136261u;
            foreach (var b in name)
            {
                h = (h ^ b) * 16777619u;
            }

            return h;
        }

        private struct Entry
        {
            public uint Hash;
            public int Start;
            public int Length;
            public long Events;
            public int Next;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly byte Peek(int k = 0)
    {
        var i = _pos + k;
        return (uint)i < (uint)_input.Length ? _input[i] : (byte)0;
    }
}
