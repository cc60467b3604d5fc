using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace NewsSchema.Benchmarks;

/// <summary>
/// <c>--interleaved N [--rows text]</c>: the check every claimed ratio gets. Outside
/// BenchmarkDotNet, in one process, for each row of the report (<see cref="Report.Rows"/>) that has
/// a target: N rounds, each timing every contender of the row once, in an order that rotates by
/// one per round, so load drift and GC debt fall on every contender alike. A timing is one call,
/// or as many calls as take about 10 ms for fast bodies (calibrated once, after a warm-up that lets
/// tiered compilation optimize the code). Prints each
/// contender's median and minimum per call and, per comparison, the median and the range of the
/// ratios paired within a round, with the target and whether the median meets it.
/// </summary>
public static class Interleaved
{
    private const double TimingTargetNs = 10e6;

    /// <summary>Runs the check; returns 0 (it reports, the table judges).</summary>
    public static int Run(int rounds, string? rowFilter)
    {
        var contenders = new Dictionary<string, IRunner>(StringComparer.Ordinal);
        var rows = Report.Rows
            .Where(r => r.ZeroAllocation || r.Against.Any(a => a.Goal != Report.Goal.None))
            .Where(r => rowFilter is null || r.Label.Contains(rowFilter, StringComparison.OrdinalIgnoreCase))
            .ToList();
        Console.WriteLine($"interleaved check: {rows.Count} rows, {rounds} rounds each (machine: {Environment.ProcessorCount} cores; load average {LoadAverage()})");
        foreach (var row in rows)
        {
            var keys = new[] { row.Method }.Concat(row.Against.Select(a => a.Method)).Distinct(StringComparer.Ordinal).ToArray();
            var runners = keys.Select(k => contenders.TryGetValue(k, out var r) ? r : contenders[k] = Resolve(k)).ToArray();
            foreach (var runner in runners)
            {
                runner.Calibrate();
            }

            var times = keys.Select(_ => new List<double>()).ToArray();
            for (var round = 0; round < rounds; round++)
            {
                for (var j = 0; j < keys.Length; j++)
                {
                    var i = (round + j) % keys.Length;
                    times[i].Add(runners[i].Time());
                }
            }

            Console.WriteLine();
            Console.WriteLine("## " + row.Label);
            for (var i = 0; i < keys.Length; i++)
            {
                Console.WriteLine($"   {keys[i],-40} median {Report.Time(Median(times[i])),10}  min {Report.Time(times[i].Min()),10}  allocated {Report.Bytes(runners[i].Allocated)} ({runners[i].Calls} call(s) per timing)");
            }

            var ours = times[0];
            if (row.ZeroAllocation)
            {
                Console.WriteLine($"   allocation: {Report.Bytes(runners[0].Allocated)} (target 0 B) {(runners[0].Allocated == 0 ? "met" : "MISSED")}");
            }

            foreach (var against in row.Against)
            {
                var theirs = times[Array.IndexOf(keys, against.Method)];
                var theirRunner = runners[Array.IndexOf(keys, against.Method)];
                if (against.Goal is Report.Goal.AllocatedAtMost or Report.Goal.AllocatedVs)
                {
                    var (text, met) = Report.Evaluate(against, row.Method, new Report.Measured(0, 0, runners[0].Allocated), new Report.Measured(0, 0, theirRunner.Allocated));
                    Console.WriteLine($"   vs {against.Label}: {text}; target {Report.Target(against)}: {Verdict(met)}");
                    continue;
                }

                var ratios = Enumerable.Range(0, rounds).Select(r => Ratio(against, row.Method, ours[r], theirs[r])).ToList();
                var median = Median(ratios);
                bool? medianMet = against.Goal switch
                {
                    Report.Goal.None or Report.Goal.PerEntityVs => null,
                    Report.Goal.FasterBy => median >= against.Factor,
                    Report.Goal.AddsAtMostMs or Report.Goal.AtMostMs => median <= against.Factor * 1e6,
                    _ => median <= against.Factor,
                };
                Console.WriteLine($"   vs {against.Label}: median {Show(against, median)}, min {Show(against, ratios.Min())}, max {Show(against, ratios.Max())}; target {Report.Target(against)}: {Verdict(medianMet)}");
            }
        }

        return 0;
    }

    /// <summary>
    /// <c>--loop KEY SECONDS</c>: calls one benchmark body (a key as in <see cref="Report.Rows"/>)
    /// over and over for about that long, for a sampling profiler to attach to (docs/benchmarks.md,
    /// "Profiling a row"). Prints the calls per second; returns 0.
    /// </summary>
    public static int Loop(string key, double seconds)
    {
        var runner = Resolve(key);
        runner.Calibrate();
        var watch = Stopwatch.StartNew();
        var calls = 0L;
        var timings = new List<double>();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            timings.Add(runner.Time());
            calls += runner.Calls;
        }

