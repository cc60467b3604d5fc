using System;
using System.Buffers;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsSchema.Generated;

// The YAML reader: the tape. Utf8YamlReader is a ref struct over a span, which a class cannot
// keep, so the document is read once, ahead, into a pooled array of small event structs (kind,
// style, tag, position, where the value's bytes are); the record readers then walk that array.
// An anchored node is a range of the array, and an alias replays it. An error of the YAML reader
// (malformed text, a refused form, a limit) is the tape's last event: reading reaches it after
// the events before it, so the errors found in them come first, as they do when reading lazily.
public sealed partial class YamlReader
{
    private const byte InExtra = 1;

    private byte[] _input = Array.Empty<byte>();
    private byte[] _extra = Array.Empty<byte>();
    private int _extraLength;
    private TapeEvent[] _events = Array.Empty<TapeEvent>();
    private int _count;
    private List<string>? _tags;
    private Dictionary<string, int>? _tagIndex;
    private string _failureCode = DataErrorCodes.Syntax;
    private string _failureMessage = string.Empty;

    /// <summary>One event of the tape (24 bytes).</summary>
    private struct TapeEvent
    {
        public Utf8YamlEventKind Kind;
        public Utf8YamlScalarStyle Style;
        public byte Flags;

        /// <summary>0: no tag; otherwise 1 + its index in <see cref="_tags"/>.</summary>
        public int Tag;
        public int Line;
        public int Column;

        /// <summary>A scalar: where its bytes start (in the input, or in the extra buffer with <see cref="InExtra"/>). An alias: the first event it replays.</summary>
        public int Start;

        /// <summary>A scalar: how many bytes. An alias: how many events.</summary>
        public int Length;
    }

