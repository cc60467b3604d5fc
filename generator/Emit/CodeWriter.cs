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

    /// <summary>
    /// Writes a multi-line block of fixed text, typically a <c>$$"""…"""</c> raw string, indenting
    /// each of its lines to the current level. Blank lines stay empty, and a <c>\r</c> before a line
    /// break is dropped, so the output is the same whatever line endings the emitter's source has.
    /// </summary>
    public CodeWriter Block(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var length = end - start;
            if (length > 0 && text[start + length - 1] == '\r')
            {
                length--;
            }

            Line(text.Substring(start, length));
            start = end + 1;
        }

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
