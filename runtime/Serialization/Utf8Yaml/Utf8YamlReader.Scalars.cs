using System;
using System.Buffers;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>The scalar scanners: plain, single- and double-quoted, literal and folded.</summary>
public partial struct Utf8YamlReader
{
    private static readonly SearchValues<byte> PlainStopsBlock = SearchValues.Create("\r\n:#"u8);
    private static readonly SearchValues<byte> PlainStopsFlow = SearchValues.Create(" \t\r\n:,[]{}"u8);
    private static readonly SearchValues<byte> SingleQuotedStops = SearchValues.Create(" \t\r\n'"u8);
    private static readonly SearchValues<byte> DoubleQuotedStops = SearchValues.Create(" \t\r\n\"\\"u8);

    private void AddScalar(Mark start, int valueStart, int valueLength, bool inScratch, Utf8YamlScalarStyle style)
    {
        if (valueLength > _maxScalarLength)
        {
            var value = inScratch ? _scratch.AsSpan(valueStart, valueLength) : _input.Slice(valueStart, valueLength);
            var characters = Encoding.UTF8.GetCharCount(value);
            if (characters > _maxScalarLength)
            {
                throw Limit($"a scalar has {characters} characters; the limit is {_maxScalarLength} (ParseOptions.MaxScalarLength)", start);
            }
        }

        AppendToken(new Token { Kind = TokenKind.Scalar, Style = style, Start = start, End = CurrentMark, ValueStart = valueStart, ValueLength = valueLength, InScratch = inScratch });
    }

    private void FetchPlainScalar()
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var start = CurrentMark;
        var end = start;
        var indent = _indent + 1;
        var flow = _flowLevel > 0;
        var rawEnd = _pos;
        var inScratch = false;
        var valueStart = 0;
        var leadingBlanks = false;
        var trailingBreaks = 0;
        var hasWhitespace = false;
        var whitespaceStart = 0;
        var whitespaceEnd = 0;

        while (true)
        {
            if (IsDocumentIndicator() || Peek() == '#')
            {
                break;
            }

            // A run: in flow context, the characters up to a blank, a break, ": " or a flow indicator;
            // in block context, the rest of the line up to a break, ": " or " #", less its trailing
            // blanks (blanks inside a line are the scalar's own, so a line of words is one search).
            var runStart = _pos;
            var i = flow ? FlowRunEnd(_pos) : BlockRunEnd(_pos);

            if (i == runStart)
            {
                break;
            }

            if (leadingBlanks)
            {
                if (!inScratch)
                {
                    valueStart = _scratchLength;
                    Append(_input.Slice(start.Offset, rawEnd - start.Offset));
                    inScratch = true;
                }

                if (trailingBreaks == 0)
                {
                    Append((byte)' ');
                }
                else
                {
                    AppendNewlines(trailingBreaks);
                }

                leadingBlanks = false;
                trailingBreaks = 0;
            }
            else if (hasWhitespace && inScratch)
            {
                Append(_input.Slice(whitespaceStart, whitespaceEnd - whitespaceStart));
            }

            hasWhitespace = false;
            if (inScratch)
            {
                Append(_input.Slice(runStart, i - runStart));
            }

            SkipRun(i);
            rawEnd = i;
            end = CurrentMark;

            var c = Peek();
            if (!IsBlank(c) && !IsBreak(c))
            {
                break;
            }

            while (true)
            {
                c = Peek();
                if (IsBlank(c))
                {
                    if (leadingBlanks && _col < indent && c == '\t' && !flow && !RestOfLineBlank())
                    {
                        throw Error("a tab cannot indent a continuation line (tabs are not indentation in YAML)");
                    }

                    if (!leadingBlanks)
                    {
                        if (!hasWhitespace)
                        {
                            hasWhitespace = true;
                            whitespaceStart = _pos;
                        }

                        whitespaceEnd = _pos + 1;
                    }

                    _pos++;
                    _col++;
                }
                else if (IsBreak(c))
                {
                    if (!leadingBlanks)
                    {
                        hasWhitespace = false;
                        leadingBlanks = true;
                    }
                    else
                    {
                        trailingBreaks++;
                    }

                    SkipBreak();
                }
                else
                {
                    break;
                }
            }

            if (!flow && _col < indent)
            {
                break;
            }

            if (flow && leadingBlanks && _col <= _indent && !AtEnd)
            {
                throw FlowIndentError();
            }
        }

        if (leadingBlanks)
        {
            _simpleKeyAllowed = true;
        }

        if (inScratch)
        {
            AddScalarAt(start, end, valueStart, _scratchLength - valueStart, true, Utf8YamlScalarStyle.Plain);
        }
        else
        {
            AddScalarAt(start, end, start.Offset, rawEnd - start.Offset, false, Utf8YamlScalarStyle.Plain);
        }
    }

    /// <summary>
    /// Where a block plain scalar's run from <paramref name="i"/> ends: at a break, a ':' followed by
    /// a blank, a break or the end, or a '#' after a blank (a comment), with the blanks before it
    /// left out; or at the end of the input.
    /// </summary>
    private readonly int BlockRunEnd(int i)
    {
        var input = _input;
        var start = i;
        while (true)
        {
            var k = input.Slice(i).IndexOfAny(PlainStopsBlock);
            if (k < 0)
            {
                i = input.Length;
                break;
            }

            i += k;
            var b = input[i];
            if ((b == ':' && !IsBlankOrBreakOrEnd(i + 1 < input.Length ? input[i + 1] : (byte)0))
                || (b == '#' && i > start && !IsBlank(input[i - 1])))
            {
                // "a:b" and "a#b" are text.
                i++;
                continue;
            }

            break;
        }

        while (i > start && IsBlank(input[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>Where a flow plain scalar's run from <paramref name="i"/> ends: at a blank, a break, a ':' followed by a blank or a flow indicator, or a flow indicator.</summary>
    private readonly int FlowRunEnd(int i)
    {
        var input = _input;
        while (true)
        {
            var k = input.Slice(i).IndexOfAny(PlainStopsFlow);
            if (k < 0)
            {
                return input.Length;
            }

            i += k;
            if (input[i] == ':')
            {
                var next = i + 1 < input.Length ? input[i + 1] : (byte)0;
                if (!IsBlankOrBreakOrEnd(next) && !IsFlowIndicator(next))
                {
                    i++;
                    continue;
                }
            }

            return i;
        }
    }

    private readonly bool RestOfLineBlank()
    {
        var i = _pos;
        while (i < _input.Length && IsBlank(_input[i]))
        {
            i++;
        }

        return i >= _input.Length || IsBreak(_input[i]);
    }

    private void AddScalarAt(Mark start, Mark end, int valueStart, int valueLength, bool inScratch, Utf8YamlScalarStyle style)
    {
        AddScalar(start, valueStart, valueLength, inScratch, style);
        _tokens[_tokenHead + _tokenCount - 1].End = end;
    }
}
