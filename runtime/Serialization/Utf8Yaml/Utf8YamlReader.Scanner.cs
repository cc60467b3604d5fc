using System;

namespace NewsSchema.Generated;

/// <summary>The scanner: bytes to tokens, with simple-key look-back (the KEY token is inserted when its ':' is found).</summary>
public ref partial struct Utf8YamlReader
{
    private const int MaxSimpleKeyLength = 1024;

    // ---- character classes ------------------------------------------------------------

    private static bool IsBreak(byte b) => b is (byte)'\n' or (byte)'\r';

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t';

    private static bool IsBlankOrBreakOrEnd(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0;

    private static bool IsBreakOrEnd(byte b) => b is (byte)'\n' or (byte)'\r' or 0;

    private static bool IsFlowIndicator(byte b) => b is (byte)',' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}';

    private readonly bool AtEnd => _pos >= _input.Length;

    // ---- moving -----------------------------------------------------------------------

    /// <summary>Moves over one character (not a line break).</summary>
    private void SkipChar()
    {
        var b = _input[_pos];
        if (b < 0x80)
        {
            _pos++;
            _col++;
        }
        else if (b < 0xE0)
        {
            _pos += 2;
            _col++;
        }
        else if (b < 0xF0)
        {
            // U+FEFF counts no column only at the very start (handled there).
            _pos += 3;
            _col++;
        }
        else
        {
            _pos += 4;
            _col += 2;
        }
    }

    /// <summary>Moves over a line break (CRLF, CR or LF).</summary>
    private void SkipBreak()
    {
        if (_input[_pos] == '\r' && Peek(1) == '\n')
        {
            _pos += 2;
        }
        else
        {
            _pos++;
        }

        _line++;
        _col = 0;
        _lineStart = _pos;
    }

    /// <summary>Moves over the run [_pos, end) of characters on one line.</summary>
    private void SkipRun(int end)
    {
        if (System.Text.Ascii.IsValid(_input.Slice(_pos, end - _pos)))
        {
            _col += end - _pos;
            _pos = end;
            return;
        }

        for (var i = _pos; i < end; i++)
        {
            var b = _input[i];
            if ((b & 0xC0) != 0x80)
            {
                _col += b >= 0xF0 ? 2 : 1;
            }
        }

        _pos = end;
    }

    private readonly bool IsDocumentIndicator()
        => _col == 0
           && _pos + 3 <= _input.Length
           && ((_input[_pos] == '-' && _input[_pos + 1] == '-' && _input[_pos + 2] == '-') || (_input[_pos] == '.' && _input[_pos + 1] == '.' && _input[_pos + 2] == '.'))
           && IsBlankOrBreakOrEnd(Peek(3));

    // ---- the token queue ----------------------------------------------------------------

    private ref Token PeekToken()
    {
        FetchMoreTokens();
        return ref _tokens[_tokenHead];
    }

    private void SkipToken()
    {
        _tokenHead++;
        _tokenCount--;
        _tokensParsed++;
        if (_tokenCount == 0)
        {
            _tokenHead = 0;
        }
    }

    private void AppendToken(in Token token)
    {
        if (_tokenHead + _tokenCount == _tokens.Length)
        {
            if (_tokenHead > 0)
            {
                Array.Copy(_tokens, _tokenHead, _tokens, 0, _tokenCount);
                _tokenHead = 0;
            }
            else
            {
                _tokens = Grow(_tokens, _tokenCount);
            }
        }

        _tokens[_tokenHead + _tokenCount++] = token;
    }

    private void InsertToken(int index, in Token token)
    {
        AppendToken(token);
        var at = _tokenHead + index;
        var last = _tokenHead + _tokenCount - 1;
        if (at < last)
        {
            Array.Copy(_tokens, at, _tokens, at + 1, last - at);
            _tokens[at] = token;
        }
    }

    private void AppendSimple(TokenKind kind, Mark start, Mark end)
        => AppendToken(new Token { Kind = kind, Start = start, End = end });

    private void FetchMoreTokens()
    {
        while (true)
        {
            var need = _tokenCount == 0;
            if (!need)
            {
                StaleSimpleKeys();
                for (var i = 0; i < _simpleKeyCount; i++)
                {
                    ref var key = ref _simpleKeys[i];
                    if (key.Possible && key.TokenNumber == _tokensParsed)
                    {
                        need = true;
                        break;
                    }
                }
            }

            if (!need || _streamEndProduced)
            {
                return;
            }

            FetchNextToken();
        }
    }

    private void FetchNextToken()
    {
        if (!_streamStartProduced)
        {
            _streamStartProduced = true;
            _simpleKeyAllowed = true;
            if (_input.Length >= 3 && _input[0] == 0xEF && _input[1] == 0xBB && _input[2] == 0xBF)
            {
                _pos = 3;
            }

            AppendSimple(TokenKind.StreamStart, CurrentMark, CurrentMark);
            return;
        }

        ScanToNextToken();
        StaleSimpleKeys();
        UnrollIndent(_col);

        if (AtEnd)
        {
            FetchStreamEnd();
            return;
        }

        var c = _input[_pos];
        if (_col == 0)
        {
            if (c == '%')
            {
                FetchDirective();
                return;
            }

            if (IsDocumentIndicator())
            {
                FetchDocumentIndicator(c == '-' ? TokenKind.DocumentStart : TokenKind.DocumentEnd);
                return;
            }
        }

        if (_flowLevel > 0 && _indent >= 0 && c is not ((byte)']' or (byte)'}') && FirstOnLine() && LineIndentSpaces() <= _indent)
        {
            // Inside a block collection, flow content on a new line must be indented more than it.
            throw Error("a flow collection's content must be indented more than the block around it");
        }

        switch (c)
        {
            case (byte)'[':
                FetchFlowCollectionStart(TokenKind.FlowSequenceStart);
                return;
            case (byte)'{':
                FetchFlowCollectionStart(TokenKind.FlowMappingStart);
                return;
            case (byte)']':
                FetchFlowCollectionEnd(TokenKind.FlowSequenceEnd);
                return;
            case (byte)'}':
                FetchFlowCollectionEnd(TokenKind.FlowMappingEnd);
                return;
            case (byte)',':
                FetchFlowEntry();
                return;
            case (byte)'-' when IsBlankOrBreakOrEnd(Peek(1)):
                FetchBlockEntry();
                return;
            case (byte)'?' when IsBlankOrBreakOrEnd(Peek(1)) || (_flowLevel > 0 && IsFlowIndicator(Peek(1))):
                throw Refuse(Utf8YamlRefusal.ExplicitKey, "explicit keys ('? key') are not accepted in data; write 'key: value'", CurrentMark);
            case (byte)':' when IsValueIndicator():
                FetchValue();
                return;
            case (byte)'*':
                FetchAnchor(TokenKind.Alias);
                return;
            case (byte)'&':
                FetchAnchor(TokenKind.Anchor);
                return;
            case (byte)'!':
                FetchTag();
                return;
            case (byte)'|' when _flowLevel == 0:
                FetchBlockScalar(literal: true);
                return;
            case (byte)'>' when _flowLevel == 0:
                FetchBlockScalar(literal: false);
                return;
            case (byte)'\'':
                FetchQuotedScalar(single: true);
                return;
            case (byte)'"':
                FetchQuotedScalar(single: false);
                return;
        }

        if (CanStartPlain(c))
        {
            FetchPlainScalar();
            return;
        }

        throw Error(c switch
        {
            (byte)'\t' => "a tab cannot start a token here (tabs are not indentation in YAML)",
            (byte)'@' or (byte)'`' => $"'{(char)c}' is reserved in YAML and cannot start a plain scalar; quote the text",
            _ => $"'{(char)c}' cannot start a value here; quote the text",
        });
    }

    private readonly bool IsValueIndicator()
    {
        var next = Peek(1);
        if (IsBlankOrBreakOrEnd(next))
        {
            return true;
        }

        // In flow context ':' is an indicator before a flow indicator, or right after a JSON-like key ("a":1).
        return _flowLevel > 0 && (IsFlowIndicator(next) || _jsonLikeTokenNumber == _tokensParsed + _tokenCount);
    }

    private readonly bool CanStartPlain(byte c)
    {
        switch (c)
        {
            case (byte)'-' or (byte)'?' or (byte)':':
                var next = Peek(1);
                return !IsBlankOrBreakOrEnd(next) && !(_flowLevel > 0 && IsFlowIndicator(next));
            case (byte)',' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'#' or (byte)'&' or (byte)'*' or (byte)'!'
                or (byte)'|' or (byte)'>' or (byte)'\'' or (byte)'"' or (byte)'%' or (byte)'@' or (byte)'`':
                return false;
            default:
                return !IsBlankOrBreakOrEnd(c);
        }
    }

    private void ScanToNextToken()
    {
        _tabBefore = false;
        while (true)
        {
            // Tabs separate tokens; where a tab would indent a block key or list item, the fetchers refuse it.
            while (!AtEnd)
            {
                var b = _input[_pos];
                if (b == ' ')
                {
                    _pos++;
                    _col++;
                }
                else if (b == '\t')
                {
                    _tabBefore = true;
                    _pos++;
                    _col++;
                }
                else
                {
                    break;
                }
            }

            if (AtEnd)
            {
                return;
            }

            if (_input[_pos] == '#')
            {
                if (_pos > 0 && !IsBlankOrBreakOrEnd(_input[_pos - 1]))
                {
                    throw Error("a comment needs a space before '#'");
                }

                while (!AtEnd && !IsBreak(_input[_pos]))
                {
                    SkipChar();
                }
            }

            if (!AtEnd && IsBreak(_input[_pos]))
            {
                SkipBreak();
                _tabBefore = false;
                if (_flowLevel == 0)
                {
                    _simpleKeyAllowed = true;
                }
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>True when only blanks stand between the start of the line and the current position.</summary>
    private readonly bool FirstOnLine()
    {
        for (var i = _lineStart; i < _pos; i++)
        {
            if (!IsBlank(_input[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The spaces that indent the current line (a tab ends them).</summary>
    private readonly int LineIndentSpaces()
    {
        var i = _lineStart;
        while (i < _input.Length && _input[i] == ' ')
        {
            i++;
        }

        return i - _lineStart;
    }

    // ---- simple keys --------------------------------------------------------------------

    private void StaleSimpleKeys()
    {
        for (var i = 0; i < _simpleKeyCount; i++)
        {
            ref var key = ref _simpleKeys[i];
            // A key of a flow mapping may span lines; a block key and a flow list's single pair may not.
            if (key.Possible && ((key.Mark.Line < _line && !key.InFlowMapping) || key.Mark.Offset + MaxSimpleKeyLength < _pos))
            {
                if (key.Required)
                {
                    throw Error("expected ':' after this key on the same line (a key cannot span lines or exceed 1024 characters)", key.Mark);
                }

                key.Possible = false;
                key.TooLong = key.Mark.Line == _line;
            }
        }
    }

    private void SaveSimpleKey()
    {
        var required = _flowLevel == 0 && _indent == _col;
        if (_simpleKeyAllowed)
        {
            RemoveSimpleKey();
            ref var key = ref _simpleKeys[_simpleKeyCount - 1];
            key.Possible = true;
            key.Required = required;
            key.TokenNumber = _tokensParsed + _tokenCount;
            key.Mark = CurrentMark;
            key.TabBefore = _tabBefore;
            key.FirstOnLine = FirstOnLine();
            key.TooLong = false;
        }
    }

    private void RemoveSimpleKey()
    {
        ref var key = ref _simpleKeys[_simpleKeyCount - 1];
        if (key.Possible && key.Required)
        {
            throw Error("expected ':' after this key", key.Mark);
        }

        key.Possible = false;
    }

    private void IncreaseFlowLevel(bool mapping)
    {
        if (_flowLevel >= _maxDepth)
        {
            throw Limit($"the data is nested deeper than {_maxDepth} levels (ParseOptions.MaxDepth)", CurrentMark);
        }

        if (_simpleKeyCount == _simpleKeys.Length)
        {
            _simpleKeys = Grow(_simpleKeys, _simpleKeyCount);
        }

        _simpleKeys[_simpleKeyCount++] = new SimpleKey { InFlowMapping = mapping };
        _flowLevel++;
    }

    private void DecreaseFlowLevel()
    {
        if (_flowLevel > 0)
        {
            _flowLevel--;
            _simpleKeyCount--;
        }
    }

    // ---- indentation ----------------------------------------------------------------------

    private void RollIndent(int column, int number, TokenKind kind, Mark mark)
    {
        if (_flowLevel > 0 || _indent >= column)
        {
            return;
        }

        if (_indentCount >= _maxDepth + 1)
        {
            throw Limit($"the data is nested deeper than {_maxDepth} levels (ParseOptions.MaxDepth)", mark);
        }

        if (_indentCount == _indents.Length)
        {
            _indents = Grow(_indents, _indentCount);
        }

        _indents[_indentCount++] = _indent;
        _indent = column;
        var token = new Token { Kind = kind, Start = mark, End = mark };
        if (number < 0)
        {
            AppendToken(token);
        }
        else
        {
            InsertToken(number - _tokensParsed, token);
        }
    }

    private void UnrollIndent(int column)
    {
        if (_flowLevel > 0)
        {
            return;
        }

        while (_indent > column)
        {
            AppendSimple(TokenKind.BlockEnd, CurrentMark, CurrentMark);
            _indent = _indents[--_indentCount];
        }
    }

    // ---- fetchers -------------------------------------------------------------------------

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
        IncreaseFlowLevel(kind == TokenKind.FlowMappingStart);
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
            if (key.TooLong)
            {
                throw Error($"a key longer than {MaxSimpleKeyLength} characters is not allowed (YAML limits implicit keys)", key.Mark);
            }

            if (_flowLevel == 0)
            {
                if (!_simpleKeyAllowed)
                {
                    throw Error("a mapping value (': ') is not allowed here; quote the text if ':' is part of it");
                }

                throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key (': value') is not accepted in data", CurrentMark);
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

    // ---- directives -------------------------------------------------------------------------

    private void FetchDirective()
    {
        UnrollIndent(-1);
        RemoveSimpleKey();
        _simpleKeyAllowed = false;
        var start = CurrentMark;
        _pos++;
        _col++;
        var nameStart = _pos;
        while (!AtEnd && !IsBlankOrBreakOrEnd(_input[_pos]))
        {
            SkipChar();
        }

        var name = _input.Slice(nameStart, _pos - nameStart);
        if (name.Length == 0)
        {
            throw Error("a directive needs a name after '%'", start);
        }

        if (name.SequenceEqual("YAML"u8))
        {
            SkipBlanksRequired(start);
            var versionStart = _pos;
            while (!AtEnd && !IsBlankOrBreakOrEnd(_input[_pos]))
            {
                SkipChar();
            }

            var version = _input.Slice(versionStart, _pos - versionStart);
            var dot = version.IndexOf((byte)'.');
            if (dot <= 0 || dot == version.Length - 1 || !AllDigits(version.Slice(0, dot)) || !AllDigits(version.Slice(dot + 1)))
            {
                throw Error("the %YAML directive needs a version like 1.2", start);
            }

            if (!version.Slice(0, dot).SequenceEqual("1"u8))
            {
                throw Error("only YAML 1.x documents can be read", start);
            }

            FinishDirectiveLine();
            AppendToken(new Token { Kind = TokenKind.VersionDirective, Start = start, End = CurrentMark });
            return;
        }

        if (name.SequenceEqual("TAG"u8))
        {
            SkipBlanksRequired(start);
            var handleStart = _pos;
            if (Peek() != '!')
            {
                throw Error("a %TAG directive needs a handle like !e!", start);
            }

            var i = _pos + 1;
            while (i < _input.Length && IsWordChar(_input[i]))
            {
                i++;
            }

            if (i < _input.Length && _input[i] == '!')
            {
                i++;
            }
            else if (i != _pos + 1)
            {
                throw Error("a tag handle must end with '!'", start);
            }

            SkipRun(i);
            var handleLength = _pos - handleStart;
            SkipBlanksRequired(start);
            var prefixStart = _scratchLength;
            ScanUri(verbatim: true, start);
            if (_scratchLength == prefixStart)
            {
                throw Error("a %TAG directive needs a prefix", start);
            }

            FinishDirectiveLine();
            AppendToken(new Token { Kind = TokenKind.TagDirective, Start = start, End = CurrentMark, HandleStart = handleStart, HandleLength = handleLength, ValueStart = prefixStart, ValueLength = _scratchLength - prefixStart, InScratch = true });
            return;
        }

        // A reserved directive: ignored, to the end of its line (it still needs a '---' after it).
        while (!AtEnd && !IsBreak(_input[_pos]))
        {
            SkipChar();
        }

        AppendToken(new Token { Kind = TokenKind.ReservedDirective, Start = start, End = CurrentMark });
    }

    private static bool AllDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }

    private void SkipBlanksRequired(Mark start)
    {
        if (!IsBlank(Peek()))
        {
            throw Error("a directive's parts must be separated by spaces", start);
        }

        while (IsBlank(Peek()))
        {
            _pos++;
            _col++;
        }
    }

    private void FinishDirectiveLine()
    {
        while (IsBlank(Peek()))
        {
            _pos++;
            _col++;
        }

        if (Peek() == '#' && IsBlank(_input[_pos - 1]))
        {
            while (!AtEnd && !IsBreak(_input[_pos]))
            {
                SkipChar();
            }
        }

        if (!IsBreakOrEnd(Peek()))
        {
            throw Error("unexpected text after the directive");
        }
    }
}
