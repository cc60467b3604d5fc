using System;
using System.IO;
using System.Linq;
using System.Text;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary><c>ParseYaml(Stream)</c> on a type and on the catalog: the same values, errors and positions as from text.</summary>
public class StreamTests
{
    private const string GoodYaml = EncodingTests.GoodYaml;

    private const string BadYaml = """
        id: a
        title: Grüße 😀
        count: x
        colour: red

        """;

    private const string CatalogYaml = """
        owners:
          - id: alice
            name: Alice
        samples:
          - id: first
            title: First
            owners: [alice, ghost]

        """;

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_type_reads_the_same_from_a_stream_as_from_text()
    {
        Assert.Equal(Ok(Yaml(GoodYaml)), Ok(Sample.ParseYaml(Utf8(GoodYaml), "test.yaml")));
        Assert.Equal(Ok(Yaml(GoodYaml)), Ok(Sample.ParseYaml(new Trickle(Encoding.UTF8.GetBytes(GoodYaml), 3), "test.yaml")));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(GoodYaml)).ToArray();
        Assert.Equal(Ok(Yaml(GoodYaml)), Ok(Sample.ParseYaml(new MemoryStream(utf16))));

        var fromText = Yaml(BadYaml);
        var fromStream = Sample.ParseYaml(Utf8(BadYaml), "test.yaml");
        Assert.Equal(2, fromText.Errors.Count);
        Assert.Equal(fromText.Errors, fromStream.Errors);
        AssertError(fromStream.Errors[0], DataErrorCodes.Type, "count", 3, 8);
        Assert.Equal("test.yaml", fromStream.Errors[0].Source);
    }

    [Fact]
    public void A_stream_larger_than_its_first_buffer_is_read_whole()
    {
        // 2,000 tags (about 20 KB), read 7 bytes at a time from a stream that cannot tell its length.
        var tags = string.Join(", ", Enumerable.Range(0, 2000).Select(i => "tag" + i));
        var yaml = "id: a\ntitle: T\ntags: [" + tags + "]\n";
        var sample = Ok(Sample.ParseYaml(new Trickle(Encoding.UTF8.GetBytes(yaml), 7)));
        Assert.Equal(2000, sample.Tags!.Count);
        Assert.Equal("tag1999", sample.Tags[1999]);
    }

    [Fact]
    public void Reading_starts_at_the_streams_position_and_leaves_it_open()
    {
        var bytes = Encoding.UTF8.GetBytes("ignored\n" + GoodYaml);
        var stream = new MemoryStream(bytes) { Position = "ignored\n".Length };
        Assert.Equal(Ok(Yaml(GoodYaml)), Ok(Sample.ParseYaml(stream)));
        Assert.True(stream.CanRead);
        Assert.Equal(bytes.Length, stream.Position);
    }

    [Fact]
    public void The_catalog_reads_the_same_from_a_stream_as_from_text()
    {
        var fromText = TestCatalog.ParseYaml(CatalogYaml, "c.yaml");
        var fromStream = TestCatalog.ParseYaml(Utf8(CatalogYaml), "c.yaml");
        Assert.True(fromStream.IsSuccess, string.Join("\n", fromStream.Errors));
        Assert.Equal(fromText.Value!.Owners, fromStream.Value!.Owners);
        Assert.Equal(fromText.Value.Samples, fromStream.Value.Samples);

        // Validation finds the unresolved reference at the same line and column: the positions came along.
        var expected = fromText.Value.Validate();
        var actual = fromStream.Value.Validate();
        Assert.Single(actual.Errors);
        Assert.Equal(expected.Errors, actual.Errors);
        Assert.Equal(7, actual.Errors[0].Line);
    }

    [Fact]
    public void Bad_bytes_in_a_stream_are_a_located_syntax_error()
    {
        var bytes = Encoding.UTF8.GetBytes("id: a\ntitle: x").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var fromStream = Single(Sample.ParseYaml(new MemoryStream(bytes), "bad.yaml"));
        Assert.Equal(Single(Sample.ParseYaml(bytes, "bad.yaml")), fromStream);
        AssertError(fromStream, DataErrorCodes.Syntax, "", 2, 9, "not valid text");
    }

    [Fact]
    public void An_endless_stream_is_refused_at_the_document_limit_without_reading_on()
    {
        var endless = new Endless();
        var error = Single(Sample.ParseYaml(endless, "endless.yaml", new ParseOptions { MaxDocumentLength = 100 }));
        AssertError(error, DataErrorCodes.Limit, "", 1, 1, "more than 100 characters", "ParseOptions.MaxDocumentLength");
        Assert.InRange(endless.BytesRead, 304, 4096);

        // At the limit (100 characters, most of 3 bytes; the byte order mark counts, as in the text overload) the document is read and parsed.
        var limit = new ParseOptions { MaxDocumentLength = 100 };
        var atLimit = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("id: a\ntitle: " + new string('€', 86))).ToArray();
        Assert.Equal(274, atLimit.Length);
        Assert.Equal(new string('€', 86), Ok(Sample.ParseYaml(new Trickle(atLimit, 50), null, limit)).Title);

        // One character more: the byte count is still within reach, so the characters are counted exactly.
        var over = Encoding.UTF8.GetBytes("id: a\ntitle: " + new string('€', 88));
        AssertError(Single(Sample.ParseYaml(new MemoryStream(over), null, limit)), DataErrorCodes.Limit, "", 1, 1, "the document has 101 characters");
    }

    [Fact]
    public void A_null_stream_is_an_argument_error()
        => Assert.Throws<ArgumentNullException>(() => Sample.ParseYaml((Stream)null!));

    /// <summary>A stream that cannot seek and hands out at most a few bytes per read.</summary>
    private sealed class Trickle(byte[] bytes, int chunk) : ForwardOnly
    {
        private int _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }
    }

    /// <summary>A stream of 'a' without end, counting what was read.</summary>
    private sealed class Endless : ForwardOnly
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            BytesRead += count;
            return count;
        }
    }

    /// <summary>A stream that can only be read forward, as a network stream: no length, no seeking.</summary>
    private abstract class ForwardOnly : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
