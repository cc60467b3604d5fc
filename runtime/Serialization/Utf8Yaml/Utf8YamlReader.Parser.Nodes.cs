using System;

namespace NewsSchema.Generated;

// The parser: nodes, with their anchors and tags.
public partial struct Utf8YamlReader
{
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
}
