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
public partial struct Utf8YamlReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    // The input: an array, not a span, so that a class (YamlReader) can keep the reader and pull
    // events from it one at a time.
    private readonly byte[] _bytes;
    private readonly int _length;
    private readonly int _maxDepth;
    private readonly long _maxAliasExpansion;
    private readonly int _maxScalarLength;

    // The scanner's state.
    private int _pos;
    private bool _ascii;
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

    // The parser's state.
    private ParserState _state;
    private ParserState[] _states;
    private int _stateCount;
    private byte[]? _tagDirectives; // handle and prefix pairs of the current document
    private int _tagDirectivesLength;
    private bool _afterExplicitEnd;
    private bool _afterImplicitEnd;
    private int _depth;
    private long _eventCount;
    private Utf8YamlException? _deferredError; // see IncreaseFlowLevel
    private long _expanded;
    private Anchors? _anchors;

    // The current event.
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

    /// <summary>Creates a reader over a copy of <paramref name="utf8"/> (a byte order mark is skipped) with the limits of <paramref name="options"/>.</summary>
    /// <exception cref="Utf8YamlException">The input is larger than <see cref="ParseOptions.MaxDocumentLength"/>, or not valid UTF-8, or holds a character YAML does not allow.</exception>
    public Utf8YamlReader(ReadOnlySpan<byte> utf8, ParseOptions? options = null)
        : this(utf8.ToArray(), utf8.Length, options)
    {
    }

    /// <summary>Creates a reader over <paramref name="utf8"/>, which must not change while it reads (a byte order mark is skipped).</summary>
    /// <exception cref="Utf8YamlException">The input is larger than <see cref="ParseOptions.MaxDocumentLength"/>, or not valid UTF-8, or holds a character YAML does not allow.</exception>
    public Utf8YamlReader(byte[] utf8, ParseOptions? options = null)
        : this(utf8 ?? throw new ArgumentNullException(nameof(utf8)), utf8.Length, options)
    {
    }

    /// <summary>Creates a reader over <c>utf8[0..length)</c>, which must not change while it reads.</summary>
    internal Utf8YamlReader(byte[] utf8, int length, ParseOptions? options)
    {
        options ??= ParseOptions.Default;
        _bytes = utf8;
        _length = length;
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

        if (length > options.MaxDocumentLength)
        {
            var characters = Encoding.UTF8.GetCharCount(_input);
            if (characters > options.MaxDocumentLength)
            {
                throw new Utf8YamlException(DataErrorCodes.Limit, Utf8YamlRefusal.None, $"the document has {characters} characters; the limit is {options.MaxDocumentLength} (ParseOptions.MaxDocumentLength)", 1, 1, 0);
            }
        }

        _ascii = CheckCharacters(_input);
    }

    /// <summary>Whether the whole document is ASCII: a run's columns are then its bytes, and its text a widening copy.</summary>
    internal readonly bool IsAscii => _ascii;

    private readonly ReadOnlySpan<byte> _input => new(_bytes, 0, _length);

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

    /// <summary>Where <see cref="Value"/> starts in the input, when <see cref="ValueIsRaw"/>.</summary>
    internal readonly int ValueOffset => _valueStart;

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
        // Null in a default reader (one whose constructor threw before it was assigned).
        if (array is { Length: > 0 })
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

    private readonly Utf8YamlException Error(string message, Mark mark)
        => new(DataErrorCodes.Syntax, Utf8YamlRefusal.None, message, mark.Line, mark.Column + 1, mark.Offset);

    private readonly Utf8YamlException Error(string message) => Error(message, CurrentMark);

    private static Utf8YamlException Refuse(Utf8YamlRefusal refusal, string message, Mark mark)
        => new(DataErrorCodes.Syntax, refusal, message, mark.Line, mark.Column + 1, mark.Offset);

    private static Utf8YamlException Limit(string message, Mark mark)
        => new(DataErrorCodes.Limit, Utf8YamlRefusal.None, message, mark.Line, mark.Column + 1, mark.Offset);

    private readonly Mark CurrentMark => new(_pos, _line, _col);

    /// <summary>The ASCII YAML allows: printable characters, tab and line breaks (one search passes every line).</summary>
    private static readonly SearchValues<byte> PrintableAscii = SearchValues.Create(PrintableAsciiList());

    private static byte[] PrintableAsciiList()
    {
        var bytes = new byte[0x7E - 0x20 + 1 + 3];
        for (var b = 0x20; b <= 0x7E; b++)
        {
            bytes[b - 0x20] = (byte)b;
        }

        bytes[bytes.Length - 3] = (byte)'\t';
        bytes[bytes.Length - 2] = (byte)'\n';
        bytes[bytes.Length - 1] = (byte)'\r';
        return bytes;
    }

    /// <summary>
    /// Rejects invalid UTF-8 and the characters YAML does not allow (C0 and C1 controls but tab and
    /// line breaks, DEL, U+FFFE, U+FFFF); returns whether the text is all ASCII.
    /// </summary>
    private static bool CheckCharacters(ReadOnlySpan<byte> utf8)
    {
        var i = 0;
        var ascii = true;
        while (true)
        {
            var next = utf8.Slice(i).IndexOfAnyExcept(PrintableAscii);
            if (next < 0)
            {
                return ascii;
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
                ascii = false;
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
                throw new Utf8YamlException(DataErrorCodes.Syntax, Utf8YamlRefusal.None, $"the bytes are not valid text (invalid UTF-8 at byte {i})", l2, c2, i);
            }

            var (line, column) = ErrorSink.Position(utf8, i);
            var what = b == 0 ? "a NUL character (U+0000)" : $"the control character U+{b:X4}";
            throw new Utf8YamlException(DataErrorCodes.Syntax, Utf8YamlRefusal.None, $"the text holds {what}, which YAML does not allow; write it as an escape in a double-quoted string", line, column, i);
        }
    }
}
