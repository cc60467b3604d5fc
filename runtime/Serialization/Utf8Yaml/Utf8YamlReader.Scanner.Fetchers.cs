using System;

namespace NewsSchema.Generated;

// The scanner: the fetchers, one per kind of token.
public partial struct Utf8YamlReader
{
    private void FetchStreamEnd()
    {
        if (_col != 0)
        {
            _col = 0;
            _line++;
        }

        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        _streamEndProduced = true;
        if (_flowLevel > 0)
        {
            throw Error("the text ends inside a flow collection: a ']' or '}' is missing");
        }

        AppendSimple(TokenKind.StreamEnd, CurrentMark, CurrentMark);
    }

    private void FetchDocumentIndicator(TokenKind kind)
    {
        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        if (_flowLevel > 0)
        {
            throw Error("a document marker cannot stand inside a flow collection");
        }

        var start = CurrentMark;
        _pos += 3;
        _col += 3;
        AppendSimple(kind, start, CurrentMark);
        if (kind == TokenKind.DocumentStart)
        {
            _documentStartLine = _line;
            _simpleKeyAllowed = false;
        }
        else
        {
            // Only a comment may follow '...' on its line.
            var i = _pos;
            while (i < _input.Length && IsBlank(_input[i]))
            {
                i++;
            }

            if (i < _input.Length && !IsBreak(_input[i]) && _input[i] != '#')
            {
                throw Error("only a comment can follow '...' on its line", new Mark(i, _line, _col + (i - _pos)));
            }
        }
    }

    private void FetchFlowCollectionStart(TokenKind kind)
    {
        SaveSimpleKey();
        if (!IncreaseFlowLevel(kind == TokenKind.FlowMappingStart))
        {
            return;
        }

        _simpleKeyAllowed = true;
        var start = CurrentMark;
        _pos++;
        _col++;
        AppendSimple(kind, start, CurrentMark);
    }

    private void FetchFlowCollectionEnd(TokenKind kind)
    {
        if (_flowLevel == 0)
        {
            throw Error($"'{(kind == TokenKind.FlowSequenceEnd ? ']' : '}')}' closes nothing; quote the text if it is part of a value");
        }

        RemoveSimpleKey();
        DecreaseFlowLevel();
        _simpleKeyAllowed = false;
        var start = CurrentMark;
        _pos++;
        _col++;
        AppendSimple(kind, start, CurrentMark);
        if (_flowLevel > 0)
        {
            _jsonLikeTokenNumber = _tokensParsed + _tokenCount;
        }
    }

    private void FetchFlowEntry()
    {
        if (_flowLevel == 0)
        {
            throw Error("',' outside a flow collection cannot start a value; quote the text");
        }

        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = CurrentMark;
        _pos++;
        _col++;
        AppendSimple(TokenKind.FlowEntry, start, CurrentMark);
    }

    private void FetchBlockEntry()
    {
        if (_flowLevel == 0)
        {
            if (!_simpleKeyAllowed)
            {
                throw Error("a list item ('- ') cannot start here");
            }

            if (_tabBefore)
            {
                throw Error("a tab cannot indent a list item (tabs are not indentation in YAML); use spaces");
            }

            if (_line == _documentStartLine)
            {
                throw Error("a block list cannot start on the '---' line");
            }

            RollIndent(_col, -1, TokenKind.BlockSequenceStart, CurrentMark);
        }
        else
        {
            throw Error("a block list item ('- ') cannot stand inside a flow collection");
        }

        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = CurrentMark;
        _pos++;
        _col++;
        AppendSimple(TokenKind.BlockEntry, start, CurrentMark);
    }

    /// <summary>
    /// <c>? </c> in a block mapping: an explicit key. Our YAML writer writes one for a key longer
    /// than an implicit key may be (1,024 characters), so the reader takes the form; the parser
    /// still refuses a key that is not a scalar. In a flow collection it stays refused.
    /// </summary>
    private void FetchExplicitKey()
    {
        if (_flowLevel > 0)
        {
            throw Refuse(Utf8YamlRefusal.ExplicitKey, "explicit keys ('? key') are not accepted in a flow collection; write 'key: value'", CurrentMark);
        }

        if (!_simpleKeyAllowed)
        {
            throw Error("an explicit key ('? ') cannot start here");
        }

        if (_tabBefore)
        {
            throw Error("a tab cannot indent a key (tabs are not indentation in YAML); use spaces");
        }

        if (_line == _documentStartLine)
        {
            throw Error("a block mapping cannot start on the '---' line");
        }

        RollIndent(_col, -1, TokenKind.BlockMappingStart, CurrentMark);
        RemoveSimpleKey();
        _simpleKeyAllowed = true;
        var start = CurrentMark;
        _pos++;
        _col++;
        AppendSimple(TokenKind.Key, start, CurrentMark);
    }

