using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace NewsSchema.Generated;

/// <summary>
/// Collects the items of a list while it is parsed: the first eight in the builder itself (on the
/// stack of the generated reader), the rest in a buffer rented from the shared pool.
/// <see cref="ToList"/> copies them once into an exact array that becomes the finished
/// <see cref="EquatableList{T}"/>, and returns the buffer. A <c>List&lt;T&gt;</c> copied into the
/// finished list would allocate every size it grew through and then the list again; and most lists
/// in data are short, so most never touch the pool.
/// </summary>
/// <remarks>A buffer not returned (a parse stopped by a limit) is left to the garbage collector.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ListBuilder<T>
{
    private const int InlineCount = 8;
    private Inline _inline;
    private T[]? _buffer;
    private int _count;

    /// <summary>How many items so far.</summary>
    public readonly int Count => _count;

    /// <summary>Adds <paramref name="item"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        var count = _count;
        if (count < InlineCount)
        {
            _inline[count] = item;
        }
        else
        {
            AddToBuffer(item);
        }

        _count = count + 1;
    }

    /// <summary>The finished list, and the buffer back to the pool; the builder is empty after.</summary>
    public EquatableList<T> ToList()
    {
        var count = _count;
        if (count == 0)
        {
            return EquatableList<T>.Empty;
        }

        var items = new T[count];
        ReadOnlySpan<T> first = _inline;
        first.Slice(0, Math.Min(count, InlineCount)).CopyTo(items);
        if (_buffer is { } buffer)
        {
            Array.Copy(buffer, 0, items, InlineCount, count - InlineCount);
            Return(buffer);
            _buffer = null;
        }

        _inline = default;
        _count = 0;
        return EquatableList<T>.Wrap(items);
    }

    /// <summary>Item <see cref="InlineCount"/> and later, into the rented buffer (index <c>count - InlineCount</c>).</summary>
    private void AddToBuffer(T item)
    {
        var at = _count - InlineCount;
        var buffer = _buffer;
        if (buffer is null || at == buffer.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(buffer is null ? InlineCount : buffer.Length * 2);
            if (buffer is not null)
            {
                Array.Copy(buffer, larger, at);
                Return(buffer);
            }

            _buffer = buffer = larger;
        }

        buffer[at] = item;
    }

    private static void Return(T[] buffer) => ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());

    /// <summary>Room for the first items, inside the builder.</summary>
    [InlineArray(InlineCount)]
    private struct Inline
    {
        private T _first;
    }
}
