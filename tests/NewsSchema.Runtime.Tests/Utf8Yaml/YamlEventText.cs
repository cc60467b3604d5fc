using System;
using System.Collections.Generic;
using System.Text;
using NewsSchema.Generated;

namespace NewsSchema.Tests.Utf8Yaml;

/// <summary>The yaml-test-suite's event notation (+STR, +DOC ---, +MAP {} &amp;a &lt;tag&gt;, =VAL :text, =ALI *a, ...) for <see cref="Utf8YamlReader"/>'s events.</summary>
internal static class YamlEventText
{
    /// <summary>Every event of <paramref name="utf8"/>, one line each; throws <see cref="Utf8YamlException"/> on an error.</summary>
    public static List<string> Events(byte[] utf8, ParseOptions? options = null)
    {
        var lines = new List<string>();
        var reader = new Utf8YamlReader(utf8, options);
        try
        {
            while (reader.Read())
            {
                lines.Add(Line(ref reader));
            }
        }
        finally
        {
            reader.Dispose();
        }

        return lines;
    }

    public static string Line(ref Utf8YamlReader reader)
    {
        var text = new StringBuilder();
        switch (reader.Kind)
        {
            case Utf8YamlEventKind.StreamStart:
                return "+STR";
            case Utf8YamlEventKind.StreamEnd:
                return "-STR";
            case Utf8YamlEventKind.DocumentStart:
                return reader.IsExplicit ? "+DOC ---" : "+DOC";
            case Utf8YamlEventKind.DocumentEnd:
                return reader.IsExplicit ? "-DOC ..." : "-DOC";
            case Utf8YamlEventKind.MappingEnd:
                return "-MAP";
            case Utf8YamlEventKind.SequenceEnd:
                return "-SEQ";
            case Utf8YamlEventKind.Alias:
                return "=ALI *" + reader.GetString();
            case Utf8YamlEventKind.MappingStart:
                text.Append(reader.IsFlow ? "+MAP {}" : "+MAP");
                break;
            case Utf8YamlEventKind.SequenceStart:
                text.Append(reader.IsFlow ? "+SEQ []" : "+SEQ");
                break;
            case Utf8YamlEventKind.Scalar:
                text.Append("=VAL");
                break;
            default:
                throw new InvalidOperationException("unexpected event " + reader.Kind);
        }

        if (!reader.Anchor.IsEmpty)
        {
            text.Append(" &").Append(Encoding.UTF8.GetString(reader.Anchor));
        }

        if (reader.HasTag)
        {
            text.Append(" <").Append(Encoding.UTF8.GetString(reader.Tag)).Append('>');
        }

        if (reader.Kind == Utf8YamlEventKind.Scalar)
        {
            text.Append(' ').Append(reader.ScalarStyle switch
            {
                Utf8YamlScalarStyle.Plain => ':',
                Utf8YamlScalarStyle.SingleQuoted => '\'',
                Utf8YamlScalarStyle.DoubleQuoted => '"',
                Utf8YamlScalarStyle.Literal => '|',
                _ => '>',
            });
            Escape(reader.GetString(), text);
        }

        return text.ToString();
    }

    public static void Escape(string value, StringBuilder text)
    {
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '\0' => "\\0",
                '\b' => "\\b",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }
    }
}
