using System.IO;
using System.Linq;
using System.Text;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary><c>ParseJson(Stream)</c> gives what <c>ParseJson(ReadOnlySpan&lt;byte&gt;)</c> gives, through one pooled buffer, within the document limit.</summary>
public class JsonStreamTests
{
    private const string Json = """
        {
          "id": "s",
          "title": "ok",
          "points": [ { "lat": 91, "lon": 0 } ]
        }

        """;

    /// <summary>A stream that cannot seek and hands out a few bytes per read, as a network stream may.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : Stream
    {
        private int _at;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new System.NotSupportedException();

        public override long Position { get => _at; set => throw new System.NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = System.Math.Min(System.Math.Min(count, chunk), bytes.Length - _at);
            System.Array.Copy(bytes, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_stream_parses_as_its_bytes_do_with_the_same_positions(bool trickle)
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Json)).ToArray();
        using Stream stream = trickle ? new TrickleStream(bytes, 3) : new MemoryStream(bytes);
        var fromStream = Sample.ParseJson(stream, "s.json");
        var fromBytes = Sample.ParseJson(bytes, "s.json");

        Assert.True(fromStream.IsSuccess);
        Assert.Equal(fromBytes.Value, fromStream.Value);
        var error = Assert.Single(fromStream.Value!.Validate(fromStream.Positions).Errors);
        Assert.Equal(("maximum", "points[0].lat", "s.json", 4, 24), (error.Code, error.Path, error.Source, error.Line, error.Column));
    }

    [Fact]
    public void A_catalog_parses_from_a_stream()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "owners": [ { "id": "alice", "name": "Alice" } ] }"""));
        var catalog = ValidationAssert.Parsed(TestCatalog.ParseJson(stream, "c.json"));
        Assert.Equal("Alice", catalog.Find(new OwnerId("alice"))?.Name);
        Assert.NotNull(catalog.Positions);
    }

    [Fact]
    public void A_stream_keeps_the_syntax_errors_of_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"id\": \"s\",\n  \"title\": }");
        var fromStream = Sample.ParseJson(new TrickleStream(bytes, 5), "bad.json");
        var fromBytes = Sample.ParseJson(bytes, "bad.json");
        Assert.False(fromStream.IsSuccess);
        Assert.Equal(fromBytes.Errors, fromStream.Errors);
    }

    [Theory]
    [InlineData(false, "the document has 60 bytes; the limit is 50 (ParseOptions.MaxDocumentLength)")]
    [InlineData(true, "the document has more than 50 bytes; the limit is 50 (ParseOptions.MaxDocumentLength)")]
    public void A_stream_over_the_document_limit_is_refused(bool trickle, string message)
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"id\": \"s\", \"title\": \"" + new string('x', 34) + "\" }");
        Assert.Equal(60, bytes.Length);
        using Stream stream = trickle ? new TrickleStream(bytes, 7) : new MemoryStream(bytes);
        var result = Sample.ParseJson(stream, "big.json", new ParseOptions { MaxDocumentLength = 50 });
        var error = Assert.Single(result.Errors);
        Assert.Equal(("limit", message, "big.json", 1, 1), (error.Code, error.Message, error.Source, error.Line, error.Column));
    }

    [Fact]
    public void A_stream_exactly_at_the_document_limit_is_read()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"id\": \"s\", \"title\": \"" + new string('x', 36) + "\" }");
        var result = Sample.ParseJson(new TrickleStream(bytes, 7), "at.json", new ParseOptions { MaxDocumentLength = bytes.Length });
        Assert.True(result.IsSuccess);
    }
}
