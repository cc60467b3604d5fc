using System;
using System.Buffers;

namespace NewsSchema.Generated;

/// <summary>
/// A copy of a document's bytes that a parse keeps for the second parse that makes its positions
/// when they are first asked for (docs/decisions.md, "Positions made when asked for"): the caller's
/// span cannot be kept. In chunks of 64 KiB, below the large-object threshold, so a large
/// document's copy is an ordinary young allocation, collected with the result, and never a
/// large-object one that only a full collection frees.
/// </summary>
internal sealed class KeptBytes
{
    private const int ChunkSize = 64 * 1024;

    private readonly byte[][] _chunks;
    private readonly int _length;

    private KeptBytes(byte[][] chunks, int length)
    {
        _chunks = chunks;
        _length = length;
    }

    /// <summary>A copy of <paramref name="bytes"/>.</summary>
    public static KeptBytes Of(ReadOnlySpan<byte> bytes)
    {
        var chunks = new byte[(bytes.Length + ChunkSize - 1) / ChunkSize][];
        for (var i = 0; i < chunks.Length; i++)
        {
            var part = bytes.Slice(i * ChunkSize, Math.Min(ChunkSize, bytes.Length - (i * ChunkSize)));
            chunks[i] = GC.AllocateUninitializedArray<byte>(part.Length);
            part.CopyTo(chunks[i]);
        }

        return new KeptBytes(chunks, bytes.Length);
    }

    /// <summary>The bytes in one pooled array (its first <paramref name="length"/> bytes), which the caller returns to <see cref="ArrayPool{T}.Shared"/>.</summary>
    public byte[] Rent(out int length)
    {
        var whole = ArrayPool<byte>.Shared.Rent(Math.Max(_length, 1));
        var at = 0;
        foreach (var chunk in _chunks)
        {
            chunk.CopyTo(whole, at);
            at += chunk.Length;
        }

        length = _length;
        return whole;
    }
}
