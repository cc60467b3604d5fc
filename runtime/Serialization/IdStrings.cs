using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>
/// The strings one parse has made for text that repeats, found again by their UTF-8 bytes: the
/// references it read (a meeting's participants name the same actors again and again) and, in its
/// own table, the keys of the YAML reader (every record of a list has the same ones). Text read
/// before gives back the string made then, without decoding or allocating. Every record keeps its
/// own value, only the string is shared. (An entity's own id is read once per entity, so the
/// generated readers do not look it up: it would only push references out.)
/// </summary>
/// <remarks>
/// A cache, not a dictionary: each slot keeps the last string whose bytes hashed to it, so a miss
/// costs one decode, as without the table, and the table never grows past <see cref="MaxSlots"/>
/// however the data is made. It starts at a size for the document's length (a parse of one
/// record allocates little) and grows, keeping what it held, when it has had to replace many
/// strings. Only ASCII text of at most <see cref="MaxLength"/> bytes is looked up:
/// that is every id the id pattern of the news schemas allows, and the compare is one vectorized
/// call.
/// </remarks>
internal sealed class IdStrings
{
    /// <summary>The longest id looked up, in bytes; longer ones are decoded each time.</summary>
    public const int MaxLength = 64;

    /// <summary>
    /// The longest string value, in UTF-8 bytes, that the readers' <c>ReadString</c> looks up: short
    /// values (topics, tags) repeat; longer text (titles, summaries) rarely does, and would cost a hash.
    /// </summary>
    public const int ShortValueLength = 32;

    private const int FirstSlots = 64;

    /// <summary>
    /// The most slots: 65,536 (512 KiB of references, for a document of 8 MB or more). A catalog of
    /// 100,000 entities refers to about 7,000 distinct ids; with as many slots as ids, a third of
    /// them would share a slot with another and be decoded again and again.
    /// </summary>
    private const int MaxSlots = 1 << 16;

    /// <summary>Slots per bank: 8,192 references, 64 KiB, below the large-object heap, which a table made for each parse must not reach.</summary>
    private const int BankShift = 13;
    private const int BankSlots = 1 << BankShift;

    /// <summary>About one slot for this many bytes of document: the distinct values a document holds grow with it.</summary>
    private const int BytesPerSlot = 128;

    private string?[][] _banks;
    private int _slotCount;
    private int _evictions;

    /// <summary>A table for a document of <paramref name="documentLength"/> bytes: small for one record, larger from the start for a large file (so it does not grow, rehashing, during the parse).</summary>
    public IdStrings(long documentLength = 0)
    {
        var slots = FirstSlots;
        while (slots < MaxSlots && (long)slots * BytesPerSlot < documentLength)
        {
            slots *= 2;
        }

        _banks = MakeBanks(slots);
        _slotCount = slots;
    }

    /// <summary>
    /// The string of <paramref name="utf8"/> kept by an earlier <see cref="Keep"/>, or null; then
    /// <paramref name="slot"/> is where <see cref="Keep"/> puts the string made instead (-1: not kept).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? Find(ReadOnlySpan<byte> utf8, out int slot)
    {
        if (utf8.Length > MaxLength)
        {
            slot = -1;
            return null;
        }

        slot = Hash(utf8) & (_slotCount - 1);
        var kept = _banks[slot >> BankShift][slot & (BankSlots - 1)];
        return kept is not null && kept.Length == utf8.Length && Ascii.Equals(utf8, kept) ? kept : null;
    }

    /// <summary>Keeps <paramref name="text"/>, the text of <paramref name="utf8"/>, in <paramref name="slot"/> (from <see cref="Find"/>) for the next <see cref="Find"/> of the same bytes.</summary>
    public void Keep(int slot, ReadOnlySpan<byte> utf8, string text)
    {
        if (slot < 0 || text.Length != utf8.Length)
        {
            // Too long, or not ASCII (UTF-8 spends more bytes than UTF-16 units on anything else).
            return;
        }

        ref var kept = ref _banks[slot >> BankShift][slot & (BankSlots - 1)];
        if (kept is not null && ++_evictions > _slotCount / 8 && _slotCount < MaxSlots)
        {
            // Many different strings: a larger table, before this one forgets more of them.
            Grow();
            slot = Hash(utf8) & (_slotCount - 1);
            kept = ref _banks[slot >> BankShift][slot & (BankSlots - 1)];
        }

        kept = text;
    }

    /// <summary>
    /// The slots in banks of at most <see cref="BankSlots"/>: slot <c>s</c> is
    /// <c>banks[s &gt;&gt; BankShift][s &amp; (BankSlots - 1)]</c>.
    /// </summary>
    private static string?[][] MakeBanks(int slots)
    {
        var banks = new string?[Math.Max(1, slots / BankSlots)][];
        for (var i = 0; i < banks.Length; i++)
        {
            banks[i] = new string?[Math.Min(slots, BankSlots)];
        }

        return banks;
    }

    /// <summary>Many different references: a table eight times larger (at most <see cref="MaxSlots"/>), holding what the smaller one held.</summary>
    private void Grow()
    {
        var old = _banks;
        _slotCount = Math.Min(_slotCount * 8, MaxSlots);
        _banks = MakeBanks(_slotCount);
        _evictions = 0;
        Span<byte> utf8 = stackalloc byte[MaxLength];
        foreach (var bank in old)
        {
            foreach (var text in bank)
            {
                if (text is not null)
                {
                    // Kept strings are ASCII: their bytes are their characters.
                    for (var i = 0; i < text.Length; i++)
                    {
                        utf8[i] = (byte)text[i];
                    }

                    var slot = Hash(utf8.Slice(0, text.Length)) & (_slotCount - 1);
                    _banks[slot >> BankShift][slot & (BankSlots - 1)] = text;
                }
            }
        }
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

        // Multiplying moves a difference only upwards, and ids differ in their last bytes (the high
        // ones of a little-endian read): each shift folds the high bits down before the next step.
        var hash = (first * 0x9E3779B97F4A7C15UL) ^ (last + (ulong)utf8.Length);
        hash ^= hash >> 29;
        hash *= 0xC2B2AE3D27D4EB4FUL;
        hash ^= hash >> 32;
        return (int)(hash & 0x7FFFFFFF);
    }
}
