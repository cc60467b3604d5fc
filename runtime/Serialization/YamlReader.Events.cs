using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsSchema.Generated;

// The YAML reader: events. They come from Utf8YamlReader one at a time, as small structs (kind,
// style, tag and anchor numbers, position, where the value's bytes are). A value is a slice of the
// input, or, for an escaped or folded scalar, in the YAML reader's scratch buffer, which holds it
// only until the next event is read: an event kept longer (a look-ahead, an anchored node kept for
// its aliases, an enum name kept for its error) is made stable first, its value copied into a
// buffer of this reader's own.
public sealed partial class YamlReader
{
    private const byte InExtra = 1;
    private const byte InScratch = 2;

    private byte[] _input = Array.Empty<byte>();
    private int _inputLength;
    private Utf8YamlReader _yaml;
    private Utf8YamlException? _yamlFailure; // the input was refused before the first event
    private byte[] _extra = Array.Empty<byte>();
    private int _extraLength;
    private NameTable? _tags;
    private NameTable? _anchorNames;
    private Dictionary<int, YamlEvent[]>? _anchors;
    private List<Recording>? _recordings;

    /// <summary>One event (28 bytes).</summary>
    private struct YamlEvent
    {
        public Utf8YamlEventKind Kind;
        public Utf8YamlScalarStyle Style;
        public byte Flags;

        /// <summary>0: no tag; otherwise its number in <see cref="_tags"/>.</summary>
        public int Tag;

        /// <summary>0: no anchor; otherwise its number in <see cref="_anchorNames"/>. For an alias: the anchor it names.</summary>
        public int Anchor;
        public int Line;
        public int Column;

        /// <summary>Where the scalar's bytes start: in the input, or in the extra buffer with <see cref="InExtra"/>.</summary>
        public int Start;

        /// <summary>How many bytes.</summary>
        public int Length;
    }

    /// <summary>Starts reading <c>_input[0..length)</c>; a refusal of the whole input is met at the first event.</summary>
    private void Open(int length)
    {
        _inputLength = length;
        try
        {
            _yaml = new Utf8YamlReader(_input, length, _options);
        }
        catch (Utf8YamlException ex)
        {
            _yamlFailure = ex;
        }
    }

