using System;

namespace NewsSchema.Generated;

/// <summary>The parser: tokens to events, a state machine with a stack of states (no recursion).</summary>
public partial struct Utf8YamlReader
{
    private void PushState(ParserState state)
    {
        if (_stateCount == _states.Length)
        {
            _states = Grow(_states, _stateCount);
        }

        _states[_stateCount++] = state;
    }

    private ParserState PopState() => _states[--_stateCount];

    private void Parse()
    {
        switch (_state)
        {
            case ParserState.StreamStart:
                {
                    ref var token = ref PeekToken();
                    SetEvent(Utf8YamlEventKind.StreamStart, token.Start, token.End);
                    SkipToken();
                    _state = ParserState.ImplicitDocumentStart;
                    return;
                }

            case ParserState.ImplicitDocumentStart:
                ParseDocumentStart(implicitAllowed: true);
                return;
            case ParserState.DocumentStart:
                ParseDocumentStart(implicitAllowed: _afterExplicitEnd);
                return;
            case ParserState.DocumentContent:
                ParseDocumentContent();
                return;
            case ParserState.DocumentEnd:
                ParseDocumentEnd();
                return;
            case ParserState.BlockNode:
                ParseNode(block: true, indentlessSequence: false);
                return;
            case ParserState.BlockSequenceFirstEntry:
                SkipToken();
                ParseBlockSequenceEntry();
                return;
            case ParserState.BlockSequenceEntry:
                ParseBlockSequenceEntry();
                return;
            case ParserState.IndentlessSequenceEntry:
                ParseIndentlessSequenceEntry();
                return;
            case ParserState.BlockMappingFirstKey:
                SkipToken();
                ParseBlockMappingKey();
                return;
            case ParserState.BlockMappingKey:
                ParseBlockMappingKey();
                return;
            case ParserState.BlockMappingValue:
                ParseBlockMappingValue();
                return;
            case ParserState.FlowSequenceFirstEntry:
                SkipToken();
                ParseFlowSequenceEntry(first: true);
                return;
            case ParserState.FlowSequenceEntry:
                ParseFlowSequenceEntry(first: false);
                return;
            case ParserState.FlowSequenceEntryMappingKey:
                ParseFlowSequenceEntryMappingKey();
                return;
            case ParserState.FlowSequenceEntryMappingValue:
                ParseFlowSequenceEntryMappingValue();
                return;
            case ParserState.FlowSequenceEntryMappingEnd:
                {
                    _state = ParserState.FlowSequenceEntry;
                    ref var token = ref PeekToken();
                    SetEvent(Utf8YamlEventKind.MappingEnd, token.Start, token.Start);
                    return;
                }

            case ParserState.FlowMappingFirstKey:
                SkipToken();
                ParseFlowMappingKey(first: true);
                return;
            case ParserState.FlowMappingKey:
                ParseFlowMappingKey(first: false);
                return;
            case ParserState.FlowMappingValue:
                ParseFlowMappingValue(empty: false);
                return;
            case ParserState.FlowMappingEmptyValue:
                ParseFlowMappingValue(empty: true);
                return;
        }
    }

    private void SetEvent(Utf8YamlEventKind kind, Mark start, Mark end)
    {
        _kind = kind;
        _start = start;
        _end = end;
        switch (kind)
        {
            case Utf8YamlEventKind.MappingStart:
            case Utf8YamlEventKind.SequenceStart:
                if (++_depth > _maxDepth)
                {
                    throw Limit($"the data is nested deeper than {_maxDepth} levels (ParseOptions.MaxDepth)", start);
                }

                break;
            case Utf8YamlEventKind.MappingEnd:
            case Utf8YamlEventKind.SequenceEnd:
                _depth--;
                _anchors?.EndCollection(_depth, _eventCount + _expanded, _input);
                break;
        }
    }

