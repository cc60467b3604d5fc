using NewsSchema.Generator.Emit;
using Xunit;

namespace NewsSchema.Generator.Tests;

public sealed class CodeWriterTests
{
    [Fact]
    public void Block_indents_every_line_to_the_current_level_and_keeps_blank_lines_empty()
    {
        var w = new CodeWriter();
        w.Open("class C");
        w.Block("""
            /// <summary>Doc.</summary>
            public int X { get; }

            public int Y => X;
            """);
        w.Close();

        Assert.Equal(
            "class C\n{\n    /// <summary>Doc.</summary>\n    public int X { get; }\n\n    public int Y => X;\n}\n",
            w.ToString());
    }

    [Fact]
    public void Block_drops_carriage_returns_so_the_output_does_not_depend_on_the_emitter_line_endings()
    {
        var w = new CodeWriter();
        w.Indent();
        w.Block("a();\r\n\r\nb();");

        Assert.Equal("    a();\n\n    b();\n", w.ToString());
    }
}
