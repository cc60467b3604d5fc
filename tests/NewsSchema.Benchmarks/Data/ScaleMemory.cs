using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace NewsSchema.Benchmarks;

/// <summary>
/// The memory half of issue 14's scale rows, measured outside BenchmarkDotNet (it has no peak
/// column): for each catalog of <see cref="ScaleData.Sizes"/>, one <c>BenchCatalog.ParseYaml</c>
/// with default options, after a warm-up parse of the smallest. Figures are relative to the heap
/// with the text already loaded:
/// <list type="bullet">
/// <item><b>peak</b>: the largest managed heap seen during the parse (a sampling thread reads
/// <see cref="GC.GetTotalMemory(bool)"/> without forcing a collection, so garbage not yet collected
/// counts, as it does for the process), minus the baseline;</item>
/// <item><b>retained</b>: the heap after a full collection with the result alive, minus the
/// baseline: the records returned (and the positions they keep);</item>
/// <item><b>allocated</b>: <see cref="GC.GetAllocatedBytesForCurrentThread"/> across the parse;
/// <b>beyond the records</b> is allocated minus retained;</item>
/// <item>the GC pause time and collections during the parse.</item>
/// </list>
/// The file size is the text's UTF-8 byte count (the string in memory is twice that).
/// </summary>
public static class ScaleMemory
{
    /// <summary>One size's figures.</summary>
    public sealed record Figures(int Entities, long FileBytes, long PeakBytes, long RetainedBytes, long AllocatedBytes, TimeSpan Parse, TimeSpan GcPause, int Gen0, int Gen1, int Gen2)
    {
        /// <summary>What the same parse with <c>TrackPositions = false</c> retains: the records alone (0 when not measured).</summary>
        public long RecordsOnlyBytes { get; init; }

        /// <summary>The peak of the same parse from the file's UTF-8 bytes, loaded before it starts (0 when not measured).</summary>
        public long PeakFromBytes { get; init; }

        public double PeakFromBytesPerFile => (double)PeakFromBytes / FileBytes;

        public long BeyondRecords => AllocatedBytes - RetainedBytes;

        public double PeakPerFile => (double)PeakBytes / FileBytes;

        public double BeyondPerFile => (double)BeyondRecords / FileBytes;
    }

    /// <summary>Measures every size; prints a line per size when <paramref name="print"/>.</summary>
    public static IReadOnlyList<Figures> MeasureAll(bool print)
    {
        Measure(ScaleData.Sizes[0]); // warm-up: JIT, statics, pools
        var all = new List<Figures>();
        foreach (var size in ScaleData.Sizes)
        {
            var figures = Measure(size) with
            {
                RecordsOnlyBytes = Measure(size, trackPositions: false).RetainedBytes,
                PeakFromBytes = Measure(size, fromBytes: true).PeakBytes,
            };
            all.Add(figures);
            if (print)
            {
                Console.WriteLine(
                    $"{figures.Entities,7:N0} entities: file {figures.FileBytes / 1048576.0,7:F2} MB, parse {figures.Parse.TotalMilliseconds,8:F1} ms ({figures.Parse.TotalMilliseconds * 1000 / figures.Entities:F2} us/entity), "
                    + $"peak {figures.PeakBytes / 1048576.0,7:F2} MB ({figures.PeakPerFile:F2}x the file), retained {figures.RetainedBytes / 1048576.0,7:F2} MB, "
                    + $"peak from UTF-8 bytes {figures.PeakFromBytes / 1048576.0,7:F2} MB ({figures.PeakFromBytesPerFile:F2}x), "
                    + $"records alone {figures.RecordsOnlyBytes / 1048576.0,7:F2} MB ({(double)figures.RecordsOnlyBytes / figures.FileBytes:F2}x), "
                    + $"allocated {figures.AllocatedBytes / 1048576.0,7:F2} MB, beyond the records {figures.BeyondRecords / 1048576.0,7:F2} MB ({figures.BeyondPerFile:F2}x the file), "
                    + $"GC pause {figures.GcPause.TotalMilliseconds:F1} ms ({100 * figures.GcPause.TotalMilliseconds / figures.Parse.TotalMilliseconds:F0}% of the parse), collections {figures.Gen0}/{figures.Gen1}/{figures.Gen2}");
            }
        }

        return all;
    }

    /// <summary>
    /// One parse of the catalog of <paramref name="entities"/> entities: from the string, or with
    /// <paramref name="fromBytes"/> from its UTF-8 bytes, an array (in memory before the baseline,
    /// as the string is: a parse from a string makes a UTF-8 copy of it, <c>ParseYaml(byte[])</c>
    /// reads the array in place).
    /// </summary>
    public static Figures Measure(int entities, bool trackPositions = true, bool fromBytes = false)
    {
        var yaml = ScaleData.Catalog(entities);
        var fileBytes = Encoding.UTF8.GetByteCount(yaml);
        var utf8 = fromBytes ? Encoding.UTF8.GetBytes(yaml) : null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(forceFullCollection: true);

        long peak = 0;
        var stop = 0;
        var sampler = new Thread(() =>
        {
            while (Volatile.Read(ref stop) == 0)
            {
                var now = GC.GetTotalMemory(forceFullCollection: false);
                if (now > peak)
                {
                    peak = now;
                }

                Thread.SpinWait(50);
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sampler.Start();

        var gen0 = GC.CollectionCount(0);
        var gen1 = GC.CollectionCount(1);
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var options = trackPositions ? null : new ParseOptions { TrackPositions = false };
        var catalog = (utf8 is null ? BenchCatalog.ParseYaml(yaml, "scale.yaml", options) : BenchCatalog.ParseYaml(utf8, "scale.yaml", options)).GetValueOrThrow();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var elapsed = clock.Elapsed;
        var gcPause = GC.GetTotalPauseDuration() - pause;
        var collections = (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
        Volatile.Write(ref stop, 1);
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));

        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        if (catalog.Meetings.Count != ScaleData.Split(entities).Meetings)
        {
            throw new InvalidOperationException($"the catalog of {entities} entities read {catalog.Meetings.Count} meetings");
        }

        GC.KeepAlive(catalog);
        GC.KeepAlive(utf8);
        return new Figures(entities, fileBytes, peak - baseline, retained, allocated, elapsed, gcPause, collections.Item1, collections.Item2, collections.Item3);
    }
}
