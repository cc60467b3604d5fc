using System;
using System.Runtime.CompilerServices;

namespace NewsSchema.Generated;

// The UTF-8 YAML reader: anchors and the replay of aliases.
public partial struct Utf8YamlReader
{
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
