using System;
using System.Buffers;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>The scalar scanners: plain, single- and double-quoted, literal and folded.</summary>
public ref partial struct Utf8YamlReader
{
    private static readonly SearchValues<byte> PlainStopsBlock = SearchValues.Create(" \t\r\n:"u8);
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

    // ---- plain --------------------------------------------------------------------------

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

            // A run of characters up to a blank, a break, ": " or (in flow context) a flow indicator.
            var runStart = _pos;
            var i = _pos;
            var input = _input;
            var stops = flow ? PlainStopsFlow : PlainStopsBlock;
            while (true)
            {
                var k = input.Slice(i).IndexOfAny(stops);
                if (k < 0)
                {
                    i = input.Length;
                    break;
                }

                i += k;
                if (input[i] == ':')
                {
                    var next = i + 1 < input.Length ? input[i + 1] : (byte)0;
                    if (!IsBlankOrBreakOrEnd(next) && !(flow && IsFlowIndicator(next)))
                    {
                        i++;
                        continue;
                    }
                }

                break;
            }

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
                throw Error("a flow collection's content must be indented more than the block around it");
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

    // ---- quoted -------------------------------------------------------------------------

    private void FetchQuotedScalar(bool single)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var start = CurrentMark;
        var quote = single ? (byte)'\'' : (byte)'"';
        _pos++;
        _col++;
        var contentStart = _pos;
        var rawEnd = _pos;
        var inScratch = false;
        var valueStart = 0;

        while (true)
        {
            if (IsDocumentIndicator())
            {
                throw Error("a document marker cannot stand inside quoted text; is a closing quote missing?", start);
            }

            if (AtEnd)
            {
                throw Error($"the quoted text is not closed: a {(single ? "'" : "\"")} is missing", start);
            }

            var escapedBreak = false;
            while (!AtEnd)
            {
                var b = _input[_pos];
                if (b == quote)
                {
                    if (single && Peek(1) == '\'')
                    {
                        ToScratch(ref inScratch, ref valueStart, contentStart, rawEnd);
                        Append((byte)'\'');
                        _pos += 2;
                        _col += 2;
                        continue;
                    }

                    break;
                }

                if (!single && b == '\\')
                {
                    ToScratch(ref inScratch, ref valueStart, contentStart, rawEnd);
                    if (IsBreak(Peek(1)))
                    {
                        _pos++;
                        _col++;
                        SkipBreak();
                        CheckQuotedIndentation(start);
                        escapedBreak = true;
                        break;
                    }

                    ReadEscape();
                    continue;
                }

                if (b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
                {
                    break;
                }

                var i = _input.Slice(_pos + 1).IndexOfAny(single ? SingleQuotedStops : DoubleQuotedStops);
                i = i < 0 ? _input.Length : _pos + 1 + i;

                if (inScratch)
                {
                    Append(_input.Slice(_pos, i - _pos));
                }

                SkipRun(i);
                rawEnd = i;
            }

            if (Peek() == quote)
            {
                break;
            }

            // Blanks and line breaks, then the join.
            var leadingBlanks = escapedBreak;
            var lineBreak = false;
            var trailingBreaks = 0;
            var whitespaceStart = _pos;
            var whitespaceEnd = _pos;
            while (true)
            {
                var c = Peek();
                if (IsBlank(c))
                {
                    if (!leadingBlanks)
                    {
                        whitespaceEnd = _pos + 1;
                    }

                    _pos++;
                    _col++;
                }
                else if (IsBreak(c))
                {
                    if (!leadingBlanks)
                    {
                        leadingBlanks = true;
                        lineBreak = true;
                    }
                    else
                    {
                        trailingBreaks++;
                    }

                    SkipBreak();
                    CheckQuotedIndentation(start);
                }
                else
                {
                    break;
                }
            }

            if (leadingBlanks)
            {
                ToScratch(ref inScratch, ref valueStart, contentStart, rawEnd);
                if (lineBreak && trailingBreaks == 0)
                {
                    Append((byte)' ');
                }
                else
                {
                    AppendNewlines(trailingBreaks);
                }
            }
            else if (inScratch)
            {
                Append(_input.Slice(whitespaceStart, whitespaceEnd - whitespaceStart));
            }
            else
            {
                rawEnd = whitespaceEnd;
            }
        }

        _pos++;
        _col++;
        var style = single ? Utf8YamlScalarStyle.SingleQuoted : Utf8YamlScalarStyle.DoubleQuoted;
        if (inScratch)
        {
            AddScalar(start, valueStart, _scratchLength - valueStart, true, style);
        }
        else
        {
            AddScalar(start, contentStart, rawEnd - contentStart, false, style);
        }

        if (_flowLevel > 0)
        {
            _jsonLikeTokenNumber = _tokensParsed + _tokenCount;
        }
    }

    /// <summary>A continuation line of quoted text must be indented more than the block it is in (tabs do not count).</summary>
    private readonly void CheckQuotedIndentation(Mark start)
    {
        var i = _pos;
        while (i < _input.Length && _input[i] == ' ')
        {
            i++;
        }

        var spaces = i - _pos;
        while (i < _input.Length && IsBlank(_input[i]))
        {
            i++;
        }

        if (i >= _input.Length || IsBreak(_input[i]))
        {
            return;
        }

        if (spaces < _indent + 1)
        {
            throw Error("a continuation line of quoted text must be indented more than the block around it", new Mark(_pos, _line, 0));
        }

        _ = start;
    }

    private void ToScratch(ref bool inScratch, ref int valueStart, int contentStart, int rawEnd)
    {
        if (!inScratch)
        {
            valueStart = _scratchLength;
            Append(_input.Slice(contentStart, rawEnd - contentStart));
            inScratch = true;
        }
    }

    private void ReadEscape()
    {
        var at = CurrentMark;
        var e = Peek(1);
        int length;
        switch (e)
        {
            case (byte)'0': Append(0); break;
            case (byte)'a': Append(7); break;
            case (byte)'b': Append(8); break;
            case (byte)'t' or (byte)'\t': Append(9); break;
            case (byte)'n': Append(10); break;
            case (byte)'v': Append(11); break;
            case (byte)'f': Append(12); break;
            case (byte)'r': Append(13); break;
            case (byte)'e': Append(27); break;
            case (byte)' ': Append((byte)' '); break;
            case (byte)'"': Append((byte)'"'); break;
            case (byte)'/': Append((byte)'/'); break;
            case (byte)'\\': Append((byte)'\\'); break;
            case (byte)'N': AppendRune(0x85); break;
            case (byte)'_': AppendRune(0xA0); break;
            case (byte)'L': AppendRune(0x2028); break;
            case (byte)'P': AppendRune(0x2029); break;
            case (byte)'x':
            case (byte)'u':
            case (byte)'U':
                length = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                var value = 0L;
                for (var k = 0; k < length; k++)
                {
                    var h = Peek(2 + k);
                    if (!IsHex(h))
                    {
                        throw Error($"the escape '\\{(char)e}' needs {length} hexadecimal digits", at);
                    }

                    value = (value << 4) | (uint)HexValue(h);
                }

                if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
                {
                    throw Error($"the escape '\\{(char)e}' gives U+{value:X}, which is not a Unicode scalar value", at);
                }

                AppendRune((int)value);
                _pos += 2 + length;
                _col += 2 + length;
                return;
            default:
                throw Error(e == 0 ? "the quoted text is not closed" : $"'\\{(e < 0x80 ? ((char)e).ToString() : "…")}' is not an escape YAML knows", at);
        }

        _pos += 2;
        _col += 2;
    }

    private void AppendRune(int value)
    {
        EnsureScratch(4);
        _scratchLength += new Rune(value).EncodeToUtf8(_scratch.AsSpan(_scratchLength));
    }

    // ---- block ----------------------------------------------------------------------------

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
