using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsSchema.Generated;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// The YAML writer's two targets (issue 14): a string (<c>ToYaml()</c>) and UTF-8 written to an
/// <see cref="IBufferWriter{T}"/>. Every text the string target writes, the UTF-8 target writes as
/// the same bytes; the property tests (QuotingPropertyTests, RoundTripTests) check it for every
/// value they generate, and these tests the writer's own paths: flushes, growth, tiny output
/// spans, explicit keys, and writing after <c>ToString()</c>.
/// </summary>
public class YamlWriterTargetTests
{
    /// <summary>The generated <c>ToYaml(IBufferWriter&lt;byte&gt;)</c>, read back as bytes.</summary>
    internal static byte[] ToYamlUtf8(Sample sample, IBufferWriter<byte>? output = null)
    {
        var buffer = output ?? new ArrayBufferWriter<byte>();
        sample.ToYaml(buffer);
        return Written(buffer);
    }

    /// <summary>The generated <c>ToYamlList(items, IBufferWriter&lt;byte&gt;)</c>, read back as bytes.</summary>
    internal static byte[] ToYamlListUtf8(IEnumerable<Sample> samples, IBufferWriter<byte>? output = null)
    {
        var buffer = output ?? new ArrayBufferWriter<byte>();
        Sample.ToYamlList(samples, buffer);
        return Written(buffer);
    }

    private static byte[] Written(IBufferWriter<byte> buffer) => buffer switch
    {
        ArrayBufferWriter<byte> array => array.WrittenSpan.ToArray(),
        TinySpans tiny => tiny.Written.ToArray(),
        _ => throw new ArgumentException("unknown buffer writer", nameof(buffer)),
    };

    private static Sample Small(int i) => new()
    {
        Id = new SampleId("s" + i),
        Title = "Title " + i + (i % 3 == 0 ? ": with a colon" : string.Empty) + (i % 5 == 0 ? " é 日本 😀" : string.Empty),
        Count = i,
        Ratio = i / 7.0,
        Day = new DateOnly(2026, 1, 1).AddDays(i),
        Tags = [.. Enumerable.Range(0, i % 4).Select(k => "tag " + k)],
        Scores = new Dictionary<string, int> { ["k" + i] = i },
        Grid = [EquatableList.From(new[] { i, -i })],
    };

    [Fact]
    public void A_long_list_is_the_same_bytes_through_both_targets_across_many_flushes()
    {
        var samples = Enumerable.Range(0, 2000).Select(Small).ToArray();
        var text = Sample.ToYamlList(samples);
        Assert.True(text.Length > 200_000, "the list should span many of the UTF-8 target's 16 KB flushes");
        var utf8 = ToYamlListUtf8(samples);
        Assert.Equal(Encoding.UTF8.GetBytes(text), utf8);
        Assert.Equal(samples, Sample.ParseYamlList(text).Value!);
    }

    [Fact]
    public void An_output_that_gives_the_smallest_spans_it_may_gets_the_same_bytes()
    {
        var samples = Enumerable.Range(0, 50).Select(Small).ToArray();
        var tiny = new TinySpans();
        Assert.Equal(Encoding.UTF8.GetBytes(Sample.ToYamlList(samples)), ToYamlListUtf8(samples, tiny));
        Assert.True(tiny.Calls > 1, "the writer should have flushed more than once");
    }

    [Fact]
    public void A_string_longer_than_the_buffer_and_keys_longer_than_implicit_keys_allow_are_the_same_bytes()
    {
        var sample = new Sample
        {
            Id = new SampleId("a"),
            Title = string.Concat(Enumerable.Repeat("日本 😀 é x ", 20_000)),
            Tags = [new string('q', 100_000), "\"quoted\"\n\ttext\u0085\u2028\uFEFF\u0007"],
            Scores = new Dictionary<string, int> { [new string('k', 2000)] = 1, ["x " + new string('\n', 600)] = 2, ["short"] = 3 },
        };
        var text = sample.ToYaml();
        Assert.Contains("\n  ? \"" + new string('k', 2000) + "\"\n  : 1\n", text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(text), ToYamlUtf8(sample));
        Assert.Equal(Encoding.UTF8.GetBytes(text), ToYamlUtf8(sample, new TinySpans()));
        Assert.Equal(sample, Sample.ParseYaml(ToYamlUtf8(sample)).Value);
    }

