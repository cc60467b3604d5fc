using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

/// <summary>How schema names become C# names. Shared by the parser, the resolver and the emitters.</summary>
internal static class Naming
{
    private static readonly char[] Separators = { '-', '_', '.', ' ' };

    /// <summary>
    /// The PascalCase form of a wire name: split on '-', '_', '.' and ' ', upper-case the first
    /// letter of each part and keep the rest (<c>startsOn</c> -> <c>StartsOn</c>,
    /// <c>press-conference</c> -> <c>PressConference</c>). The result may be empty or start with a
    /// digit; check it with <see cref="IsValidIdentifier"/>.
    /// </summary>
    internal static string ToPascalCase(string name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var part in name.Split(Separators))
        {
            if (part.Length == 0)
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(part[0]));
            builder.Append(part, 1, part.Length - 1);
        }

        return builder.ToString();
    }

    /// <summary>The lowerCamelCase form: <see cref="ToPascalCase"/> with the first letter lower-cased.</summary>
    /// <summary>The kebab-case form of a type name, the default tag of a family member: <c>NuclearPlant</c> -> <c>nuclear-plant</c>.</summary>
    internal static string ToKebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (i > 0 && (previousIsLower || (nextIsLower && char.IsUpper(name[i - 1]))))
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '_')
            {
                builder.Append('-');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    internal static string ToLowerCamelCase(string name)
    {
        var pascal = ToPascalCase(name);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    /// <summary>Simple English plural of a (PascalCase) name: y after a consonant -> ies; s, x, z, ch, sh -> es; else s.</summary>
    internal static string Pluralize(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var last = char.ToLowerInvariant(name[name.Length - 1]);
        if (last == 'y' && name.Length > 1 && "aeiou".IndexOf(char.ToLowerInvariant(name[name.Length - 2])) < 0)
        {
            return name.Substring(0, name.Length - 1) + "ies";
        }

        var lower = name.ToLowerInvariant();
        if (last == 's' || last == 'x' || last == 'z' || lower.EndsWith("ch", System.StringComparison.Ordinal) || lower.EndsWith("sh", System.StringComparison.Ordinal))
        {
            return name + "es";
        }

        return name + "s";
    }

    /// <summary>The default catalog key of an entity: lowerCamelCase of its pluralised name (<c>GeoPoint</c> -> <c>geoPoints</c>).</summary>
    internal static string DefaultPlural(string typeName) => ToLowerCamelCase(Pluralize(typeName));

    /// <summary>True when <paramref name="name"/> is a valid C# identifier (without '@').</summary>
    internal static bool IsValidIdentifier(string name) => name.Length > 0 && SyntaxFacts.IsValidIdentifier(name);

    /// <summary>True when <paramref name="name"/> is a reserved C# keyword (contextual keywords are fine).</summary>
    internal static bool IsKeyword(string name) => SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None;

    /// <summary>
    /// Why the schema name <paramref name="written"/> cannot become the C# name <paramref name="csharpName"/>
    /// (not an identifier, or a keyword), located at <paramref name="location"/>; null when it can.
    /// <paramref name="what"/> names the member ("a field"), <paramref name="nameWord"/> the C# name in the message.
    /// </summary>
    internal static DiagnosticInfo? NameProblem(string written, string csharpName, LocationInfo location, string what, string nameWord = "C# name")
    {
        if (!IsValidIdentifier(csharpName))
        {
            var detail = csharpName.Length == 0 ? "it has no letters to build a " + nameWord + " from" : "its " + nameWord + " '" + csharpName + "' is not a valid identifier";
            return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidIdentifier, location, written, what, detail);
        }

        return IsKeyword(csharpName) ? DiagnosticInfo.Create(DiagnosticDescriptors.KeywordName, location, csharpName, what) : null;
    }

    /// <summary>True when every dotted part is a valid, non-keyword identifier.</summary>
    internal static bool IsValidNamespace(string ns)
    {
        if (string.IsNullOrEmpty(ns))
        {
            return false;
        }

        foreach (var part in ns.Split('.'))
        {
            if (!IsValidIdentifier(part) || IsKeyword(part))
            {
                return false;
            }
        }

        return true;
    }
}
