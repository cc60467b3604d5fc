using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using NewsSchema.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsSchema.Generator.Parsing;

// A small YAML node tree that keeps every node's start and end marks. Built from YamlDotNet's
// event parser without recursion, so deep nesting cannot overflow the stack; aliases are kept as
// alias nodes and never expanded, so alias bombs cannot blow up.

internal abstract class YNode
{
    protected YNode(Mark start, Mark end)
    {
        Start = start;
        End = end;
    }

    public Mark Start { get; }

    public Mark End { get; set; }

    public LocationInfo Location(string path)
        => LocationInfo.FromMarks(path, Start.Index, Start.Line, Start.Column, End.Index, End.Line, End.Column);

    /// <summary>What this node is, for "found ..." in messages.</summary>
    public abstract string Describe();
}

internal sealed class YScalar : YNode
{
    public YScalar(string value, ScalarStyle style, Mark start, Mark end)
        : base(start, end)
    {
        Value = value;
        Style = style;
    }

    public string Value { get; }

    public ScalarStyle Style { get; }

    public bool IsPlain => Style == ScalarStyle.Plain || Style == ScalarStyle.Any;

    /// <summary>A plain empty, <c>~</c> or <c>null</c> scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

    /// <summary>Plain and on one line, so a column offset into <see cref="Value"/> is a column in the file.</summary>
    public bool IsSingleLinePlain => IsPlain && Start.Line == End.Line && End.Index - Start.Index == Value.Length;

    public override string Describe()
    {
        if (IsNull)
        {
            return "nothing (null)";
        }

        var text = Value.Length > 40 ? Value.Substring(0, 40) + "…" : Value;
        text = text.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\t", "\\t");
        return IsPlain ? "'" + text + "'" : "the string \"" + text + "\"";
    }
}

internal sealed class YSequence : YNode
{
    public YSequence(Mark start, Mark end)
        : base(start, end)
    {
    }

    public List<YNode> Items { get; } = new();

    public override string Describe() => "a sequence";
}

internal sealed class YMapping : YNode
{
    public YMapping(Mark start, Mark end)
        : base(start, end)
    {
    }

    public List<KeyValuePair<YNode, YNode>> Entries { get; } = new();

    public override string Describe() => "a mapping";
}

internal sealed class YAlias : YNode
{
    public YAlias(string name, Mark start, Mark end)
        : base(start, end)
    {
        Name = name;
    }

    public string Name { get; }

    public override string Describe() => "an alias (*" + Name + "); aliases are not supported in schema files";
}

/// <summary>The outcome of reading a YAML text: the first document's root, or a syntax error.</summary>
internal sealed class YamlReadResult
{
    public YNode? Root { get; set; }

    public bool HasDocument { get; set; }

    /// <summary>Set when the text is not valid YAML: the message and where.</summary>
    public string? SyntaxError { get; set; }

    public Mark ErrorStart { get; set; }

    public Mark ErrorEnd { get; set; }

    /// <summary>Start of a second document, which is ignored (and reported by the caller).</summary>
    public Mark? SecondDocumentStart { get; set; }
}

internal static class YamlTreeReader
{
    /// <summary>Nesting deeper than this is reported as a syntax error; schema files need about six levels.</summary>
    public const int MaxDepth = 128;

    private sealed class Frame
    {
        public Frame(YNode node) => Node = node;

        public YNode Node { get; }

        public YNode? PendingKey { get; set; }
    }