    [Fact]
    public void Empty_collections_and_an_empty_document_are_the_same_bytes()
    {
        var empty = Array.Empty<Sample>();
        Assert.Equal("[]\n", Sample.ToYamlList(empty));
        Assert.Equal(Encoding.UTF8.GetBytes("[]\n"), ToYamlListUtf8(empty));
        var sample = new Sample { Id = new SampleId("a"), Title = "T", Grid = [EquatableList.From(Array.Empty<int>())] };
        Assert.Equal(Encoding.UTF8.GetBytes(sample.ToYaml()), ToYamlUtf8(sample));
        Assert.Contains("- []\n", sample.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_is_refused_by_both_targets_with_the_same_message()
    {
        foreach (var sample in new[]
        {
            new Sample { Id = new SampleId("a"), Title = "a\uD800b" },
            new Sample { Id = new SampleId("a"), Title = "T", Scores = new Dictionary<string, int> { ["k\uDC00"] = 1 } },
            new Sample { Id = new SampleId("a"), Title = "T", Tags = ["ok", "\"quoted\" \uDBFF"] },
        })
        {
            var fromString = Assert.Throws<ArgumentException>(() => sample.ToYaml());
            var fromUtf8 = Assert.Throws<ArgumentException>(() => ToYamlUtf8(sample));
            Assert.Equal(fromString.Message, fromUtf8.Message);
            Assert.Contains("lone surrogate", fromUtf8.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_string_target_gives_the_whole_text_again_and_after_more_writing()
    {
        var writer = new YamlWriter();
        writer.BeginMapping();
        writer.WriteKey("a");
        writer.WriteInt32(1);
        Assert.Equal("a: 1\n", writer.ToString());
        Assert.Equal("a: 1\n", writer.ToString());
        writer.WriteKey("b");
        writer.WriteString("two words");
        writer.EndMapping();
        Assert.Equal("a: 1\nb: two words\n", writer.ToString());
        Assert.Equal(Encoding.UTF8.GetByteCount("a: 1\nb: two words\n"), writer.BytesWritten);
    }

    [Fact]
    public void The_string_target_with_a_builder_appends_to_it()
    {
        var builder = new StringBuilder("# head\n");
        var writer = new YamlWriter(builder);
        writer.BeginMapping();
        writer.WriteKey("é");
        writer.WriteDouble(0.1);
        writer.EndMapping();
        Assert.Equal("# head\né: 0.1\n", writer.ToString());
        Assert.Equal("# head\né: 0.1\n", builder.ToString());
    }

    [Fact]
    public void The_utf8_target_writes_nothing_before_flush_is_due_and_everything_after_flush()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var writer = new YamlWriter(buffer);
        writer.BeginMapping();
        writer.WriteKey("day");
        writer.WriteDate(new DateOnly(2026, 12, 1));
        writer.WriteKey("big");
        writer.WriteInt64(long.MinValue);
        writer.EndMapping();
        Assert.Equal(0, buffer.WrittenCount);
        writer.Flush();
        Assert.Equal("day: 2026-12-01\nbig: -9223372036854775808\n", Encoding.UTF8.GetString(buffer.WrittenSpan));
        Assert.Equal(buffer.WrittenCount, writer.BytesWritten);
    }

    /// <summary>An output that gives exactly the span asked for (at least one byte), as the contract allows.</summary>
    private sealed class TinySpans : IBufferWriter<byte>
    {
        private readonly List<byte> _written = new();
        private byte[] _current = Array.Empty<byte>();

        public int Calls { get; private set; }

        public IReadOnlyList<byte> Written => _written;

        public void Advance(int count) => _written.AddRange(_current.AsSpan(0, count).ToArray());

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(1, sizeHint)];

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Calls++;
            return GetMemory(sizeHint).Span;
        }
    }
}
