using System;
using System.Buffers;

namespace NewsSchema.Generated;

// The UTF-8 YAML reader: its growable structures and the scratch buffer of unescaped scalars.
public partial struct Utf8YamlReader
{
    private readonly record struct Mark(int Offset, int Line, int Column);

    private struct SimpleKey
    {
        public bool Possible;
        public bool Required;
        public int TokenNumber;
        public Mark Mark;
        public bool TabBefore;

        /// <summary>The bracket that opened this flow level (unused for the block context's entry).</summary>
        public Mark Bracket;
        public bool InFlowMapping;
        public bool TooLong;
        public bool FirstOnLine;
    }

    private enum TokenKind : byte
    {
        /// <summary>A limit the scanner reached; the parser throws the error when it gets here.</summary>
        Failure,
        StreamStart,
        StreamEnd,
        VersionDirective,
        TagDirective,
        ReservedDirective,
        DocumentStart,
        DocumentEnd,
        BlockSequenceStart,
        BlockMappingStart,
        BlockEnd,
        FlowSequenceStart,
        FlowSequenceEnd,
        FlowMappingStart,
        FlowMappingEnd,
        BlockEntry,
        FlowEntry,
        Key,
        Value,
        Alias,
        Anchor,
        Tag,
        Scalar,
    }

    private struct Token
    {
        public TokenKind Kind;
        public Utf8YamlScalarStyle Style;
        public bool InScratch;
        public Mark Start;
        public Mark End;
        public int ValueStart; // scalar value, alias or anchor name, tag suffix, directive prefix
        public int ValueLength;
        public int HandleStart; // tag or directive handle (always in the input)
        public int HandleLength;
    }

    private enum ParserState : byte
    {
        StreamStart,
        ImplicitDocumentStart,
        DocumentStart,
        DocumentContent,
        DocumentEnd,
        BlockNode,
        BlockSequenceFirstEntry,
        BlockSequenceEntry,
        IndentlessSequenceEntry,
        BlockMappingFirstKey,
        BlockMappingKey,
        BlockMappingValue,
        FlowSequenceFirstEntry,
        FlowSequenceEntry,
        FlowSequenceEntryMappingKey,
        FlowSequenceEntryMappingValue,
        FlowSequenceEntryMappingEnd,
        FlowMappingFirstKey,
        FlowMappingKey,
        FlowMappingValue,
        FlowMappingEmptyValue,
        End,
    }

    private void CompactScratch()
    {
        var min = int.MaxValue;
        for (var i = 0; i < _tokenCount; i++)
        {
            ref var t = ref _tokens[_tokenHead + i];
            if (t.InScratch && t.ValueStart < min)
            {
                min = t.ValueStart;
            }
        }

        if (min == int.MaxValue)
        {
            _scratchLength = 0;
            return;
        }

        if (min < 2048)
        {
            return;
        }

        Buffer.BlockCopy(_scratch, min, _scratch, 0, _scratchLength - min);
        _scratchLength -= min;
        for (var i = 0; i < _tokenCount; i++)
        {
            ref var t = ref _tokens[_tokenHead + i];
            if (t.InScratch)
            {
                t.ValueStart -= min;
            }
        }
    }

    private void EnsureScratch(int more)
    {
        if (_scratchLength + more <= _scratch.Length)
        {
            return;
        }

        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_scratch.Length * 2, _scratchLength + more));
        Buffer.BlockCopy(_scratch, 0, bigger, 0, _scratchLength);
        if (_scratch.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
        }

        _scratch = bigger;
    }

    private void Append(byte b)
    {
        if (_scratchLength == _scratch.Length)
        {
            EnsureScratch(1);
        }

        _scratch[_scratchLength++] = b;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        EnsureScratch(bytes.Length);
        bytes.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += bytes.Length;
    }

    private void AppendNewlines(int count)
    {
        EnsureScratch(count);
        _scratch.AsSpan(_scratchLength, count).Fill((byte)'\n');
        _scratchLength += count;
    }

    private static T[] Grow<T>(T[] array, int count)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(16, array.Length * 2));
        Array.Copy(array, bigger, count);
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        return bigger;
    }
}
