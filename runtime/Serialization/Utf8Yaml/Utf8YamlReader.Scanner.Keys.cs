using System;

namespace NewsSchema.Generated;

// The scanner: simple keys and indentation.
public partial struct Utf8YamlReader
{
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

    /// <summary>
    /// Opens a flow level; false past the depth limit. Then the limit error is queued as a token
    /// instead of thrown: the tokens before it (which a possible simple key holds back) still
    /// become events, so the parser's own depth check, or a reader of the events, meets the error
    /// where the nesting crosses the limit, inside the collections that lead to it.
    /// </summary>
    private bool IncreaseFlowLevel(bool mapping)
    {
        if (_flowLevel >= _maxDepth)
        {
            _deferredError = Limit($"the data is nested deeper than {_maxDepth} levels (ParseOptions.MaxDepth)", CurrentMark);
            _streamEndProduced = true; // fetch nothing more
            AppendSimple(TokenKind.Failure, CurrentMark, CurrentMark);
            return false;
        }

        if (_simpleKeyCount == _simpleKeys.Length)
        {
            _simpleKeys = Grow(_simpleKeys, _simpleKeyCount);
        }

        _simpleKeys[_simpleKeyCount++] = new SimpleKey { InFlowMapping = mapping, Bracket = CurrentMark };
        _flowLevel++;
        return true;
    }

    private void DecreaseFlowLevel()
    {
        if (_flowLevel > 0)
        {
            _flowLevel--;
            _simpleKeyCount--;
        }
    }

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

    /// <summary>
    /// Flow content at or left of the block's indentation. When the innermost flow collection
    /// opened on an earlier line, the likelier mistake is that its bracket was never closed: the
    /// error points at the bracket.
    /// </summary>
    private readonly Utf8YamlException FlowIndentError()
    {
        var bracket = _simpleKeys[_simpleKeyCount - 1];
        if (_flowLevel > 0 && bracket.Bracket.Line < _line)
        {
            var open = bracket.InFlowMapping ? "{" : "[";
            var close = bracket.InFlowMapping ? "}" : "]";
            return Error($"this '{open}' is not closed before line {_line}: a flow collection's content must be indented more than the block around it; add the '{close}', or indent the line", bracket.Bracket);
        }

        return Error("a flow collection's content must be indented more than the block around it");
    }
}