    private void FetchValue()
    {
        ref var key = ref _simpleKeys[_simpleKeyCount - 1];
        if (key.Possible)
        {
            if (_flowLevel == 0 && key.Mark.Line == _documentStartLine)
            {
                throw Error("a block mapping cannot start on the '---' line", key.Mark);
            }

            if (_flowLevel == 0 && key.TabBefore && (_indent < key.Mark.Column || key.FirstOnLine))
            {
                throw Error("a tab cannot indent a key (tabs are not indentation in YAML); use spaces", key.Mark);
            }

            InsertToken(key.TokenNumber - _tokensParsed, new Token { Kind = TokenKind.Key, Start = key.Mark, End = key.Mark });
            RollIndent(key.Mark.Column, key.TokenNumber, TokenKind.BlockMappingStart, key.Mark);
            key.Possible = false;
            _simpleKeyAllowed = false;
        }
        else
        {
            // A too-long candidate on an earlier line was the text of an explicit key ('? key').
            if (key.TooLong && key.Mark.Line == _line)
            {
                throw Error($"a key longer than {MaxSimpleKeyLength} characters is not allowed (YAML limits implicit keys)", key.Mark);
            }

            if (_flowLevel == 0)
            {
                if (!_simpleKeyAllowed)
                {
                    throw Error("a mapping value (': ') is not allowed here; quote the text if ':' is part of it");
                }

                // The value of an explicit key ('? key' on the line before); without one the
                // parser refuses the entry (EmptyKey).
                RollIndent(_col, -1, TokenKind.BlockMappingStart, CurrentMark);
                _simpleKeyAllowed = true;
                var valueStart = CurrentMark;
                _pos++;
                _col++;
                AppendSimple(TokenKind.Value, valueStart, CurrentMark);
                return;
            }

            throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key (': value') is not accepted in data", CurrentMark);
        }

        var start = CurrentMark;
        _pos++;
        _col++;
        AppendSimple(TokenKind.Value, start, CurrentMark);
    }

    private void FetchAnchor(TokenKind kind)
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var start = CurrentMark;
        _pos++;
        _col++;
        var nameStart = _pos;
        while (!AtEnd && !IsBlankOrBreakOrEnd(_input[_pos]) && !IsFlowIndicator(_input[_pos]))
        {
            SkipChar();
        }

        if (_pos == nameStart)
        {
            throw Error(kind == TokenKind.Alias ? "'*' must be followed by an anchor name" : "'&' must be followed by an anchor name", start);
        }

        if (Peek() is (byte)'[' or (byte)'{')
        {
            throw Error(kind == TokenKind.Alias ? "an alias must be followed by a space or a separator" : "an anchor must be separated from its value by a space");
        }

        AppendToken(new Token { Kind = kind, Start = start, End = CurrentMark, ValueStart = nameStart, ValueLength = _pos - nameStart });
    }

    private void FetchTag()
    {
        SaveSimpleKey();
        _simpleKeyAllowed = false;
        var start = CurrentMark;
        int handleStart, handleLength;
        if (Peek(1) == '<')
        {
            // Verbatim: !<uri>
            _pos += 2;
            _col += 2;
            handleStart = _pos;
            handleLength = 0;
            var suffixStart = _scratchLength;
            ScanUri(verbatim: true, start);
            if (Peek() != '>')
            {
                throw Error("a verbatim tag '!<...>' needs its closing '>'", start);
            }

            if (_scratchLength == suffixStart)
            {
                throw Error("a verbatim tag cannot be empty", start);
            }

            _pos++;
            _col++;
            FinishTag(start, handleStart, handleLength, suffixStart);
            return;
        }

        // A handle: '!', '!!' or '!name!'; otherwise '!suffix' uses the primary handle '!'.
        handleStart = _pos;
        var i = _pos + 1;
        while (i < _input.Length && (IsWordChar(_input[i])))
        {
            i++;
        }

        if (i < _input.Length && _input[i] == '!')
        {
            handleLength = i + 1 - _pos;
        }
        else
        {
            handleLength = 1;
        }

        SkipRun(_pos + handleLength);
        var start2 = _scratchLength;
        ScanUri(verbatim: false, start);
        if (_scratchLength == start2 && handleLength > 1)
        {
            throw Error("a tag needs a name after its handle", start);
        }

        FinishTag(start, handleStart, handleLength, start2);
    }

    private void FinishTag(Mark start, int handleStart, int handleLength, int suffixStart)
    {
        var next = Peek();
        if (!IsBlankOrBreakOrEnd(next) && !(_flowLevel > 0 && next == ','))
        {
            throw Error("a tag must be followed by a space", CurrentMark);
        }

        AppendToken(new Token
        {
            Kind = TokenKind.Tag,
            Start = start,
            End = CurrentMark,
            HandleStart = handleStart,
            HandleLength = handleLength,
            ValueStart = suffixStart,
            ValueLength = _scratchLength - suffixStart,
            InScratch = true,
        });
    }

    private static bool IsWordChar(byte b)
        => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or (byte)'-';

    /// <summary>Scans URI characters into the scratch buffer, decoding %XX escapes.</summary>
    private void ScanUri(bool verbatim, Mark start)
    {
        while (!AtEnd)
        {
            var b = _input[_pos];
            if (b == '%')
            {
                if (_pos + 2 >= _input.Length || !IsHex(_input[_pos + 1]) || !IsHex(_input[_pos + 2]))
                {
                    throw Error("a '%' in a tag must start an escape like %21", CurrentMark);
                }

                Append((byte)((HexValue(_input[_pos + 1]) << 4) | HexValue(_input[_pos + 2])));
                _pos += 3;
                _col += 3;
                continue;
            }

            var ok = IsWordChar(b) || b is (byte)';' or (byte)'/' or (byte)'?' or (byte)':' or (byte)'@' or (byte)'&' or (byte)'=' or (byte)'+'
                or (byte)'$' or (byte)'.' or (byte)'~' or (byte)'*' or (byte)'\'' or (byte)'(' or (byte)')' or (byte)'_' or (byte)'#';
            if (!ok)
            {
                // '!' ends a handle, and flow indicators are only allowed in verbatim tags.
                ok = verbatim && (b is (byte)'!' or (byte)',' or (byte)'[' or (byte)']');
            }

            if (!ok && b >= 0x80 && verbatim)
            {
                ok = true;
            }

            if (!ok)
            {
                break;
            }

            var from = _pos;
            SkipChar();
            Append(_input.Slice(from, _pos - from));
        }

        _ = start;
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
