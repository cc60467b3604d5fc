using System;
using System.Collections.Generic;
using System.Runtime;
using System.Text;
using System.Threading;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// A large YAML text's UTF-8 copy (past 1 MB) is kept weakly for the thread's next large parse
/// (docs/decisions.md, "Our own JSON tokenizer"), which may get it back longer than it needs and
/// holding the last document's bytes. Run alone and with no collection allowed, so that the
/// buffer is certainly reused: the allocation shows it.
/// </summary>
[Collection(AllocationMeasurementCollection.Name)]
public class LargeBufferTests
{
    private static string Samples(int count, string words, bool badLast)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append("- id: s").Append(i).Append("\n  title: ").Append(words).Append(' ').Append(i)
                .Append("\n  count: ").Append(badLast && i == count - 1 ? "x" : "7").Append('\n');
        }

        return builder.ToString();
    }

    [Fact]
    public void A_large_document_after_a_longer_one_reads_only_itself()
    {
        // Other lengths of line in each, so a longer document's bytes left after a shorter one never line up with it.
        var longer = Samples(30_000, "A sample with a rather long title", badLast: false);
        var shorter = Samples(30_000, "Short", badLast: true);
        var shortest = Samples(25_000, "Tiny", badLast: false);
        Assert.True(Encoding.UTF8.GetByteCount(shortest) > 1 << 20);
        Assert.True(Encoding.UTF8.GetByteCount(shorter) < Encoding.UTF8.GetByteCount(longer));

        // What the shorter one gives on a thread that has no buffer kept.
        ParseResult<IReadOnlyList<Sample>>? fresh = null;
        long withoutReuse = 0;
        var thread = new Thread(() =>
        {
            var start = GC.GetAllocatedBytesForCurrentThread();
            fresh = Sample.ParseYamlList(shorter, "short.yaml");
            withoutReuse = GC.GetAllocatedBytesForCurrentThread() - start;
        });
        thread.Start();
        thread.Join();

        GC.Collect();
        Assert.True(GC.TryStartNoGCRegion(192L << 20), "no room for a region without collections");
        long withReuse;
        ParseResult<IReadOnlyList<Sample>> afterLonger;
        IReadOnlyList<Sample> good;
        try
        {
            Assert.Equal(30_000, Sample.ParseYamlList(longer, "long.yaml").GetValueOrThrow().Count);
            var before = GC.GetAllocatedBytesForCurrentThread();
            afterLonger = Sample.ParseYamlList(shorter, "short.yaml");
            withReuse = GC.GetAllocatedBytesForCurrentThread() - before;
            good = Sample.ParseYamlList(shortest, "good.yaml").GetValueOrThrow();
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }

        // The same error, at the same line, as on the fresh thread; nothing of the longer document.
        var error = Assert.Single(afterLonger.Errors);
        Assert.Equal(fresh!.Errors, afterLonger.Errors);
        Assert.Equal(3 * 30_000, error.Line);
        Assert.Equal(25_000, good.Count);
        Assert.Equal("s24999", good[^1].Id.Value);
        Assert.Equal("Tiny 24999", good[^1].Title);

        // The copy was not made again: the parse after the longer one allocated its UTF-8 bytes less.
        var copy = Encoding.UTF8.GetByteCount(shorter);
        Assert.True(withReuse <= withoutReuse - copy, $"the copy was not reused: {withReuse} bytes allocated, {withoutReuse} on a fresh thread, the copy is {copy}");
    }
}
