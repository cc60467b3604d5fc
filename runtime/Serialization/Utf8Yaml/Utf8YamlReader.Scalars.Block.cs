using System;

namespace NewsSchema.Generated;

// Scalars: literal and folded block scalars.
public partial struct Utf8YamlReader
{
    private void FetchBlockScalar(bool literal)
    {
        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = CurrentMark;
        _pos++;
        _col++;
        var chomping = 0;
        var increment = 0;
        for (var k = 0; k < 2; k++)
        {
            var c = Peek();
            if ((c == '+' || c == '-') && chomping == 0)
            {
                chomping = c == '+' ? 1 : -1;
            }
            else if (c is >= (byte)'0' and <= (byte)'9' && increment == 0)
            {
                if (c == '0')
                {
                    throw Error("a block scalar's indentation indicator must be 1 to 9");
                }

                increment = c - '0';
            }
            else
            {
                break;
            }

            _pos++;
            _col++;
        }

        if (IsBlank(Peek()))
        {
            while (IsBlank(Peek()))
            {
                _pos++;
                _col++;
            }

            if (Peek() == '#')
            {
                while (!AtEnd && !IsBreak(_input[_pos]))
                {
                    SkipChar();
                }
            }
        }

        if (!IsBreakOrEnd(Peek()))
        {
            throw Error(Peek() == '#' ? "a comment needs a space before '#'" : "only a comment can follow a block scalar's '|' or '>' on its line");
        }

        if (!AtEnd)
        {
            SkipBreak();
        }

        var indent = increment > 0 ? (_indent >= 0 ? _indent + increment : increment) : -1;
        var valueStart = _scratchLength;
        var trailingBreaks = 0;
        var leadingBreak = false;
        var leadingBlank = false;
        BlockScalarBreaks(ref indent, ref trailingBreaks);
        var end = CurrentMark;
        while (_col == indent && !AtEnd && !IsDocumentIndicator())
        {
            var trailingBlank = IsBlank(Peek());
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
            {
                if (trailingBreaks == 0)
                {
                    Append((byte)' ');
                }
            }
            else if (leadingBreak)
            {
                Append((byte)'\n');
            }

            leadingBreak = false;
            AppendNewlines(trailingBreaks);
            trailingBreaks = 0;
            leadingBlank = trailingBlank;

            var lineStart = _pos;
            var lineEnd = _input.Slice(_pos).IndexOfAny((byte)'\n', (byte)'\r');
            lineEnd = lineEnd < 0 ? _input.Length : _pos + lineEnd;
            Append(_input.Slice(lineStart, lineEnd - lineStart));
            SkipRun(lineEnd);
            end = CurrentMark;
            leadingBreak = true; // the end of the text ends the last line like a line break
            if (AtEnd)
            {
                break;
            }

            SkipBreak();
            BlockScalarBreaks(ref indent, ref trailingBreaks);
        }

        if (chomping != -1 && leadingBreak)
        {
            Append((byte)'\n');
        }

        if (chomping == 1)
        {
            AppendNewlines(trailingBreaks);
        }

        AddScalarAt(start, end, valueStart, _scratchLength - valueStart, true, literal ? Utf8YamlScalarStyle.Literal : Utf8YamlScalarStyle.Folded);
    }

    /// <summary>
    /// Moves over the empty lines before a content line (counting them in <paramref name="trailingBreaks"/>)
    /// and its indentation. <paramref name="indent"/> -1 means auto-detect: the first line with content sets it.
    /// </summary>
    private void BlockScalarBreaks(ref int indent, ref int trailingBreaks)
    {
        var floor = _indent + 1;
        var maxIndent = 0;
        var emptyMax = 0;
        var emptyMaxMark = default(Mark);
        while (true)
        {
            while ((indent < 0 || _col < indent) && Peek() == ' ')
            {
                _pos++;
                _col++;
            }

            if (_col > maxIndent)
            {
                maxIndent = _col;
            }

            if (Peek() == '\t' && (indent < 0 ? _col < floor : _col < indent))
            {
                throw Error("a tab cannot indent a block scalar's line (tabs are not indentation in YAML)");
            }

            if (AtEnd && _col > 0 && indent < 0)
            {
                // A last line of spaces without a line break is an empty line.
                trailingBreaks++;
                break;
            }

            if (!IsBreak(Peek()))
            {
                break;
            }

            if (indent < 0 && _col > emptyMax)
            {
                emptyMax = _col;
                emptyMaxMark = CurrentMark;
            }

            SkipBreak();
            trailingBreaks++;
        }

        if (indent < 0)
        {
            // The first line with content sets the indentation; leading empty lines may not have more spaces.
            indent = Math.Max(AtEnd ? maxIndent : _col, floor);
            if (!AtEnd && _col >= floor && emptyMax > _col)
            {
                throw Error("a leading empty line of a block scalar has more spaces than its first line", emptyMaxMark);
            }
        }
    }
}
