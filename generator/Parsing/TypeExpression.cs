using System.Text;

namespace NewsSchema.Generator.Parsing;

/// <summary>
/// A parsed type expression: a name with an optional single argument
/// (<c>list&lt;T&gt;</c>, <c>map&lt;T&gt;</c>, <c>ref&lt;Name&gt;</c>). <see cref="Offset"/> is the name's
/// position in the expression text, so diagnostics can point at the name inside the scalar.
/// </summary>
internal sealed class TypeExpression
{
    private const int MaxDepth = 32;

    private TypeExpression(string name, int offset, TypeExpression? argument)
    {
        Name = name;
        Offset = offset;
        Argument = argument;
    }

    public string Name { get; }

    public int Offset { get; }

    public TypeExpression? Argument { get; }

    public bool IsGeneric => Name == "list" || Name == "map" || Name == "ref";

    /// <summary>The expression written canonically, e.g. <c>list&lt;ref&lt;Actor&gt;&gt;</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder builder)
    {
        builder.Append(Name);
        if (Argument is not null)
        {
            builder.Append('<');
            Argument.Append(builder);
            builder.Append('>');
        }
    }

    /// <summary>Parses the grammar <c>name | list&lt;T&gt; | map&lt;T&gt; | ref&lt;Name&gt;</c>, spaces allowed around names and brackets.</summary>
    public static TypeExpression? TryParse(string text, out string error)
    {
        var position = 0;
        if (text.Trim().Length == 0)
        {
            error = "it is empty";
            return null;
        }

        var result = ParseExpression(text, ref position, 0, out error);
        if (result is null)
        {
            return null;
        }

        SkipSpaces(text, ref position);
        if (position < text.Length)
        {
            error = "unexpected '" + text[position] + "' at position " + (position + 1);
            return null;
        }

        return result;
    }

    private static TypeExpression? ParseExpression(string text, ref int position, int depth, out string error)
    {
        if (depth > MaxDepth)
        {
            error = "it is nested more than " + MaxDepth + " levels deep";
            return null;
        }

        SkipSpaces(text, ref position);
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] == '_'))
        {
            position++;
        }

        if (position == start)
        {
            error = position >= text.Length
                ? "it ends where a type name is expected"
                : "expected a type name at position " + (position + 1) + ", found '" + text[position] + "'";
            return null;
        }

        var name = text.Substring(start, position - start);
        if (char.IsDigit(name[0]))
        {
            error = "'" + name + "' is not a type name";
            return null;
        }

        SkipSpaces(text, ref position);
        var generic = name == "list" || name == "map" || name == "ref";
        if (position < text.Length && text[position] == '<')
        {
            if (!generic)
            {
                error = "'" + name + "' takes no type argument; only list<T>, map<T> and ref<Entity> do";
                return null;
            }

            position++;
            var argument = ParseExpression(text, ref position, depth + 1, out error);
            if (argument is null)
            {
                return null;
            }

            SkipSpaces(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                error = name == "map"
                    ? "map<T> takes one type argument, the value type; keys are always strings"
                    : name + "<> takes exactly one type argument";
                return null;
            }

            if (position >= text.Length || text[position] != '>')
            {
                error = "'>' is missing after the argument of " + name + "<>";
                return null;
            }

            position++;
            if (name == "ref" && argument.Argument is not null)
            {
                error = "ref<> takes the name of an entity, not '" + argument + "'";
                return null;
            }

            error = string.Empty;
            return new TypeExpression(name, start, argument);
        }

        if (generic)
        {
            error = name == "ref" ? "ref needs an entity name: ref<Entity>" : name + " needs a type argument, e.g. " + name + "<string>";
            return null;
        }

        error = string.Empty;
        return new TypeExpression(name, start, null);
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && (text[position] == ' ' || text[position] == '\t'))
        {
            position++;
        }
    }
}
