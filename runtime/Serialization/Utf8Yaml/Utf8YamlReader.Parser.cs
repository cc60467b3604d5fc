using System;

namespace NewsSchema.Generated;

/// <summary>The parser: tokens to events, a state machine with a stack of states (no recursion).</summary>
public ref partial struct Utf8YamlReader
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

    // ---- documents ----------------------------------------------------------------------

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

    // ---- nodes --------------------------------------------------------------------------

    private void EmptyScalar(Mark at)
    {
        SetEvent(Utf8YamlEventKind.Scalar, at, at);
        _valueInScratch = false;
        _valueStart = 0;
        _valueLength = 0;
        NoteAnchor();
    }

    private void ParseNode(bool block, bool indentlessSequence)
    {
        ref var token = ref PeekToken();
        if (token.Kind == TokenKind.Alias)
        {
            _state = PopState();
            SetEvent(Utf8YamlEventKind.Alias, token.Start, token.End);
            _valueStart = token.ValueStart;
            _valueLength = token.ValueLength;
            _valueInScratch = false;
            var name = _input.Slice(token.ValueStart, token.ValueLength);
            var events = _anchors is null ? -1 : _anchors.Get(_input, name);
            if (events < 0)
            {
                throw Error($"the alias '*{Text(name)}' names no anchor defined before it", token.Start);
            }

            _expanded += events;
            if (_expanded > _maxAliasExpansion)
            {
                throw Limit($"aliases expand to more than {_maxAliasExpansion} nodes (ParseOptions.MaxAliasExpansion)", token.Start);
            }

            SkipToken();
            return;
        }

        var start = token.Start;
        var hasAnchor = false;
        var hasTag = false;
        int tagHandleStart = 0, tagHandleLength = 0, tagSuffixStart = 0, tagSuffixLength = 0;
        var tagMark = start;
        for (var k = 0; k < 2; k++)
        {
            if (token.Kind == TokenKind.Anchor && !hasAnchor)
            {
                hasAnchor = true;
                _anchorStart = token.ValueStart;
                _anchorLength = token.ValueLength;
                SkipToken();
                token = ref PeekToken();
            }
            else if (token.Kind == TokenKind.Tag && !hasTag)
            {
                hasTag = true;
                tagMark = token.Start;
                tagHandleStart = token.HandleStart;
                tagHandleLength = token.HandleLength;
                tagSuffixStart = token.ValueStart;
                tagSuffixLength = token.ValueLength;
                SkipToken();
                token = ref PeekToken();
            }
        }

        if (token.Kind is TokenKind.Anchor or TokenKind.Tag)
        {
            throw Error(token.Kind == TokenKind.Anchor ? "a node can have only one anchor" : "a node can have only one tag", token.Start);
        }

        if (hasTag)
        {
            ResolveTag(tagHandleStart, tagHandleLength, tagSuffixStart, tagSuffixLength, tagMark);
        }

        if (indentlessSequence && token.Kind == TokenKind.BlockEntry)
        {
            _state = ParserState.IndentlessSequenceEntry;
            SetEvent(Utf8YamlEventKind.SequenceStart, start, token.End);
            NoteAnchor();
            return;
        }

        switch (token.Kind)
        {
            case TokenKind.Scalar:
                _state = PopState();
                SetEvent(Utf8YamlEventKind.Scalar, start, token.End);
                _scalarStyle = token.Style;
                _valueStart = token.ValueStart;
                _valueLength = token.ValueLength;
                _valueInScratch = token.InScratch;
                NoteAnchor();
                SkipToken();
                return;
            case TokenKind.FlowSequenceStart:
                _state = ParserState.FlowSequenceFirstEntry;
                SetEvent(Utf8YamlEventKind.SequenceStart, start, token.End);
                _flag = true;
                NoteAnchor();
                return;
            case TokenKind.FlowMappingStart:
                _state = ParserState.FlowMappingFirstKey;
                SetEvent(Utf8YamlEventKind.MappingStart, start, token.End);
                _flag = true;
                NoteAnchor();
                return;
            case TokenKind.BlockSequenceStart when block:
                _state = ParserState.BlockSequenceFirstEntry;
                SetEvent(Utf8YamlEventKind.SequenceStart, start, token.End);
                NoteAnchor();
                return;
            case TokenKind.BlockMappingStart when block:
                _state = ParserState.BlockMappingFirstKey;
                SetEvent(Utf8YamlEventKind.MappingStart, start, token.End);
                NoteAnchor();
                return;
        }

        if (hasAnchor || hasTag)
        {
            _state = PopState();
            EmptyScalar(start);
            _start = start;
            return;
        }

        throw Error(token.Kind switch
        {
            TokenKind.BlockEntry or TokenKind.BlockSequenceStart => "a block list cannot start here",
            TokenKind.BlockMappingStart or TokenKind.Key or TokenKind.Value => "a block mapping cannot start here",
            TokenKind.FlowEntry => "expected a value before ','",
            TokenKind.FlowSequenceEnd or TokenKind.FlowMappingEnd => "expected a value before the closing bracket",
            TokenKind.StreamEnd => "the text ends where a value was expected",
            _ => "expected a value here",
        }, token.Start);
    }

    /// <summary>Records the current node's anchor: a scalar's size now, a collection's at its end.</summary>
    private void NoteAnchor()
    {
        if (_anchorLength == 0)
        {
            return;
        }

        _anchors ??= new Anchors();
        if (_kind is Utf8YamlEventKind.MappingStart or Utf8YamlEventKind.SequenceStart)
        {
            _anchors.BeginCollection(_anchorStart, _anchorLength, _depth - 1, _eventCount + _expanded);
        }
        else
        {
            _anchors.Set(_input, _anchorStart, _anchorLength, 1);
        }
    }

    private void ResolveTag(int handleStart, int handleLength, int suffixStart, int suffixLength, Mark mark)
    {
        var handle = _input.Slice(handleStart, handleLength);
        var suffix = _scratch.AsSpan(suffixStart, suffixLength);
        var tagStart = _scratchLength;
        if (handle.Length == 0)
        {
            // Verbatim: the suffix is the tag.
            Append(_scratch.AsSpan(suffixStart, suffixLength));
        }
        else if (handle.Length == 1 && suffix.Length == 0)
        {
            Append((byte)'!');
        }
        else if (FindTagDirective(handle, out var prefixStart, out var prefixLength))
        {
            EnsureScratch(prefixLength + suffixLength);
            _tagDirectives.AsSpan(prefixStart, prefixLength).CopyTo(_scratch.AsSpan(_scratchLength));
            _scratchLength += prefixLength;
            Append(_scratch.AsSpan(suffixStart, suffixLength));
        }
        else if (handle.SequenceEqual("!"u8))
        {
            Append((byte)'!');
            Append(_scratch.AsSpan(suffixStart, suffixLength));
        }
        else if (handle.SequenceEqual("!!"u8))
        {
            EnsureScratch(CoreTagPrefix.Length);
            foreach (var ch in CoreTagPrefix)
            {
                _scratch[_scratchLength++] = (byte)ch;
            }

            Append(_scratch.AsSpan(suffixStart, suffixLength));
        }
        else
        {
            throw Error($"the tag handle '{Text(handle)}' is not declared by a %TAG directive", mark);
        }

        _tagStart = tagStart;
        _tagLength = _scratchLength - tagStart;
    }

    // ---- block collections ------------------------------------------------------------------

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

        throw Error("expected a key ('key: value') here; is this line indented wrongly?", token.Start);
    }

    /// <summary>Refuses a flow collection as a key (after its anchor and tag, if any).</summary>
    private void CheckKey(ref Token token)
    {
        var index = 0;
        var kind = token.Kind;
        while (kind is TokenKind.Anchor or TokenKind.Tag && ++index < _tokenCount)
        {
            kind = _tokens[_tokenHead + index].Kind;
        }

        if (kind is TokenKind.FlowSequenceStart or TokenKind.FlowMappingStart)
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

    // ---- flow collections -------------------------------------------------------------------

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
