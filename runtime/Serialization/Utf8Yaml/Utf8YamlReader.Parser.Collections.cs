using System;

namespace NewsSchema.Generated;

// The parser: block and flow collections.
public partial struct Utf8YamlReader
{
    private void ParseBlockSequenceEntry()
    {
        ref var token = ref PeekToken();
        if (token.Kind == TokenKind.BlockEntry)
        {
            var mark = token.End;
            SkipToken();
            token = ref PeekToken();
            if (token.Kind is not (TokenKind.BlockEntry or TokenKind.BlockEnd))
            {
                PushState(ParserState.BlockSequenceEntry);
                ParseNode(block: true, indentlessSequence: false);
            }
            else
            {
                _state = ParserState.BlockSequenceEntry;
                EmptyScalar(mark);
            }

            return;
        }

        if (token.Kind == TokenKind.BlockEnd)
        {
            _state = PopState();
            SetEvent(Utf8YamlEventKind.SequenceEnd, token.Start, token.End);
            SkipToken();
            return;
        }

        throw Error("expected a list item ('- ') here; is this line indented wrongly?", token.Start);
    }

    private void ParseIndentlessSequenceEntry()
    {
        ref var token = ref PeekToken();
        if (token.Kind == TokenKind.BlockEntry)
        {
            var mark = token.End;
            SkipToken();
            token = ref PeekToken();
            if (token.Kind is not (TokenKind.BlockEntry or TokenKind.Key or TokenKind.Value or TokenKind.BlockEnd))
            {
                PushState(ParserState.IndentlessSequenceEntry);
                ParseNode(block: true, indentlessSequence: false);
            }
            else
            {
                _state = ParserState.IndentlessSequenceEntry;
                EmptyScalar(mark);
            }

            return;
        }

        _state = PopState();
        SetEvent(Utf8YamlEventKind.SequenceEnd, token.Start, token.Start);
    }

    private void ParseBlockMappingKey()
    {
        ref var token = ref PeekToken();
        if (token.Kind == TokenKind.Key)
        {
            var mark = token.End;
            SkipToken();
            token = ref PeekToken();
            if (token.Kind is not (TokenKind.Key or TokenKind.Value or TokenKind.BlockEnd))
            {
                CheckKey(ref token);
                PushState(ParserState.BlockMappingValue);
                ParseNode(block: true, indentlessSequence: true);
            }
            else
            {
                throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key is not accepted in data", mark);
            }

            return;
        }

        if (token.Kind == TokenKind.BlockEnd)
        {
            _state = PopState();
            SetEvent(Utf8YamlEventKind.MappingEnd, token.Start, token.End);
            SkipToken();
            return;
        }

        if (token.Kind == TokenKind.Value)
        {
            throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key (': value') is not accepted in data", token.Start);
        }

        throw Error("expected a key ('key: value') here; is this line indented wrongly?", token.Start);
    }

    /// <summary>Refuses a collection as a key (after its anchor and tag, if any): a flow one, or a block one after an explicit key.</summary>
    private void CheckKey(ref Token token)
    {
        var index = 0;
        var kind = token.Kind;
        while (kind is TokenKind.Anchor or TokenKind.Tag && ++index < _tokenCount)
        {
            kind = _tokens[_tokenHead + index].Kind;
        }

        if (kind is TokenKind.FlowSequenceStart or TokenKind.FlowMappingStart or TokenKind.BlockSequenceStart or TokenKind.BlockMappingStart or TokenKind.BlockEntry)
        {
            throw Refuse(Utf8YamlRefusal.CollectionKey, "a mapping or list used as a key is not accepted in data; keys are text", _tokens[_tokenHead + index].Start);
        }
    }

    private void ParseBlockMappingValue()
    {
        ref var token = ref PeekToken();
        if (token.Kind == TokenKind.Value)
        {
            var mark = token.End;
            SkipToken();
            token = ref PeekToken();
            if (token.Kind is not (TokenKind.Key or TokenKind.Value or TokenKind.BlockEnd))
            {
                PushState(ParserState.BlockMappingKey);
                ParseNode(block: true, indentlessSequence: true);
            }
            else
            {
                _state = ParserState.BlockMappingKey;
                EmptyScalar(mark);
            }

            return;
        }

        _state = ParserState.BlockMappingKey;
        EmptyScalar(token.Start);
    }