        // The mean over the whole loop, and the least and median of its timings (each one a batch of calls).
        Console.WriteLine($"{key}: {calls} calls in {watch.Elapsed.TotalSeconds:F1} s, {Report.Time(watch.Elapsed.TotalMilliseconds * 1e6 / calls)} per call; timings min {Report.Time(timings.Min())}, median {Report.Time(Median(timings))}; allocated {runner.Allocated / 1024.0:F1} KB per call");
        return 0;
    }

    /// <summary>Keys in <see cref="Report.Rows"/> that name no benchmark method (the smoke mode checks there are none).</summary>
    public static IReadOnlyList<string> UnknownKeys()
        => Report.Rows.SelectMany(r => r.Against.Select(a => a.Method).Append(r.Method)).Distinct(StringComparer.Ordinal)
            .Where(k => Find(k) is null).ToList();

    /// <summary>The quantity a comparison's target bounds, for one round's pair of timings.</summary>
    private static double Ratio(Report.Comparison against, string oursKey, double ours, double theirs) => against.Goal switch
    {
        Report.Goal.FasterBy or Report.Goal.None => theirs / ours,
        Report.Goal.AddsAtMostMs => ours - theirs,
        Report.Goal.AtMostMs => ours,
        Report.Goal.PerEntityAtMost or Report.Goal.PerEntityVs => (ours / Entities(oursKey)) / (theirs / Entities(against.Method)),
        _ => ours / theirs,
    };

    private static string Show(Report.Comparison against, double value) => against.Goal switch
    {
        Report.Goal.FasterBy or Report.Goal.None => $"{value:F2}x faster",
        Report.Goal.AddsAtMostMs => "+" + Report.Time(value),
        Report.Goal.AtMostMs => Report.Time(value),
        Report.Goal.AtMostFractionOf => $"{100 * value:F1}%",
        Report.Goal.PerEntityAtMost or Report.Goal.PerEntityVs => $"{value:F2}x the time per entity",
        _ => $"{value:F2}x",
    };

    private static string Verdict(bool? met) => met is null ? "-" : met.Value ? "met" : "MISSED";

    private static double Entities(string key) => double.Parse(key.AsSpan(key.IndexOf('@') + 1), CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (System.IO.IOException)
        {
            return "?";
        }
        catch (UnauthorizedAccessException)
        {
            return "?";
        }
    }

    // ---- benchmark bodies by key ----------------------------------------------------------------

    /// <summary>The benchmark class and method a key names: <c>Method</c>, or <c>Method@value</c> of a class with one [Params] property.</summary>
    private static (Type Type, MethodInfo Method, PropertyInfo? Parameter, object? Value)? Find(string key)
    {
        var at = key.IndexOf('@');
        var name = at < 0 ? key : key.Substring(0, at);
        foreach (var type in typeof(Interleaved).Assembly.GetTypes())
        {
            var method = type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
            if (method is null || method.GetCustomAttribute<BenchmarkAttribute>() is null)
            {
                continue;
            }

            var parameter = type.GetProperties().SingleOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
            if ((parameter is null) != (at < 0))
            {
                continue;
            }

            return (type, method, parameter, parameter is null ? null : Convert.ChangeType(key.Substring(at + 1), parameter.PropertyType, CultureInfo.InvariantCulture));
        }

        return null;
    }

    private static IRunner Resolve(string key)
    {
        var (type, method, parameter, value) = Find(key) ?? throw new InvalidOperationException("no benchmark method for " + key);
        var instance = Activator.CreateInstance(type)!;
        parameter?.SetValue(instance, value);
        type.GetMethods().SingleOrDefault(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null)?.Invoke(instance, null);
        var body = method.CreateDelegate(typeof(Func<>).MakeGenericType(method.ReturnType), instance);
        return (IRunner)Activator.CreateInstance(typeof(Runner<>).MakeGenericType(method.ReturnType), body)!;
    }

    private interface IRunner
    {
        int Calls { get; }

        long Allocated { get; }

        void Calibrate();

        /// <summary>One timing; nanoseconds per call.</summary>
        double Time();
    }

    /// <summary>Times a body through its typed delegate, so the measured region boxes nothing.</summary>
    private sealed class Runner<T> : IRunner
    {
        private readonly Func<T> _body;
        private bool _calibrated;

        public Runner(Func<T> body) => _body = body;

        public int Calls { get; private set; } = 1;

        public long Allocated { get; private set; }

        /// <summary>
        /// Warms the body up until tiered compilation has had its chance (calls for about a second,
        /// at least 3, a pause for the background compiler, one more), then takes the least time
        /// and allocation of three calls: the first calls run unoptimized code, which is slower and
        /// allocates where the optimized code does not.
        /// </summary>
        public void Calibrate()
        {
            if (_calibrated)
            {
                return;
            }

            var warm = Stopwatch.StartNew();
            for (var i = 0; i < 3 || (i < 100_000 && warm.Elapsed.TotalSeconds < 1); i++)
            {
                GC.KeepAlive(_body());
            }

            System.Threading.Thread.Sleep(200);
            GC.KeepAlive(_body());
            var leastNs = double.MaxValue;
            var leastBytes = long.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp(); // no Stopwatch object: it would count as allocated
                var result = _body();
                leastNs = Math.Min(leastNs, Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1e6);
                leastBytes = Math.Min(leastBytes, GC.GetAllocatedBytesForCurrentThread() - before);
                GC.KeepAlive(result);
            }

            Allocated = leastBytes;
            Calls = (int)Math.Clamp(Math.Ceiling(TimingTargetNs / Math.Max(leastNs, 1)), 1, 10_000);
            _calibrated = true;
        }

        public double Time()
        {
            var start = Stopwatch.GetTimestamp();
            T result = default!;
            for (var i = 0; i < Calls; i++)
            {
                result = _body();
            }

            var ns = Stopwatch.GetElapsedTime(start).TotalMilliseconds * 1e6 / Calls;
            GC.KeepAlive(result);
            return ns;
        }
    }
}