    private void ParseDocumentStart(bool implicitAllowed)
    {
        ref var token = ref PeekToken();
        var sawEnd = false;
        while (token.Kind == TokenKind.DocumentEnd)
        {
            SkipToken();
            token = ref PeekToken();
            sawEnd = true;
        }

        implicitAllowed |= sawEnd;
        if (sawEnd)
        {
            _afterImplicitEnd = false;
        }

        _anchors?.Clear();
        if (implicitAllowed && token.Kind is not (TokenKind.VersionDirective or TokenKind.TagDirective or TokenKind.ReservedDirective or TokenKind.DocumentStart or TokenKind.StreamEnd))
        {
            _tagDirectivesLength = 0;
            PushState(ParserState.DocumentEnd);
            _state = ParserState.BlockNode;
            SetEvent(Utf8YamlEventKind.DocumentStart, token.Start, token.Start);
            return;
        }

        if (token.Kind != TokenKind.StreamEnd)
        {
            if (_afterImplicitEnd && token.Kind is TokenKind.VersionDirective or TokenKind.TagDirective or TokenKind.ReservedDirective)
            {
                throw Error("a directive after a document needs the document to end with '...' first", token.Start);
            }

            var start = token.Start;
            ProcessDirectives();
            token = ref PeekToken();
            if (token.Kind != TokenKind.DocumentStart)
            {
                throw Error("expected '---' to start the document", token.Start);
            }

            PushState(ParserState.DocumentEnd);
            _state = ParserState.DocumentContent;
            SetEvent(Utf8YamlEventKind.DocumentStart, start, token.End);
            _flag = true;
            SkipToken();
            return;
        }

        SetEvent(Utf8YamlEventKind.StreamEnd, token.Start, token.End);
        _state = ParserState.End;
        SkipToken();
    }

    private void ProcessDirectives()
    {
        _tagDirectivesLength = 0;
        var version = false;
        while (true)
        {
            ref var token = ref PeekToken();
            if (token.Kind == TokenKind.VersionDirective)
            {
                if (version)
                {
                    throw Error("a document can have only one %YAML directive", token.Start);
                }

                version = true;
            }
            else if (token.Kind == TokenKind.TagDirective)
            {
                var handle = _input.Slice(token.HandleStart, token.HandleLength);
                if (FindTagDirective(handle, out _, out _))
                {
                    throw Error($"the tag handle '{Text(handle)}' is declared twice", token.Start);
                }

                var prefix = _scratch.AsSpan(token.ValueStart, token.ValueLength);
                var need = _tagDirectivesLength + 8 + handle.Length + prefix.Length;
                if (_tagDirectives is null || _tagDirectives.Length < need)
                {
                    Array.Resize(ref _tagDirectives, Math.Max(64, need * 2));
                }

                WriteInt(_tagDirectives, _tagDirectivesLength, handle.Length);
                handle.CopyTo(_tagDirectives.AsSpan(_tagDirectivesLength + 4));
                WriteInt(_tagDirectives, _tagDirectivesLength + 4 + handle.Length, prefix.Length);
                prefix.CopyTo(_tagDirectives.AsSpan(_tagDirectivesLength + 8 + handle.Length));
                _tagDirectivesLength = need;
            }
            else if (token.Kind != TokenKind.ReservedDirective)
            {
                return;
            }

            SkipToken();
        }
    }

    private static string Text(ReadOnlySpan<byte> bytes) => System.Text.Encoding.UTF8.GetString(bytes);

    private static void WriteInt(byte[] buffer, int at, int value)
        => System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(at), value);

    private readonly bool FindTagDirective(ReadOnlySpan<byte> handle, out int prefixStart, out int prefixLength)
    {
        var i = 0;
        while (i < _tagDirectivesLength)
        {
            var handleLength = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_tagDirectives.AsSpan(i));
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_tagDirectives.AsSpan(i + 4 + handleLength));
            if (_tagDirectives.AsSpan(i + 4, handleLength).SequenceEqual(handle))
            {
                prefixStart = i + 8 + handleLength;
                prefixLength = length;
                return true;
            }

            i += 8 + handleLength + length;
        }

        prefixStart = 0;
        prefixLength = 0;
        return false;
    }

    private void ParseDocumentContent()
    {
        ref var token = ref PeekToken();
        if (token.Kind is TokenKind.VersionDirective or TokenKind.TagDirective or TokenKind.ReservedDirective or TokenKind.DocumentStart or TokenKind.DocumentEnd or TokenKind.StreamEnd)
        {
            _state = PopState();
            EmptyScalar(token.Start);
            return;
        }

        ParseNode(block: true, indentlessSequence: false);
    }

    private void ParseDocumentEnd()
    {
        ref var token = ref PeekToken();
        var start = token.Start;
        var end = token.Start;
        var explicitEnd = false;
        if (token.Kind == TokenKind.DocumentEnd)
        {
            end = token.End;
            SkipToken();
            explicitEnd = true;
        }
        else if (token.Kind is not (TokenKind.DocumentStart or TokenKind.StreamEnd or TokenKind.VersionDirective or TokenKind.TagDirective or TokenKind.ReservedDirective))
        {
            throw Error("expected the end of the document; is this line indented wrongly?", token.Start);
        }

        _afterExplicitEnd = explicitEnd;
        _afterImplicitEnd = !explicitEnd;
        _documentStartLine = -1;
        _state = ParserState.DocumentStart;
        SetEvent(Utf8YamlEventKind.DocumentEnd, start, end);
        _flag = explicitEnd;
    }
}