    private void ParseFlowSequenceEntry(bool first)
    {
        ref var token = ref PeekToken();
        if (token.Kind != TokenKind.FlowSequenceEnd)
        {
            if (!first)
            {
                if (token.Kind != TokenKind.FlowEntry)
                {
                    throw Error("expected ',' or ']' in the flow list", token.Start);
                }

                SkipToken();
                token = ref PeekToken();
            }

            if (token.Kind == TokenKind.Key)
            {
                _state = ParserState.FlowSequenceEntryMappingKey;
                SetEvent(Utf8YamlEventKind.MappingStart, token.Start, token.End);
                _flag = true;
                SkipToken();
                return;
            }

            if (token.Kind == TokenKind.Value)
            {
                throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key is not accepted in data", token.Start);
            }

            if (token.Kind != TokenKind.FlowSequenceEnd)
            {
                PushState(ParserState.FlowSequenceEntry);
                ParseNode(block: false, indentlessSequence: false);
                return;
            }
        }

        _state = PopState();
        SetEvent(Utf8YamlEventKind.SequenceEnd, token.Start, token.End);
        SkipToken();
    }

    private void ParseFlowSequenceEntryMappingKey()
    {
        ref var token = ref PeekToken();
        if (token.Kind is not (TokenKind.Value or TokenKind.FlowEntry or TokenKind.FlowSequenceEnd))
        {
            CheckKey(ref token);
            PushState(ParserState.FlowSequenceEntryMappingValue);
            ParseNode(block: false, indentlessSequence: false);
            return;
        }

        throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key is not accepted in data", token.Start);
    }

    private void ParseFlowSequenceEntryMappingValue()
    {
        ref var token = ref PeekToken();
        if (token.Kind == TokenKind.Value)
        {
            SkipToken();
            token = ref PeekToken();
            if (token.Kind is not (TokenKind.FlowEntry or TokenKind.FlowSequenceEnd))
            {
                PushState(ParserState.FlowSequenceEntryMappingEnd);
                ParseNode(block: false, indentlessSequence: false);
                return;
            }
        }

        _state = ParserState.FlowSequenceEntryMappingEnd;
        EmptyScalar(token.Start);
    }

    private void ParseFlowMappingKey(bool first)
    {
        ref var token = ref PeekToken();
        if (token.Kind != TokenKind.FlowMappingEnd)
        {
            if (!first)
            {
                if (token.Kind != TokenKind.FlowEntry)
                {
                    throw Error("expected ',' or '}' in the flow mapping", token.Start);
                }

                SkipToken();
                token = ref PeekToken();
            }

            if (token.Kind == TokenKind.Key)
            {
                SkipToken();
                token = ref PeekToken();
                if (token.Kind is not (TokenKind.Value or TokenKind.FlowEntry or TokenKind.FlowMappingEnd))
                {
                    CheckKey(ref token);
                    PushState(ParserState.FlowMappingValue);
                    ParseNode(block: false, indentlessSequence: false);
                    return;
                }

                throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key is not accepted in data", token.Start);
            }

            if (token.Kind == TokenKind.Value)
            {
                throw Refuse(Utf8YamlRefusal.EmptyKey, "a mapping entry without a key is not accepted in data", token.Start);
            }

            if (token.Kind != TokenKind.FlowMappingEnd)
            {
                CheckKey(ref token);
                PushState(ParserState.FlowMappingEmptyValue);
                ParseNode(block: false, indentlessSequence: false);
                return;
            }
        }

        _state = PopState();
        SetEvent(Utf8YamlEventKind.MappingEnd, token.Start, token.End);
        SkipToken();
    }

    private void ParseFlowMappingValue(bool empty)
    {
        ref var token = ref PeekToken();
        if (empty)
        {
            _state = ParserState.FlowMappingKey;
            EmptyScalar(token.Start);
            return;
        }

        if (token.Kind == TokenKind.Value)
        {
            SkipToken();
            token = ref PeekToken();
            if (token.Kind is not (TokenKind.FlowEntry or TokenKind.FlowMappingEnd))
            {
                PushState(ParserState.FlowMappingKey);
                ParseNode(block: false, indentlessSequence: false);
                return;
            }
        }

        _state = ParserState.FlowMappingKey;
        EmptyScalar(token.Start);
    }
}
