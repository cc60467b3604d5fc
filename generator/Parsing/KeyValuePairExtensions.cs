using System.Collections.Generic;

namespace NewsSchema.Generator.Parsing;

/// <summary>Deconstruction of a <see cref="KeyValuePair{TKey, TValue}"/>, which netstandard2.0 lacks.</summary>
internal static class KeyValuePairExtensions
{
    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value)
    {
        key = pair.Key;
        value = pair.Value;
    }
}