    /// <summary>
    /// Reads the whole document in <c>_input[0..length)</c> into the tape. Never throws for bad
    /// input: a <see cref="Utf8YamlException"/> becomes the last event (kind <c>None</c>).
    /// </summary>
    private void BuildTape(int length)
    {
        // A document of n bytes has at most about n/2 events; start small and grow by doubling.
        // A document of n bytes has about n/10 events (n/8 for short keys and values).
        _events = Pool.Rent<TapeEvent>(Math.Max(64, length / 8));
        Dictionary<string, (int Start, int Count)>? anchors = null;
        (string Name, int Start, int Depth)[]? open = null;
        var openCount = 0;
        var depth = 0;
        Utf8YamlReader reader = default;
        try
        {
            reader = new Utf8YamlReader(new ReadOnlySpan<byte>(_input, 0, length), _options);
            while (reader.Read())
            {
                ref var e = ref Append();
                e.Kind = reader.Kind;
                e.Line = reader.Line;
                e.Column = reader.Column;

                // An anchored node longer than the alias limit could never be replayed: refuse it
                // where it crosses the limit (the outermost open anchor holds the most events).
                if (openCount > 0 && _count - open![0].Start > _options.MaxAliasExpansion)
                {
                    _count--; // the error takes the event's place: it is met as that event is

                    throw new Utf8YamlException(DataErrorCodes.Limit, Utf8YamlRefusal.None, $"the anchor '&{open[0].Name}' holds more than {_options.MaxAliasExpansion} nodes (ParseOptions.MaxAliasExpansion)", reader.Line, reader.Column, reader.Offset);
                }

                switch (reader.Kind)
                {
                    case Utf8YamlEventKind.Scalar:
                        e.Style = reader.ScalarStyle;
                        SetValue(ref e, ref reader);
                        break;
                    case Utf8YamlEventKind.MappingStart:
                    case Utf8YamlEventKind.SequenceStart:
                        depth++;
                        break;
                    case Utf8YamlEventKind.MappingEnd:
                    case Utf8YamlEventKind.SequenceEnd:
                        depth--;
                        if (openCount > 0 && open![openCount - 1].Depth == depth)
                        {
                            var anchor = open[--openCount];
                            (anchors ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal))[anchor.Name] = (anchor.Start, _count - anchor.Start);
                        }

                        break;
                    case Utf8YamlEventKind.Alias:
                        var name = Encoding.UTF8.GetString(reader.Value);
                        if (anchors is null || !anchors.TryGetValue(name, out var range))
                        {
                            // The YAML reader refuses an alias to an anchor not defined before it;
                            // one inside the node it names (&a [*a]) is refused here the same way.
                            throw new Utf8YamlException(DataErrorCodes.Syntax, Utf8YamlRefusal.None, $"the alias '*{name}' names no anchor defined before it", reader.Line, reader.Column, reader.Offset);
                        }

                        e.Start = range.Start;
                        e.Length = range.Count;
                        break;
                }

                if (reader.HasTag && !reader.Tag.IsEmpty)
                {
                    e.Tag = TagNumber(reader.Tag);
                }

                if ((reader.Kind is Utf8YamlEventKind.Scalar or Utf8YamlEventKind.MappingStart or Utf8YamlEventKind.SequenceStart) && !reader.Anchor.IsEmpty)
                {
                    var name = Encoding.UTF8.GetString(reader.Anchor);
                    if (reader.Kind == Utf8YamlEventKind.Scalar)
                    {
                        (anchors ??= new Dictionary<string, (int, int)>(StringComparer.Ordinal))[name] = (_count - 1, 1);
                    }
                    else
                    {
                        open ??= new (string, int, int)[4];
                        if (openCount == open.Length)
                        {
                            Array.Resize(ref open, openCount * 2);
                        }

                        open[openCount++] = (name, _count - 1, depth - 1);
                    }
                }

            }
        }
        catch (Utf8YamlException ex)
        {
            ref var e = ref Append();
            e.Kind = Utf8YamlEventKind.None;
            e.Line = ex.Line;
            e.Column = ex.Column;
            _failureCode = ex.Code;
            _failureMessage = ex.Message;
        }
        finally
        {
            reader.Dispose();
        }
    }

    private ref TapeEvent Append()
    {
        if (_count == _events.Length)
        {
            var larger = Pool.Rent<TapeEvent>(_count * 2);
            Array.Copy(_events, larger, _count);
            Pool.Return(_events);
            _events = larger;
        }

        ref var e = ref _events[_count++];
        e = default;
        return ref e;
    }

    /// <summary>Keeps where the scalar's bytes are: a slice of the input, or a copy in the extra buffer.</summary>
    private void SetValue(ref TapeEvent e, ref Utf8YamlReader reader)
    {
        var value = reader.Value;
        if (reader.ValueIsRaw)
        {
            e.Start = reader.ValueOffset;
            e.Length = value.Length;
            return;
        }

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
        e.Flags |= InExtra;
        e.Start = _extraLength;
        e.Length = value.Length;
        _extraLength += value.Length;
    }

    private int TagNumber(ReadOnlySpan<byte> tag)
    {
        var text = tag.IsEmpty ? string.Empty : Encoding.UTF8.GetString(tag);
        _tags ??= new List<string>();
        _tagIndex ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_tagIndex.TryGetValue(text, out var index))
        {
            index = _tags.Count;
            _tags.Add(text);
            _tagIndex.Add(text, index);
        }

        return index + 1;
    }

    /// <summary>Returns the pooled arrays of the tape.</summary>
    private void ReleaseTape()
    {
        if (_events.Length > 0)
        {
            Pool.Return(_events);
            _events = Array.Empty<TapeEvent>();
        }

        if (_extra.Length > 0)
        {
            Pool.Return(_extra);
            _extra = Array.Empty<byte>();
        }
    }

    /// <summary>The bytes of a scalar event.</summary>
    private ReadOnlySpan<byte> Bytes(in TapeEvent e)
        => new((e.Flags & InExtra) != 0 ? _extra : _input, e.Start, e.Length);

    /// <summary>The text of a scalar event (allocates).</summary>
    private string Text(in TapeEvent e)
        => e.Length == 0 ? string.Empty : StrictUtf8.GetString((e.Flags & InExtra) != 0 ? _extra : _input, e.Start, e.Length);

    /// <summary>The tag of an event; null when it has none.</summary>
    private string? TagOf(in TapeEvent e) => e.Tag == 0 ? null : _tags![e.Tag - 1];

    /// <summary>
    /// The text of a key. Keys repeat (every record of a list has the same ones), so their strings
    /// are kept in a small table by their bytes and reused: a key allocates the first time only.
    /// </summary>
    private string KeyText(in TapeEvent e)
    {
        var bytes = Bytes(in e);
        if (bytes.Length > 64)
        {
            return Text(in e);
        }

        var hash = 2166136261u;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * 16777619u;
        }

        _keys ??= new KeyEntry[256];
        ref var slot = ref _keys[(int)(hash & 255)];
        if (slot.Text is not null && slot.Hash == hash && bytes.SequenceEqual(slot.Utf8))
        {
            return slot.Text;
        }

        slot = new KeyEntry { Hash = hash, Utf8 = bytes.ToArray(), Text = Text(in e) };
        return slot.Text;
    }

    private KeyEntry[]? _keys;

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

    private struct KeyEntry
    {
        public uint Hash;
        public byte[] Utf8;
        public string? Text;
    }

    /// <summary>
    /// The shared array pool for the buffers of one parse, up to 1 MB. A larger array is allocated
    /// and left to the collector: the shared pool keeps what it is given, so the buffers of one
    /// large document would otherwise stay alive, unused, after the parse.
    /// </summary>
    internal static class Pool
    {
        private const int MaxPooledBytes = 1 << 20;

        public static T[] Rent<T>(int length)
            => (long)length * Unsafe.SizeOf<T>() <= MaxPooledBytes ? ArrayPool<T>.Shared.Rent(length) : new T[length];

        public static void Return<T>(T[] array)
        {
            if ((long)array.Length * Unsafe.SizeOf<T>() <= MaxPooledBytes)
            {
                ArrayPool<T>.Shared.Return(array);
            }
        }
    }
}
