using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace NewsSchema;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in
/// the same order, and equal lists have equal hash codes. Generated records store their
/// <c>list&lt;T&gt;</c> fields in it, so record equality covers list contents.
/// </summary>
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    /// <summary>The empty list.</summary>
    public static readonly EquatableList<T> Empty = new(Array.Empty<T>());

    private readonly T[] _items;

    private EquatableList(T[] items) => _items = items;

    /// <summary>Wraps an array the caller will never change again (no copy).</summary>
    internal static EquatableList<T> Wrap(T[] items) => items.Length == 0 ? Empty : new EquatableList<T>(items);

    /// <summary>Copies <paramref name="items"/> into a new list; returns it unchanged when it already is one.</summary>
    public static EquatableList<T> From(IEnumerable<T>? items)
    {
        switch (items)
        {
            case null:
                return Empty;
            case EquatableList<T> list:
                return list;
            case ICollection<T> collection:
                if (collection.Count == 0)
                {
                    return Empty;
                }

                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                return new EquatableList<T>(array);
            default:
                return Wrap(new List<T>(items).ToArray());
        }
    }

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc />
    public bool Equals(EquatableList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = ValueEquality.Comparer<T>();
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_items.Length);
        var comparer = ValueEquality.Comparer<T>();
        foreach (var item in _items)
        {
            hash.Add(item is null ? 0 : comparer.GetHashCode(item));
        }

        return hash.ToHashCode();
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableList<T>? left, EquatableList<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableList<T>? left, EquatableList<T>? right) => !(left == right);

    /// <summary>Enumerates without allocating.</summary>
    public ArraySegment<T>.Enumerator GetEnumerator() => new ArraySegment<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Like <c>[a, b, c]</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < _items.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(_items[i]);
        }

        return builder.Append(']').ToString();
    }
}

/// <summary>Factory helpers for <see cref="EquatableList{T}"/>.</summary>
public static class EquatableList
{
    /// <summary>A list holding <paramref name="items"/>.</summary>
    public static EquatableList<T> Create<T>(params T[] items) => EquatableList<T>.From(items);

    /// <summary>Copies any sequence into an <see cref="EquatableList{T}"/> (no copy when it already is one).</summary>
    public static EquatableList<T> From<T>(IEnumerable<T>? items) => EquatableList<T>.From(items);

    /// <summary>
    /// Like <see cref="From{T}(IEnumerable{T})"/> for lists of lists or maps: every item goes
    /// through <paramref name="normalize"/> too, so nested collections also compare by value.
    /// No copy when the list and all its items already are equatable.
    /// </summary>
    public static EquatableList<T> Deep<T>(IEnumerable<T>? items, Func<T, T> normalize)
    {
        // The same no-copy check as EquatableMap.Deep, over items here and over entries' values there.
        if (items is EquatableList<T> list)
        {
            var same = true;
            foreach (var item in list)
            {
                if (!ReferenceEquals(normalize(item), item))
                {
                    same = false;
                    break;
                }
            }

            if (same)
            {
                return list;
            }
        }

        if (items is null)
        {
            return EquatableList<T>.Empty;
        }

        var copy = new List<T>();
        foreach (var item in items)
        {
            copy.Add(normalize(item));
        }

        return EquatableList<T>.From(copy);
    }
}
