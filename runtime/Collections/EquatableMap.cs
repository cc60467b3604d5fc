using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace NewsSchema;

/// <summary>
/// An immutable string-keyed map with value equality: equal when both have the same keys
/// mapping to equal values, whatever the order. Enumeration keeps insertion order, so writers
/// emit keys in the order they were read. Generated records store <c>map&lt;T&gt;</c> fields in it.
/// </summary>
public sealed class EquatableMap<TValue> : IReadOnlyDictionary<string, TValue>, IEquatable<EquatableMap<TValue>>
{
    /// <summary>The empty map.</summary>
    public static readonly EquatableMap<TValue> Empty = new(Array.Empty<KeyValuePair<string, TValue>>(), null);

    private readonly KeyValuePair<string, TValue>[] _entries;
    private readonly Dictionary<string, int>? _index;

    private EquatableMap(KeyValuePair<string, TValue>[] entries, Dictionary<string, int>? index)
    {
        _entries = entries;
        _index = index;
    }

    /// <summary>Copies <paramref name="items"/> (keys must be distinct); returns it unchanged when it already is one.</summary>
    public static EquatableMap<TValue> From(IEnumerable<KeyValuePair<string, TValue>>? items)
    {
        if (items is null)
        {
            return Empty;
        }

        if (items is EquatableMap<TValue> map)
        {
            return map;
        }

        var builder = new Builder();
        foreach (var pair in items)
        {
            if (!builder.TryAdd(pair.Key, pair.Value))
            {
                throw new ArgumentException($"The key '{pair.Key}' appears more than once.", nameof(items));
            }
        }

        return builder.ToMap();
    }

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the map.");

    /// <inheritdoc />
    public IEnumerable<string> Keys
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Key;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerable<TValue> Values
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Value;
            }
        }
    }

    /// <summary>The entries in insertion order.</summary>
    public ReadOnlySpan<KeyValuePair<string, TValue>> Entries => _entries;

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var i = IndexOf(key);
        if (i < 0)
        {
            value = default;
            return false;
        }

        value = _entries[i].Value;
        return true;
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var i) ? i : -1;
        }

        for (var i = 0; i < _entries.Length; i++)
        {
            if (string.Equals(_entries[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public bool Equals(EquatableMap<TValue>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._entries.Length != _entries.Length)
        {
            return false;
        }

        var comparer = ValueEquality.Comparer<TValue>();
        foreach (var entry in _entries)
        {
            if (!other.TryGetValue(entry.Key, out var value) || !comparer.Equals(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableMap<TValue> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-insensitive: equal maps in any order hash alike.
        var sum = 0;
        var comparer = ValueEquality.Comparer<TValue>();
        foreach (var entry in _entries)
        {
            sum = unchecked(sum + HashCode.Combine(StringComparer.Ordinal.GetHashCode(entry.Key), entry.Value is null ? 0 : comparer.GetHashCode(entry.Value)));
        }

        return HashCode.Combine(_entries.Length, sum);
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableMap<TValue>? left, EquatableMap<TValue>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableMap<TValue>? left, EquatableMap<TValue>? right) => !(left == right);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Like <c>{a: 1, b: 2}</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < _entries.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            builder.Append(_entries[i].Key).Append(": ").Append(_entries[i].Value);
        }

        return builder.Append('}').ToString();
    }

    /// <summary>Builds a map entry by entry; used by the generated parsers.</summary>
    public sealed class Builder
    {
        private readonly List<KeyValuePair<string, TValue>> _entries = new();
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        /// <summary>Adds an entry; false when the key is already there.</summary>
        public bool TryAdd(string key, TValue value)
        {
            if (!_index.TryAdd(key, _entries.Count))
            {
                return false;
            }

            _entries.Add(new KeyValuePair<string, TValue>(key, value));
            return true;
        }

        /// <summary>True when <paramref name="key"/> was added.</summary>
        public bool ContainsKey(string key) => _index.ContainsKey(key);

        /// <summary>How many entries were added (the index the next one gets, as in the finished map).</summary>
        public int Count => _entries.Count;

        /// <summary>The finished map.</summary>
        public EquatableMap<TValue> ToMap()
            => _entries.Count == 0 ? Empty : new EquatableMap<TValue>(_entries.ToArray(), _entries.Count > 8 ? new Dictionary<string, int>(_index, StringComparer.Ordinal) : null);
    }
}

/// <summary>Factory helpers for <see cref="EquatableMap{TValue}"/>.</summary>
public static class EquatableMap
{
    /// <summary>Copies any dictionary into an <see cref="EquatableMap{TValue}"/> (no copy when it already is one).</summary>
    public static EquatableMap<TValue> From<TValue>(IEnumerable<KeyValuePair<string, TValue>>? items) => EquatableMap<TValue>.From(items);

    /// <summary>
    /// Like <see cref="From{TValue}(IEnumerable{KeyValuePair{string, TValue}})"/> for maps of lists
    /// or maps: every value goes through <paramref name="normalize"/> too, so nested collections also
    /// compare by value. No copy when the map and all its values already are equatable.
    /// </summary>
    public static EquatableMap<TValue> Deep<TValue>(IEnumerable<KeyValuePair<string, TValue>>? items, Func<TValue, TValue> normalize)
    {
        // The same no-copy check as EquatableList.Deep, over the entries' values (a span of pairs, not of values).
        if (items is EquatableMap<TValue> map)
        {
            var same = true;
            foreach (var entry in map.Entries)
            {
                if (!ReferenceEquals(normalize(entry.Value), entry.Value))
                {
                    same = false;
                    break;
                }
            }

            if (same)
            {
                return map;
            }
        }

        if (items is null)
        {
            return EquatableMap<TValue>.Empty;
        }

        var builder = new EquatableMap<TValue>.Builder();
        foreach (var pair in items)
        {
            if (!builder.TryAdd(pair.Key, normalize(pair.Value)))
            {
                throw new ArgumentException($"The key '{pair.Key}' appears more than once.", nameof(items));
            }
        }

        return builder.ToMap();
    }
}