    public static YamlReadResult Read(string text, CancellationToken cancellationToken)
    {
        var result = new YamlReadResult();
        var stack = new Stack<Frame>();
        var documents = 0;
        var count = 0;
        var lastGood = new Mark();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if ((++count & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var ev = parser.Current!;
                lastGood = ev.End;
                switch (ev)
                {
                    case DocumentStart:
                        documents++;
                        if (documents > 1)
                        {
                            // Only the first document of a schema file counts; the caller reports the second one.
                            result.SecondDocumentStart = ev.Start;
                            return result;
                        }

                        result.HasDocument = true;
                        break;

                    case Scalar scalar:
                        Attach(result, stack, new YScalar(scalar.Value, scalar.Style, scalar.Start, scalar.End));
                        break;

                    case AnchorAlias alias:
                        Attach(result, stack, new YAlias(alias.Value.ToString(), alias.Start, alias.End));
                        break;

                    case SequenceStart:
                    case MappingStart:
                        if (stack.Count >= MaxDepth)
                        {
                            result.SyntaxError = "nesting is deeper than " + MaxDepth + " levels";
                            result.ErrorStart = ev.Start;
                            result.ErrorEnd = ev.End;
                            result.Root = null;
                            return result;
                        }

                        stack.Push(new Frame(ev is SequenceStart ? new YSequence(ev.Start, ev.End) : new YMapping(ev.Start, ev.End)));
                        break;

                    case SequenceEnd:
                    case MappingEnd:
                        var frame = stack.Pop();
                        frame.Node.End = ev.End.Index >= frame.Node.Start.Index ? ev.End : frame.Node.Start;
                        if (frame.PendingKey is { } danglingKey && frame.Node is YMapping danglingMap)
                        {
                            danglingMap.Entries.Add(new KeyValuePair<YNode, YNode>(danglingKey, new YScalar(string.Empty, ScalarStyle.Plain, danglingKey.End, danglingKey.End)));
                        }

                        Attach(result, stack, frame.Node);
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            result.SyntaxError = CleanMessage(ex.Message);
            result.ErrorStart = ex.Start;
            result.ErrorEnd = ex.End;
            if (result.SyntaxError.IndexOf("tab", System.StringComparison.Ordinal) >= 0 && FindIndentationTab(text, ex.Start) is { } tab)
            {
                // YamlDotNet reports a tab used as indentation at the start of the enclosing
                // mapping (often 1,1); point at the tab itself.
                result.ErrorStart = tab;
                result.ErrorEnd = new Mark(tab.Index + 1, tab.Line, tab.Column + 1);
            }
            result.Root = null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these for a few malformed inputs (e.g. some broken flow
            // collections spanning lines) instead of a YamlException; they are still syntax errors.
            result.SyntaxError = "the text after this point is not valid YAML; look for a '[', '{' or quote that is not closed (" + ex.Message + ")";
            result.ErrorStart = lastGood;
            result.ErrorEnd = lastGood;
            result.Root = null;
        }

        return result;
    }

    private static void Attach(YamlReadResult result, Stack<Frame> stack, YNode node)
    {
        if (stack.Count == 0)
        {
            result.Root ??= node;
            return;
        }

        var top = stack.Peek();
        if (top.Node is YSequence sequence)
        {
            sequence.Items.Add(node);
        }
        else if (top.Node is YMapping mapping)
        {
            if (top.PendingKey is null)
            {
                top.PendingKey = node;
            }
            else
            {
                mapping.Entries.Add(new KeyValuePair<YNode, YNode>(top.PendingKey, node));
                top.PendingKey = null;
            }
        }
    }

    /// <summary>The first tab in the leading white space of a line, at or after the line of <paramref name="from"/>; null when there is none.</summary>
    private static Mark? FindIndentationTab(string text, Mark from)
    {
        long line = 1;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (line >= from.Line)
                {
                    for (var j = lineStart; j < i && (text[j] == ' ' || text[j] == '\t'); j++)
                    {
                        if (text[j] == '\t')
                        {
                            return new Mark(j, line, j - lineStart + 1);
                        }
                    }
                }

                line++;
                lineStart = i + 1;
            }
        }

        return null;
    }

    /// <summary>YamlDotNet prefixes its messages with "(Line: .., Col: .., Idx: ..) - (...): "; the diagnostic has the location already.</summary>
    private static string CleanMessage(string message)
    {
        const string Marker = "): ";
        if (message.StartsWith("(Line:", System.StringComparison.Ordinal))
        {
            var at = message.IndexOf(Marker, System.StringComparison.Ordinal);
            if (at >= 0)
            {
                return message.Substring(at + Marker.Length).Trim();
            }
        }

        return message.Trim();
    }
}
