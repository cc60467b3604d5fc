using System;
using System.Text;

namespace NewsSchema.Generated;

/// <summary>The scanner: bytes to tokens, with simple-key look-back (the KEY token is inserted when its ':' is found).</summary>
public partial struct Utf8YamlReader
{
    private const int MaxSimpleKeyLength = 1024;

    private static bool IsBreak(byte b) => b is (byte)'\n' or (byte)'\r';

    private static bool IsBlank(byte b) => b is (byte)' ' or (byte)'\t';

    private static bool IsBlankOrBreakOrEnd(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0;

    private static bool IsBreakOrEnd(byte b) => b is (byte)'\n' or (byte)'\r' or 0;

    private static bool IsFlowIndicator(byte b) => b is (byte)',' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}';

    private readonly bool AtEnd => _pos >= _input.Length;

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
        if (_ascii || Ascii.IsValid(_input.Slice(_pos, end - _pos)))
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

    private ref Token PeekToken()
    {
        FetchMoreTokens();
        ref var token = ref _tokens[_tokenHead];
        if (token.Kind == TokenKind.Failure)
        {
            throw _deferredError!;
        }

        return ref token;
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
            throw FlowIndentError();
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
                FetchExplicitKey();
                return;
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
}
