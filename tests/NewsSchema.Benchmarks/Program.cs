using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;
using NewsSchema.Benchmarks;

namespace NewsSchema.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--smoke"))
        {
            return Smoke.Run();
        }

        var interleaved = Array.IndexOf(args, "--interleaved");
        if (interleaved >= 0)
        {
            var rounds = interleaved + 1 < args.Length && int.TryParse(args[interleaved + 1], out var n) && n > 0 ? n : 9;
            var rows = Array.IndexOf(args, "--rows");
            return Interleaved.Run(rounds, rows >= 0 && rows + 1 < args.Length ? args[rows + 1] : null);
        }

        var loop = Array.IndexOf(args, "--loop");
        if (loop >= 0 && loop + 1 < args.Length)
        {
            var seconds = loop + 2 < args.Length && double.TryParse(args[loop + 2], System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 20;
            return Interleaved.Loop(args[loop + 1], seconds);
        }

        if (args.Contains("--scale-memory"))
        {
            ScaleMemory.MeasureAll(print: true);
            return 0;
        }

        if (args.Contains("--sizes"))
        {
            var data = BenchData.Instance;
            Console.WriteLine($"meetings: {data.Meetings.Count}, YAML {data.Yaml.Length / 1024.0:F1} KB, JSON {data.JsonUtf8.Length / 1024.0:F1} KB, catalog {data.CatalogYaml.Length / 1024.0:F1} KB");
            return 0;
        }

        // The build of the benchmark's boilerplate project can take minutes when other builds share
        // the machine; BenchmarkDotNet's default 2-minute timeout then fails the whole run.
        var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default).WithBuildTimeout(TimeSpan.FromMinutes(15));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config).ToArray();
        return Report.Print(summaries);
    }
}
