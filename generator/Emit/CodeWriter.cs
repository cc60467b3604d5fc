using System.Text;

namespace NewsSchema.Generator.Emit;

/// <summary>A small indenting text writer: the emitters write C# as text, never through SyntaxFactory.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _indent;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    public CodeWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Open()
    {
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    public CodeWriter Indent()
    {
        _indent++;
        return this;
    }

    public CodeWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
