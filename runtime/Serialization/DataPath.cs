using System.Text;
using System.ComponentModel;

namespace NewsSchema.Generated;

/// <summary>
/// The path of the node being read, kept as a cheap stack of segments; it becomes text
/// (<c>meetings[2].participants[0]</c>) only when an error is reported.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DataPath
{
    private string?[] _names = new string?[16];
    private int[] _indexes = new int[16];
    private int _count;

    /// <summary>How many segments there are.</summary>
    public int Count => _count;

    /// <summary>Enters a field or map key.</summary>
    public void PushName(string name)
    {
        Grow();
        _names[_count] = name;
        _count++;
    }

    /// <summary>Enters a list item.</summary>
    public void PushIndex(int index)
    {
        Grow();
        _names[_count] = null;
        _indexes[_count] = index;
        _count++;
    }

    /// <summary>Leaves the innermost segment.</summary>
    public void Pop() => _count--;

    /// <summary>Cuts back to <paramref name="count"/> segments.</summary>
    public void Truncate(int count) => _count = count;

    /// <summary>The path as text; <paramref name="extra"/> is appended as one more name.</summary>
    public string ToString(string? extra)
    {
        if (_count == 0 && extra is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < _count; i++)
        {
            if (_names[i] is { } name)
            {
                AppendName(builder, name);
            }
            else
            {
                builder.Append('[').Append(_indexes[i]).Append(']');
            }
        }

        if (extra is not null)
        {
            AppendName(builder, extra);
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => ToString(null);

    /// <summary>Appends <paramref name="name"/> to a path: <c>.name</c>, or <c>["odd key"]</c> when it is not a plain name.</summary>
    public static void AppendName(StringBuilder builder, string name)
    {
        if (IsPlain(name))
        {
            if (builder.Length > 0)
            {
                builder.Append('.');
            }

            builder.Append(name);
        }
        else
        {
            builder.Append("[\"").Append(name.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\"]");
        }
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Grow()
    {
        if (_count == _names.Length)
        {
            Double();
        }
    }

    private void Double()
    {
        System.Array.Resize(ref _names, _names.Length * 2);
        System.Array.Resize(ref _indexes, _indexes.Length * 2);
    }
}
