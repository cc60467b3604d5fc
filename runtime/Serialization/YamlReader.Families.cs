using System;
using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsSchema.Generated;

// The YAML reader: polymorphic families, told apart by their discriminator.
public sealed partial class YamlReader
{
    /// <summary>
    /// Finds the discriminator of the mapping at the current node, wherever it stands among the
    /// keys, without consuming anything: the events read ahead are replayed afterwards. When the
    /// key comes first only three events are read ahead. Missing: a <c>required</c> error naming
    /// the allowed tags, the node is skipped and false is returned.
    /// </summary>
    public bool ReadDiscriminator(string key, string expected, IReadOnlyList<string> tags, out string tag, out int line, out int column)
    {
        line = Line;
        column = Column;
        tag = string.Empty;
        if (_current is not MappingStart)
        {
            TypeError(expected);
            return false;
        }

        var buffer = new List<ParsingEvent>(4);
        var depth = 0;
        var isKey = true;
        var found = false;
        ParsingEvent? value = null;
        while (true)
        {
            var e = PullRaw();
            buffer.Add(e);
            if (e is DocumentEnd or StreamEnd || (depth == 0 && e is MappingEnd))
            {
                break;
            }

            if (e is MappingStart or SequenceStart)
            {
                // The look-ahead reads past Advance, so it enforces the depth limit itself: unchecked,
                // 100,000 '[' before the discriminator kept YamlDotNet busy for minutes.
                if (_depth + ++depth > _options.MaxDepth)
                {
                    throw Errors.Abort(DataErrorCodes.Limit, Path.ToString(), $"the data is nested deeper than {_options.MaxDepth} levels (ParseOptions.MaxDepth)", (int)e.Start.Line, (int)e.Start.Column);
                }

                continue;
            }

            if (e is MappingEnd or SequenceEnd)
            {
                if (--depth == 0)
                {
                    isKey = !isKey;
                }

                continue;
            }

            if (depth > 0)
            {
                continue;
            }

            if (isKey && e is Scalar s && s.Value == key)
            {
                value = PullRaw();
                buffer.Add(value);
                found = true;
                break;
            }

            isKey = !isKey;
        }

        _replays ??= new Stack<Replay>();
        _replays.Push(new Replay(buffer.ToArray()));

        if (!found)
        {
            Errors.Add(DataErrorCodes.Required, Path.ToString(key), $"{expected} needs '{key}' to say which type it is: one of {string.Join(", ", tags)}", line, column);
            SkipNode();
            return false;
        }

        if (value is not Scalar tagScalar || (tagScalar.Style == ScalarStyle.Plain && tagScalar.Value is "" or "~" or "null"))
        {
            Errors.Add(DataErrorCodes.Type, Path.ToString(key), $"'{key}' must be one of {string.Join(", ", tags)}, found {Describe(value!)}", (int)value!.Start.Line, (int)value.Start.Column);
            SkipNode();
            return false;
        }

        tag = tagScalar.Value;
        line = (int)tagScalar.Start.Line;
        column = (int)tagScalar.Start.Column;
        return true;
    }

    /// <summary>Reports a discriminator value no type of the family has, and skips the mapping.</summary>
    public void UnknownTag(string key, string tag, string familyName, IReadOnlyList<string> tags, int line, int column)
    {
        Errors.Add(DataErrorCodes.Enum, Path.ToString(key), $"'{tag}' is not a kind of {familyName}; expected one of: {string.Join(", ", tags)}{Suggestions.Sentence(tag, tags)}", line, column);
        SkipNode();
    }

    /// <summary>Reads the discriminator value inside a concrete type's mapping; it must be that type's tag.</summary>
    public void ExpectTag(string key, string tag, string typeName)
    {
        var line = Line;
        var column = Column;
        if (ReadString(out var text) && !string.Equals(text, tag, StringComparison.Ordinal))
        {
            Errors.Add(DataErrorCodes.Enum, Path.ToString(), $"'{text}' does not fit here: {Suggestions.A(typeName)} has '{key}: {tag}'", line, column);
        }
    }

    private ParsingEvent PullRaw()
    {
        if (_replays is { Count: > 0 })
        {
            var replay = _replays.Peek();
            var next = replay.Events[replay.Index++];
            if (replay.Index == replay.Events.Length)
            {
                _replays.Pop();
            }

            return next;
        }

        if (!MoveParser())
        {
            throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), "unexpected end of the document", Line, Column);
        }

        return _parser.Current!;
    }

    /// <summary>
    /// The one call into YamlDotNet's parser. What it throws on bad input becomes a <c>syntax</c>
    /// error here; an exception from anywhere else (our code, generated code) is a bug and is not
    /// caught, so the fuzz tests see it.
    /// </summary>
    private bool MoveParser()
    {
        try
        {
            return _parser.MoveNext();
        }
        catch (YamlException ex)
        {
            throw Errors.Abort(DataErrorCodes.Syntax, Path.ToString(), CleanMessage(ex.Message), (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            // YamlDotNet's scanner throws these on some malformed input instead of a YamlException.
            throw Errors.Abort(
                DataErrorCodes.Syntax,
                Path.ToString(),
                "the YAML is malformed after this point: expected a well-formed node, found text the YAML parser cannot read (often a '[' or '{' that is not closed)",
                _current is null ? 1 : Line,
                _current is null ? 1 : Column);
        }
    }
}
