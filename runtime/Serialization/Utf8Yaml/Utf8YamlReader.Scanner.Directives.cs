using System;

namespace NewsSchema.Generated;

// The scanner: directives.
public partial struct Utf8YamlReader
{
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
