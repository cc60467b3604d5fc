using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>
/// The strings of the ids and references one parse has read, found again by their UTF-8 bytes.
/// References repeat (a meeting's participants name the same actors again and again), so a
/// reference read before, or the id of the entity it names, gives back the string made then,
/// without decoding or allocating. Every record keeps its own value, only the string is shared.
/// </summary>
/// <remarks>
/// A cache, not a dictionary: each slot keeps the last string whose bytes hashed to it, so a miss
/// costs one decode, as without the table, and the table never grows past <see cref="MaxSlots"/>
/// however the data is made. It starts small (a parse of one record allocates little) and grows
/// when it misses often. Only ASCII text of at most <see cref="MaxLength"/> bytes is looked up:
/// that is every id the id pattern of the news schemas allows, and the compare is one vectorized
/// call.
/// </remarks>
internal sealed class IdStrings
{
    /// <summary>The longest id looked up, in bytes; longer ones are decoded each time.</summary>
    public const int MaxLength = 64;

    private const int FirstSlots = 64;
    private const int MaxSlots = 4096;

    private string?[] _slots = new string?[FirstSlots];
    private int _misses;

    /// <summary>The string of <paramref name="utf8"/> kept by an earlier <see cref="Keep"/>, or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength)
        {
            return null;
        }

        var kept = _slots[Hash(utf8) & (_slots.Length - 1)];
        return kept is not null && kept.Length == utf8.Length && Ascii.Equals(utf8, kept) ? kept : null;
    }

    /// <summary>Keeps <paramref name="text"/>, the text of <paramref name="utf8"/>, for the next <see cref="Find"/> of the same bytes.</summary>
    public void Keep(ReadOnlySpan<byte> utf8, string text)
    {
        if (utf8.Length > MaxLength || text.Length != utf8.Length)
        {
            // Too long, or not ASCII (UTF-8 spends more bytes than UTF-16 units on anything else).
            return;
        }

        if (++_misses > 2 * _slots.Length && _slots.Length < MaxSlots)
        {
            // Many different ids: a larger table (what the smaller one held is found again on the next miss).
            _slots = new string?[_slots.Length * 8];
            _misses = 0;
        }

        _slots[Hash(utf8) & (_slots.Length - 1)] = text;
    }

    /// <summary>
    /// A hash of the length and the first and last eight bytes (four, or each byte, for shorter
    /// text): ids differ at their ends (<c>actor-0041</c>, <c>actor-0042</c>). Text that differs only
    /// in the middle shares a slot, which costs misses, never a wrong string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        ulong first;
        ulong last;
        if (utf8.Length >= 8)
        {
            first = MemoryMarshal.Read<ulong>(utf8);
            last = MemoryMarshal.Read<ulong>(utf8.Slice(utf8.Length - 8));
        }
        else if (utf8.Length >= 4)
        {
            first = MemoryMarshal.Read<uint>(utf8);
            last = MemoryMarshal.Read<uint>(utf8.Slice(utf8.Length - 4));
        }
        else
        {
            first = utf8.Length > 0 ? utf8[0] : 0u;
            last = utf8.Length > 1 ? ((ulong)utf8[1] << 8) | utf8[utf8.Length - 1] : 0u;
        }

        var hash = ((first * 0x9E3779B97F4A7C15UL) ^ (last + (ulong)utf8.Length)) * 0xC2B2AE3D27D4EB4FUL;
        return (int)(hash >> 40);
    }
}