    /// <summary>The next event of the document. What the YAML reader throws on bad input becomes the parse's final error here.</summary>
    private YamlEvent ReadEvent()
    {
        try
        {
            if (_yamlFailure is not null)
            {
                throw _yamlFailure;
            }

            if (!_yaml.Read())
            {
                throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), "unexpected end of the document", Line, Column);
            }
        }
        catch (Utf8YamlException ex)
        {
            throw Errors.Abort(ex.Code, Path.ToString(), ex.Message, ex.Line, ex.Column);
        }

        var e = new YamlEvent { Kind = _yaml.Kind, Line = _yaml.Line, Column = _yaml.Column };
        switch (e.Kind)
        {
            case Utf8YamlEventKind.Scalar:
                e.Style = _yaml.ScalarStyle;
                e.Length = _yaml.Value.Length;
                if (_yaml.ValueIsRaw)
                {
                    e.Start = _yaml.ValueOffset;
                }
                else
                {
                    e.Flags = InScratch;
                }

                break;
            case Utf8YamlEventKind.Alias:
                e.Anchor = AnchorNumber(_yaml.Value);
                return e;
        }

        if (_yaml.HasTag && !_yaml.Tag.IsEmpty)
        {
            e.Tag = TagNumber(_yaml.Tag);
        }

        if (!_yaml.Anchor.IsEmpty)
        {
            e.Anchor = AnchorNumber(_yaml.Anchor);
        }

        return e;
    }

    /// <summary>Copies a value still in the YAML reader's scratch buffer (valid until its next event) into this reader's own.</summary>
    private void Stabilize(ref YamlEvent e)
    {
        if ((e.Flags & InScratch) == 0)
        {
            return;
        }

        var value = _yaml.Value;
        if (_extraLength + value.Length > _extra.Length)
        {
            var larger = Pool.Rent<byte>(Math.Max(_extra.Length * 2, Math.Max(_extraLength + value.Length, 1024)));
            Buffer.BlockCopy(_extra, 0, larger, 0, _extraLength);
            if (_extra.Length > 0)
            {
                Pool.Return(_extra);
            }

            _extra = larger;
        }

        value.CopyTo(new Span<byte>(_extra, _extraLength, value.Length));
        e.Flags = InExtra;
        e.Start = _extraLength;
        _extraLength += value.Length;
    }

    private int AnchorNumber(ReadOnlySpan<byte> name) => (_anchorNames ??= new NameTable()).Number(name);

    private string AnchorName(int number) => _anchorNames![number];

    /// <summary>An alias: the anchored node's events are read next.</summary>
    private YamlEvent StartReplay(in YamlEvent alias)
    {
        if (_anchors is null || !_anchors.TryGetValue(alias.Anchor, out var events))
        {
            // The YAML reader refuses an alias to an anchor not defined before it; one inside the
            // node it names (&a [*a]) is refused here, the node not being complete.
            throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), $"the alias '*{AnchorName(alias.Anchor)}' names no anchor defined before it", alias.Line, alias.Column);
        }

        PushReplay(events, 1, events.Length);
        return events[0];
    }

    /// <summary>A node with an anchor starts: a scalar is kept at once, a collection's events as they are read.</summary>
    private void BeginRecording(YamlEvent node)
    {
        Stabilize(ref node);
        if (node.Kind == Utf8YamlEventKind.Scalar)
        {
            (_anchors ??= new Dictionary<int, YamlEvent[]>())[node.Anchor] = new[] { node };
            return;
        }

        var recording = new Recording(node.Anchor);
        recording.Events.Add(node);
        recording.Depth = 1;
        (_recordings ??= new List<Recording>()).Add(recording);
    }

    /// <summary>Adds an event to every anchored collection open; one that closes is kept for its aliases.</summary>
    private void Record(YamlEvent next)
    {
        Stabilize(ref next);
        for (var i = _recordings!.Count - 1; i >= 0; i--)
        {
            var recording = _recordings[i];
            recording.Events.Add(next);
            if (recording.Events.Count > _options.MaxAliasExpansion)
            {
                throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"the anchor '&{AnchorName(recording.Anchor)}' holds more than {_options.MaxAliasExpansion} nodes (ParseOptions.MaxAliasExpansion)", next.Line, next.Column);
            }

            if (next.Kind is Utf8YamlEventKind.MappingStart or Utf8YamlEventKind.SequenceStart)
            {
                recording.Depth++;
            }
            else if (next.Kind is Utf8YamlEventKind.MappingEnd or Utf8YamlEventKind.SequenceEnd && --recording.Depth == 0)
            {
                (_anchors ??= new Dictionary<int, YamlEvent[]>())[recording.Anchor] = recording.Events.ToArray();
                _recordings.RemoveAt(i);
            }
        }
    }

    private sealed class Recording
    {
        public Recording(int anchor) => Anchor = anchor;

        public int Anchor { get; }

        public List<YamlEvent> Events { get; } = new();

        public int Depth { get; set; }
    }

    private int TagNumber(ReadOnlySpan<byte> tag) => (_tags ??= new NameTable()).Number(tag);

    /// <summary>Numbers the anchor names or tags of a document (from 1; 0 is none), each decoded once.</summary>
    private sealed class NameTable
    {
        private readonly List<string> _names = new();
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

        public string this[int number] => _names[number - 1];

        public int Number(ReadOnlySpan<byte> utf8)
        {
            var text = utf8.IsEmpty ? string.Empty : Encoding.UTF8.GetString(utf8);
            if (!_numbers.TryGetValue(text, out var number))
            {
                _names.Add(text);
                number = _names.Count;
                _numbers.Add(text, number);
            }

            return number;
        }
    }

    /// <summary>Returns the pooled arrays.</summary>
    private void Release()
    {
        _yaml.Dispose();
        if (_extra.Length > 0)
        {
            Pool.Return(_extra);
            _extra = Array.Empty<byte>();
        }
    }

    /// <summary>The bytes of a scalar event (one in the scratch buffer: the event just read).</summary>
    private ReadOnlySpan<byte> Bytes(in YamlEvent e)
        => (e.Flags & InScratch) != 0 ? _yaml.Value : new((e.Flags & InExtra) != 0 ? _extra : _input, e.Start, e.Length);

    /// <summary>The text of a scalar event (allocates).</summary>
    private string Text(in YamlEvent e)
    {
        if (e.Length == 0)
        {
            return string.Empty;
        }

        var bytes = Bytes(in e);
#if NET8_0_OR_GREATER
        if (((e.Flags & (InScratch | InExtra)) == 0 && _yaml.IsAscii) || Ascii.IsValid(bytes))
        {
            // ASCII is Latin-1: a widening copy, cheaper than the UTF-8 decoder.
            return Encoding.Latin1.GetString(bytes);
        }
#endif
        return StrictUtf8.GetString(bytes);
    }

    /// <summary>The tag of an event; null when it has none.</summary>
    private string? TagOf(in YamlEvent e) => e.Tag == 0 ? null : _tags![e.Tag];

    /// <summary>
    /// The text of a key. Keys repeat (every record of a list has the same ones), so their strings
    /// are kept by their bytes in a table of their own (<see cref="IdStrings"/>) and reused: an
    /// ASCII key allocates the first time only (others, rare, are decoded each time).
    /// </summary>
    private string KeyText(in YamlEvent e) => Shared(_keys ??= new IdStrings(), in e);

    /// <summary>The text of a scalar event, the string <paramref name="table"/> made before for the same bytes when it has one.</summary>
    private string Shared(IdStrings table, in YamlEvent e)
    {
        var utf8 = Bytes(in e);
        if (table.Find(utf8, out var slot) is { } kept)
        {
            return kept;
        }

        var text = Text(in e);
        table.Keep(slot, utf8, text);
        return text;
    }

    private IdStrings? _keys;

    /// <summary>True when the UTF-8 <paramref name="bytes"/> spell <paramref name="text"/>.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes, string text)
    {
        if (bytes.Length == text.Length)
        {
            var i = 0;
            while (i < bytes.Length && bytes[i] < 0x80 && bytes[i] == text[i])
            {
                i++;
            }

            if (i == bytes.Length)
            {
                return true;
            }

            if (bytes[i] < 0x80 && text[i] < 0x80)
            {
                return false;
            }
        }

        // Not plain ASCII on both sides: compare the decoded text (rare).
        return bytes.Length >= text.Length && StrictUtf8.GetCharCount(bytes) == text.Length && StrictUtf8.GetString(bytes) == text;
    }

    /// <summary>
    /// The shared array pool for the buffers of one parse, up to 1 MB. A larger array is not put in
    /// the shared pool, which keeps what it is given: the buffers of one large document would stay
    /// alive, unused, after the parse. The last large byte buffer of each thread is kept only
    /// weakly instead, for the next large parse on the thread to reuse if no full collection has
    /// freed it meanwhile: parsing large documents one after another then does not allocate a
    /// large-object buffer (and, in time, cause a full collection) for each, and an idle program
    /// keeps nothing.
    /// </summary>
    internal static class Pool
    {
        private const int MaxPooledBytes = 1 << 20;

        [ThreadStatic]
        private static WeakReference<byte[]>? t_largeBytes;

        public static T[] Rent<T>(int length)
        {
            if ((long)length * Unsafe.SizeOf<T>() <= MaxPooledBytes)
            {
                return ArrayPool<T>.Shared.Rent(length);
            }

            if (typeof(T) == typeof(byte) && t_largeBytes is { } kept && kept.TryGetTarget(out var bytes) && bytes.Length >= length)
            {
                // Taken out, so that a parse started inside this one (none today) could not share it.
                kept.SetTarget(null!);
                return (T[])(object)bytes;
            }

            return new T[length];
        }

        public static void Return<T>(T[] array)
        {
            if ((long)array.Length * Unsafe.SizeOf<T>() <= MaxPooledBytes)
            {
                ArrayPool<T>.Shared.Return(array);
            }
            else if (array is byte[] bytes)
            {
                if (t_largeBytes is { } kept)
                {
                    kept.SetTarget(bytes);
                }
                else
                {
                    t_largeBytes = new WeakReference<byte[]>(bytes);
                }
            }
        }
    }
}
