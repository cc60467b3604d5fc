using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace NewsSchema;

/// <summary>
/// Value equality as the records define it: two values are equal exactly when they hold the same
/// value, that is when they write the same text. The one type where .NET's default differs is
/// <see cref="Uri"/>: <see cref="Uri.Equals(object)"/> ignores the fragment (and case in the scheme
/// and host), so here a URI is compared by its <see cref="Uri.OriginalString"/>, ordinally, which is
/// the text the writers write.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueEquality
{
    /// <summary>Whether two URIs are the same value (same text).</summary>
    public static bool UriEquals(Uri? left, Uri? right)
        => ReferenceEquals(left, right)
        || (left is not null && right is not null && string.Equals(left.OriginalString, right.OriginalString, StringComparison.Ordinal));

    /// <summary>A hash code consistent with <see cref="UriEquals"/>.</summary>
    public static int UriHashCode(Uri? value) => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value.OriginalString);

    /// <summary>The comparer for values of <typeparamref name="T"/>: by text for URIs, the default otherwise.</summary>
    public static IEqualityComparer<T> Comparer<T>() => ComparerOf<T>.Instance;

    private static class ComparerOf<T>
    {
        public static readonly IEqualityComparer<T> Instance = typeof(T) == typeof(Uri)
            ? (IEqualityComparer<T>)(object)UriComparer.Instance
            : EqualityComparer<T>.Default;
    }

    private sealed class UriComparer : IEqualityComparer<Uri?>
    {
        public static readonly UriComparer Instance = new();

        public bool Equals(Uri? x, Uri? y) => UriEquals(x, y);

        public int GetHashCode(Uri? obj) => UriHashCode(obj);
    }
}
