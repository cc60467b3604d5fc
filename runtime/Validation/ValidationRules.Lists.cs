using System.Collections.Generic;

namespace NewsSchema.Generated;

// The uniqueItems check on the lists the generated records hold (runtime only: the generator's
// copy of ValidationRules has no EquatableList).
public static partial class ValidationRules
{
    /// <summary>
    /// <see cref="FirstDuplicate{T}(IReadOnlyList{T}, out int)"/> on a record's list: the same
    /// answer, compared over the list's array instead of through <see cref="IReadOnlyList{T}"/>,
    /// with the equality of a value type or of strings called directly.
    /// </summary>
    public static int FirstDuplicate<T>(EquatableList<T> items, out int firstIndex)
        where T : notnull
    {
        var span = items.AsSpan();
        if (span.Length > 64)
        {
            return FirstDuplicate((IReadOnlyList<T>)items, out firstIndex);
        }

        if (typeof(T).IsValueType)
        {
            // ValueEquality's comparer for a value type is the default one; called directly it is inlined.
            for (var i = 1; i < span.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (EqualityComparer<T>.Default.Equals(span[i], span[j]))
                    {
                        firstIndex = j;
                        return i;
                    }
                }
            }
        }
        else if (typeof(T) == typeof(string))
        {
            for (var i = 1; i < span.Length; i++)
            {
                var item = (string?)(object?)span[i];
                for (var j = 0; j < i; j++)
                {
                    if (string.Equals(item, (string?)(object?)span[j]))
                    {
                        firstIndex = j;
                        return i;
                    }
                }
            }
        }
        else
        {
            var comparer = ValueEquality.Comparer<T>();
            for (var i = 1; i < span.Length; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(span[i], span[j]))
                    {
                        firstIndex = j;
                        return i;
                    }
                }
            }
        }

        firstIndex = -1;
        return -1;
    }
}
