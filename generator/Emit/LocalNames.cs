using System;
using System.Collections.Generic;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator.Emit;

/// <summary>
/// The names of the locals of one generated method: each named after what it holds (<c>title</c>,
/// <c>item</c>, <c>entry</c>), with a number only when the name is already in use.
/// </summary>
/// <remarks>
/// C# forbids a local that has the name of one in an enclosing scope, even one declared later in
/// it. So a name taken at the method level is never given again, and a name taken inside a scope
/// (<see cref="Open"/> to <see cref="Close"/>) is free again for the scopes after it.
/// </remarks>
internal sealed class LocalNames
{
    // Contextual keywords that read badly, or parse differently, as a local's name.
    private static readonly HashSet<string> Awkward = new(StringComparer.Ordinal)
    {
        "_", "var", "dynamic", "nameof", "await", "yield", "when", "and", "or", "not", "with",
    };

    private readonly HashSet<string> _inUse = new(StringComparer.Ordinal);
    private readonly HashSet<string> _everUsed = new(StringComparer.Ordinal);
    private readonly Stack<List<string>> _scopes = new();

    /// <param name="reserved">The method's parameters and the type's members it refers to by their simple names.</param>
    public LocalNames(IEnumerable<string> reserved)
    {
        foreach (var name in reserved)
        {
            _inUse.Add(name);
            _everUsed.Add(name);
        }
    }

    /// <summary>True outside every <see cref="Open"/> scope: a name taken now is the method's.</summary>
    public bool AtMethodLevel => _scopes.Count == 0;

    /// <summary>The local's name: <paramref name="preferred"/>, or it with a number when that is taken.</summary>
    public string Take(string preferred)
    {
        var stem = Naming.IsKeyword(preferred) || Awkward.Contains(preferred) ? preferred + "Value" : preferred;
        var name = stem;
        for (var n = 2; !IsFree(name); n++)
        {
            name = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        _inUse.Add(name);
        _everUsed.Add(name);
        if (_scopes.Count > 0)
        {
            _scopes.Peek().Add(name);
        }

        return name;
    }

    /// <summary>Starts a nested scope (a block or a loop): the names taken in it are freed by <see cref="Close"/>.</summary>
    public void Open() => _scopes.Push(new List<string>());

    public void Close()
    {
        foreach (var name in _scopes.Pop())
        {
            _inUse.Remove(name);
        }
    }

    private bool IsFree(string name) => AtMethodLevel ? !_everUsed.Contains(name) : !_inUse.Contains(name);

    /// <summary>The lowerCamelCase name of a property, for the local that holds its value.</summary>
    public static string For(string propertyName) => char.ToLowerInvariant(propertyName[0]) + propertyName.Substring(1);
}
