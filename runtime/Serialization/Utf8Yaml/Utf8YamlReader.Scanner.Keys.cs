using System;

namespace NewsSchema.Generated;

// The scanner: simple keys and indentation.
public ref partial struct Utf8YamlReader
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
}
