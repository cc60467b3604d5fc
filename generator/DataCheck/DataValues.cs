using NewsSchema.Generated;
using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.DataCheck;

// The values the build-time check reads data into. They stand for the generated records,
// lists and maps, with the same equality (uniqueItems compares them): a record equals another
// of the same concrete type with equal fields; lists compare item by item; maps compare by key,
// in any order. Scalars are the .NET values the generated code holds (int, decimal,
// DateOnly, DateTimeOffset, Uri, ...), whose own Equals the generated records use; ids and
// enum values are their wire text, which compares as the id structs and enums do.

/// <summary>A record or entity read from data.</summary>
internal sealed class RecordValue : IEquatable<RecordValue>
{
    public RecordValue(TypeModel type, object?[] fields)
    {
        Type = type;
        Fields = fields;
    }

    public TypeModel Type { get; }

    /// <summary>One value per member (the implicit id first for an entity); null when absent.</summary>
    public object?[] Fields { get; }

    public bool Equals(RecordValue? other)
    {
        if (other is null || !string.Equals(Type.FullName, other.Type.FullName, StringComparison.Ordinal) || Fields.Length != other.Fields.Length)
        {
            return false;
        }

        for (var i = 0; i < Fields.Length; i++)
        {
            if (!Equals(Fields[i], other.Fields[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is RecordValue other && Equals(other);

    public override int GetHashCode()
    {
        var hash = StringComparer.Ordinal.GetHashCode(Type.FullName);
        foreach (var field in Fields)
        {
            hash = unchecked((hash * 31) + (field?.GetHashCode() ?? 0));
        }

        return hash;
    }
}

/// <summary>A list read from data.</summary>
internal sealed class ListValue : IEquatable<ListValue>
{
    public static readonly ListValue Empty = new(new List<object>());

    public ListValue(List<object> items) => Items = items;

    public List<object> Items { get; }

    public bool Equals(ListValue? other) => other is not null && Items.SequenceEqual(other.Items);

    public override bool Equals(object? obj) => obj is ListValue other && Equals(other);

    public override int GetHashCode()
    {
        var hash = Items.Count;
        foreach (var item in Items)
        {
            hash = unchecked((hash * 31) + item.GetHashCode());
        }

        return hash;
    }
}

/// <summary>A map read from data, in file order.</summary>
internal sealed class MapValue : IEquatable<MapValue>
{
    public static readonly MapValue Empty = new();

    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public List<KeyValuePair<string, object>> Entries { get; } = new();

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public void Add(string key, object value)
    {
        if (!_values.ContainsKey(key))
        {
            _values.Add(key, value);
            Entries.Add(new KeyValuePair<string, object>(key, value));
        }
    }

    public bool Equals(MapValue? other)
    {
        if (other is null || other._values.Count != _values.Count)
        {
            return false;
        }

        foreach (var entry in Entries)
        {
            if (!other._values.TryGetValue(entry.Key, out var value) || !Equals(entry.Value, value))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is MapValue other && Equals(other);

    public override int GetHashCode()
    {
        var sum = 0;
        foreach (var entry in Entries)
        {
            sum = unchecked(sum + (StringComparer.Ordinal.GetHashCode(entry.Key) ^ entry.Value.GetHashCode()));
        }

        return sum;
    }
}
