using System;
using System.Buffers;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace NewsSchema.Generated;

/// <summary>
/// Collects the items of a list while it is parsed, in a buffer rented from the shared pool;
/// <see cref="ToList"/> copies them once into an exact array that becomes the finished
/// <see cref="EquatableList{T}"/>, and returns the buffer. A <c>List&lt;T&gt;</c> copied into the
/// finished list would allocate every size it grew through and then the list again.
/// </summary>
/// <remarks>A buffer not returned (a parse stopped by a limit) is left to the garbage collector.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ListBuilder<T>
{
    private T[]? _buffer;
    private int _count;

    /// <summary>How many items so far.</summary>
    public readonly int Count => _count;

    /// <summary>Adds <paramref name="item"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        var buffer = _buffer;
        if (buffer is null || _count == buffer.Length)
        {
            buffer = Grow();
        }

        buffer[_count++] = item;
    }

    /// <summary>The finished list, and the buffer back to the pool; the builder is empty after.</summary>
    public EquatableList<T> ToList()
    {
        if (_buffer is null)
        {
            return EquatableList<T>.Empty;
        }

        var items = new T[_count];
        Array.Copy(_buffer, items, _count);
        Return(_buffer);
        _buffer = null;
        _count = 0;
        return EquatableList<T>.Wrap(items);
    }

    private T[] Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(_buffer is null ? 8 : _buffer.Length * 2);
        if (_buffer is not null)
        {
            Array.Copy(_buffer, larger, _count);
            Return(_buffer);
        }

        _buffer = larger;
        return larger;
    }

    private static void Return(T[] buffer) => ArrayPool<T>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
}
