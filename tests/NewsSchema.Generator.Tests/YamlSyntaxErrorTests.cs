using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// Every kind of YAML syntax error YamlDotNet reports for a schema file is an NSG0001 at the line
/// (and column) of the mistake, never at the start of the file.
/// </summary>
public class YamlSyntaxErrorTests
{
    private const string P = TestSchemas.Path;

    public static TheoryData<string, string, int, int, string> Cases => new()
    {
        // name, schema, line, column, a fragment of the message
        { "tab as indentation", "types:\n\tA:\n\t\tkind: record\n", 2, 1, "tab" },
        { "tab as indentation, deeper", "types:\n  A:\n\tkind: record\n", 3, 1, "tab" },
        { "tab inside the indentation", "types:\n  A:\n    kind: record\n  \tB: {}\n", 4, 3, "tab" },
        { "tab in a plain scalar's indentation", "a:\n  b: c\n \tc: d\n", 3, 2, "tab" },
        { "unclosed flow mapping", """
            types:
              A: { kind: record ]

            """, 2, 21, "flow mapping" },
        { "flow sequence not closed before a key", """
            types:
              A: [a, b
              B: x

            """, 2, 8, "is not closed" },
        { "bad indentation", """
            types:
              A:
                kind: record
               fields: x

            """, 4, 4, "did not find expected key" },
        { "list item inside a mapping", """
            types:
              A:
                kind: record
              - x

            """, 4, 3, "did not find expected key" },
        { "unclosed double quote", """
            types:
              A:
                kind: "record

            """, 3, 11, "quoted scalar" },
        { "unclosed single quote", """
            types:
              A:
                kind: 'record

            """, 3, 11, "quoted scalar" },
        { "unknown escape", """
            types:
              A:
                kind: "rec\qord"

            """, 3, 11, "unknown escape character" },
        { "mapping in a plain scalar", """
            types:
              A: kind: record

            """, 2, 10, "found invalid mapping" },
        { "unclosed verbatim tag", """
            types:
              A: !<foo

            """, 2, 6, "did not find the expected '>'" },
        { "reserved indicator @", """
            types:
              A: @x

            """, 2, 6, "cannot start any token" },
        { "reserved indicator `", """
            types:
              A: `x

            """, 2, 6, "cannot start any token" },
        { "anchor without a name", """
            types:
              A: &

            """, 2, 6, "anchor or alias" },
        { "text after a flow mapping", """
            types:
              A: {a: b, c}d

            """, 2, 15, "did not find expected key" },
        { "YAML 2.0 directive", """
            %YAML 2.0
            ---
            types: {}

            """, 1, 1, "incompatible YAML document" },
        { "two %YAML directives", """
            %YAML 1.2
            %YAML 1.2
            ---
            types: {}

            """, 2, 1, "version directive" },
        { "two %TAG directives for one handle", """
            %TAG !a! tag:x
            %TAG !a! tag:y
            ---
            types: {}

            """, 2, 1, "duplicate %TAG directive" },
        { "undefined tag handle", "types: !x!y {}\n", 1, 8, "undefined tag handle" },
        { "multi-line quoted key", """
            types:
              "a
              b": c

            """, 3, 5, "Mapping values are not allowed" },
        { "closing bracket with no opening", "types: ]\n", 1, 8, "did not find expected node content" },
        { "text after the document end", """
            types: {}
            ...
            c
             d: e

            """, 4, 3, "Did not find expected <document start>" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_yaml_syntax_error_points_at_its_line(string name, string schema, int line, int column, string fragment)
    {
        var (_, diagnostics) = TestSchemas.Resolve(schema);
        var d = Assert.Single(diagnostics);
        Assert.Equal("NSG0001", d.Id);
        var span = d.Location.GetLineSpan();
        Assert.True(
            (P, line, column) == (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1),
            $"{name}: expected at ({line},{column}), reported at ({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {d.GetMessage()}");
        Assert.Contains(fragment, d.GetMessage(), System.StringComparison.Ordinal);
    }
}
