using System;
using System.Text;

namespace NewsSchema.Generated;

// Scalars: single- and double-quoted.
public partial struct Utf8YamlReader
{
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
}
