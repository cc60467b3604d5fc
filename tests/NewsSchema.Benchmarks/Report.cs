using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace NewsSchema.Benchmarks;

/// <summary>
/// After a run: the table in markdown (issue 14's targets first, then the earlier issues' rows),
/// every row with its median time, allocation, the ratio against each alternative measured in the
/// same run, the target and whether it was met; when the scale benchmarks ran, the scale rows'
/// memory figures (<see cref="ScaleMemory"/>, measured here). Printed and written to
/// BenchmarkDotNet.Artifacts/results/newsschema-table.md.
/// </summary>
public static class Report
{
    internal enum Goal
    {
        /// <summary>Informational: no target.</summary>
        None,

        /// <summary>The alternative's median / ours must be at least Factor.</summary>
        FasterBy,

        /// <summary>Ours / the floor's median must be at most Factor.</summary>
        AtMostTimesFloor,

        /// <summary>Ours / the other's median must be at most Factor (the other is ours with an option off).</summary>
        AtMostTimes,

        /// <summary>Ours / the full run's median must be at most Factor.</summary>
        AtMostFractionOf,

        /// <summary>Ours minus the other's median must be at most Factor milliseconds.</summary>
        AddsAtMostMs,

        /// <summary>Ours must be at most Factor milliseconds (the other method is ours).</summary>
        AtMostMs,

        /// <summary>Our allocated bytes / the other's must be at most Factor.</summary>
        AllocatedAtMost,

        /// <summary>Informational: our allocated bytes against the other's.</summary>
        AllocatedVs,

        /// <summary>
        /// Ours per entity / the other's per entity must be at most Factor; both methods are the same
        /// parameterized benchmark, keyed <c>Method@Entities</c>.
        /// </summary>
        PerEntityAtMost,

        /// <summary>Informational: ours per entity against the other's per entity (keys as for <see cref="PerEntityAtMost"/>).</summary>
        PerEntityVs,
    }

    internal sealed record Comparison(string Label, string Method, Goal Goal, double Factor);

    internal sealed record Row(string Label, string Method, bool ZeroAllocation, params Comparison[] Against)
    {
        /// <summary>Show the minimum beside the median (rows whose spread matters, such as the analyzer's).</summary>
        public bool ShowMinimum { get; init; }
    }

    /// <summary>One benchmark's figures: median and minimum time per operation, allocated bytes per operation.</summary>
    internal readonly record struct Measured(double MedianNs, double MinNs, long? Allocated);

    private const string Scale = nameof(ScaleBenchmarks.ParseAndValidate);

    /// <summary>A row of <see cref="ScaleSplitBenchmarks"/>: <paramref name="method"/>'s time per item at 100,000 against 1,000, informational.</summary>
    private static Row SplitRow(string label, string method, string items)
        => new("what limits the scale row: " + label, method + "@100000", false,
            new Comparison($"time per entity at 1,000 {items}", method + "@1000", Goal.PerEntityVs, 0));

    internal static readonly Row[] Rows =
    {
        // ---- issue 14's targets ----
        new Row("generated YAML parse (`Meeting.ParseYamlList`, default options: positions on)", nameof(ParseBenchmarks.YamlGenerated), false,
            new Comparison("SharpYaml 3.17 source-generated `YamlSerializer.Deserialize`", nameof(ParseBenchmarks.YamlSharpYamlDeserializer), Goal.FasterBy, 2.0),
            new Comparison("YamlDotNet `Deserializer`", nameof(ParseBenchmarks.YamlDotNetDeserializer), Goal.FasterBy, 4.0),
            new Comparison("SharpYaml's allocation", nameof(ParseBenchmarks.YamlSharpYamlDeserializer), Goal.AllocatedAtMost, 0.5),
            new Comparison("YamlDotNet `Parser.MoveNext()` loop (floor)", nameof(ParseBenchmarks.YamlParserFloor), Goal.None, 0),
            new Comparison("SharpYaml `Parser.MoveNext()` loop (second floor)", nameof(ParseBenchmarks.YamlSharpYamlParserFloor), Goal.None, 0)),
        new Row("generated YAML parse, positions on vs off", nameof(ParseBenchmarks.YamlGenerated), false,
            new Comparison("the same parse with `TrackPositions = false`", nameof(ParseBenchmarks.YamlGeneratedNoPositions), Goal.AtMostTimes, 1.15)),
        new Row("generated YAML parse, `TrackPositions = false`", nameof(ParseBenchmarks.YamlGeneratedNoPositions), false,
            new Comparison("SharpYaml 3.17 source-generated `YamlSerializer.Deserialize`", nameof(ParseBenchmarks.YamlSharpYamlDeserializer), Goal.None, 0),
            new Comparison("YamlDotNet `Deserializer`", nameof(ParseBenchmarks.YamlDotNetDeserializer), Goal.None, 0)),
        new Row("SharpYaml 3.17 source-generated `Deserialize` (alternative)", nameof(ParseBenchmarks.YamlSharpYamlDeserializer), false,
            new Comparison("SharpYaml `Parser.MoveNext()` loop (second floor)", nameof(ParseBenchmarks.YamlSharpYamlParserFloor), Goal.None, 0),
            new Comparison("YamlDotNet `Parser.MoveNext()` loop (floor)", nameof(ParseBenchmarks.YamlParserFloor), Goal.None, 0)),
        new Row("YamlDotNet `Deserializer` (alternative)", nameof(ParseBenchmarks.YamlDotNetDeserializer), false),
        new Row("YamlDotNet `Parser.MoveNext()` loop (floor)", nameof(ParseBenchmarks.YamlParserFloor), false),
        new Row("SharpYaml 3.17 `Parser.MoveNext()` loop (second floor)", nameof(ParseBenchmarks.YamlSharpYamlParserFloor), false),
        new Row("generated JSON parse from UTF-8 (`Meeting.ParseJsonList(ReadOnlySpan<byte>)`)", nameof(ParseBenchmarks.JsonGeneratedUtf8), false,
            new Comparison("System.Text.Json source-generated, from UTF-8", nameof(ParseBenchmarks.JsonSystemTextJsonUtf8), Goal.FasterBy, 1.5),
            new Comparison("bare `Utf8JsonReader.Read()` loop (floor)", nameof(ParseBenchmarks.JsonReaderFloor), Goal.AtMostTimesFloor, 2.5)),
        new Row("generated JSON parse from UTF-8, positions on vs off", nameof(ParseBenchmarks.JsonGeneratedUtf8), false,
            new Comparison("the same parse with `TrackPositions = false`", nameof(ParseBenchmarks.JsonGeneratedUtf8NoPositions), Goal.None, 0)),
        new Row("experiment: our tokenizer's `JsonReader.Read()` loop", nameof(ParseBenchmarks.JsonOwnReaderFloor), false,
            new Comparison("bare `Utf8JsonReader.Read()` loop (floor)", nameof(ParseBenchmarks.JsonReaderFloor), Goal.None, 0)),
        new Row("experiment: hand-written parse on our `JsonReader` with no checks (`HandWrittenJson`)", nameof(ParseBenchmarks.JsonHandWrittenUtf8), false,
            new Comparison("System.Text.Json source-generated, from UTF-8", nameof(ParseBenchmarks.JsonSystemTextJsonUtf8), Goal.None, 0),
            new Comparison("bare `Utf8JsonReader.Read()` loop (floor)", nameof(ParseBenchmarks.JsonReaderFloor), Goal.None, 0)),
        new Row("generated JSON parse from a string (`Meeting.ParseJsonList(string)`)", nameof(ParseBenchmarks.JsonGenerated), false,
            new Comparison("System.Text.Json source-generated, from a string", nameof(ParseBenchmarks.JsonSystemTextJson), Goal.FasterBy, 1.3),
            new Comparison("bare `Utf8JsonReader.Read()` loop (floor)", nameof(ParseBenchmarks.JsonReaderFloor), Goal.None, 0)),
        new Row("generated JSON parse, positions on vs off", nameof(ParseBenchmarks.JsonGenerated), false,
            new Comparison("the same parse with `TrackPositions = false`", nameof(ParseBenchmarks.JsonGeneratedNoPositions), Goal.AtMostTimes, 1.15)),
        new Row("generated JSON parse from a string, `TrackPositions = false`", nameof(ParseBenchmarks.JsonGeneratedNoPositions), false,
            new Comparison("System.Text.Json source-generated, from a string", nameof(ParseBenchmarks.JsonSystemTextJson), Goal.None, 0)),
        new Row("System.Text.Json from a string (alternative)", nameof(ParseBenchmarks.JsonSystemTextJson), false),
        new Row("System.Text.Json from UTF-8 (alternative)", nameof(ParseBenchmarks.JsonSystemTextJsonUtf8), false),
        new Row("bare `Utf8JsonReader.Read()` loop (floor)", nameof(ParseBenchmarks.JsonReaderFloor), false),
        new Row("generated YAML writer (`Meeting.ToYamlList`, to a string)", nameof(WriterBenchmarks.YamlWriteGenerated), false,
            new Comparison("SharpYaml 3.17 source-generated serializer", nameof(WriterBenchmarks.YamlSharpYamlSerializer), Goal.FasterBy, 1.5),
            new Comparison("SharpYaml's allocation", nameof(WriterBenchmarks.YamlSharpYamlSerializer), Goal.AllocatedVs, 0),
            new Comparison("YamlDotNet `Serializer`", nameof(WriterBenchmarks.YamlDotNetSerializer), Goal.None, 0)),
        new Row("generated YAML writer to UTF-8 (`Meeting.ToYamlList(items, IBufferWriter<byte>)`, reused buffer)", nameof(WriterBenchmarks.YamlWriteGeneratedUtf8), false,
            new Comparison("SharpYaml 3.17 source-generated serializer", nameof(WriterBenchmarks.YamlSharpYamlSerializer), Goal.FasterBy, 1.5),
            new Comparison("SharpYaml's allocation", nameof(WriterBenchmarks.YamlSharpYamlSerializer), Goal.AllocatedVs, 0)),
        new Row("SharpYaml 3.17 source-generated serializer (alternative)", nameof(WriterBenchmarks.YamlSharpYamlSerializer), false),
        new Row("YamlDotNet `Serializer` (alternative)", nameof(WriterBenchmarks.YamlDotNetSerializer), false),
        new Row("generated JSON writer (`Meeting.ToJsonList`)", nameof(WriterBenchmarks.JsonWriteGenerated), false,
            new Comparison("System.Text.Json source-generated serialize (indented)", nameof(WriterBenchmarks.JsonSystemTextJsonSerialize), Goal.FasterBy, 1.2)),
        new Row("experiment: the public `WriteJson(Utf8JsonWriter)` into a reused buffer", nameof(WriterBenchmarks.JsonWriteGeneratedReusedBuffer), false,
            new Comparison("System.Text.Json source-generated serialize (indented)", nameof(WriterBenchmarks.JsonSystemTextJsonSerialize), Goal.None, 0)),
        new Row("System.Text.Json serialize (alternative)", nameof(WriterBenchmarks.JsonSystemTextJsonSerialize), false),
        new Row("generated validation (`Validate()` x 1,000, valid data)", nameof(ValidationBenchmarks.ValidateGenerated), true,
            new Comparison("JsonSchema.Net 8.0.5, equivalent JSON Schema, Flag output", nameof(ValidationBenchmarks.ValidateJsonSchemaNet), Goal.FasterBy, 150)),
        new Row("JsonSchema.Net 8.0.5 (alternative)", nameof(ValidationBenchmarks.ValidateJsonSchemaNet), false),
        new Row("scale: catalog of 100,000 entities, parse + `Validate()`", Scale + "@100000", false,
            new Comparison("time per entity at 1,000 entities", Scale + "@1000", Goal.PerEntityAtMost, 1.25),
            new Comparison("time per entity at 10,000 entities", Scale + "@10000", Goal.PerEntityVs, 0)),
        new Row("scale: catalog of 10,000 entities, parse + `Validate()`", Scale + "@10000", false,
            new Comparison("time per entity at 1,000 entities", Scale + "@1000", Goal.PerEntityVs, 0)),
        new Row("scale: catalog of 1,000 entities, parse + `Validate()`", Scale + "@1000", false),
        SplitRow("the catalog's parse alone, 100,000 entities", nameof(ScaleSplitBenchmarks.ScaleCatalogParse), "entities"),
        SplitRow("the catalog's `Validate()` alone, 100,000 entities", nameof(ScaleSplitBenchmarks.ScaleCatalogValidate), "entities"),
        SplitRow("100,000 meetings, generated YAML parse", nameof(ScaleSplitBenchmarks.ScaleListYaml), "meetings"),
        SplitRow("100,000 meetings, SharpYaml 3.17 (peer)", nameof(ScaleSplitBenchmarks.ScaleListSharpYaml), "meetings"),
        SplitRow("100,000 meetings, generated JSON parse from a string", nameof(ScaleSplitBenchmarks.ScaleListJson), "meetings"),
        SplitRow("100,000 meetings, System.Text.Json from a string (peer)", nameof(ScaleSplitBenchmarks.ScaleListStj), "meetings"),

        // ---- earlier issues' rows ----
        new Row("sample catalog: parse + `Validate()` (60 actors, 20 venues, 20 meetings)", nameof(ParseBenchmarks.CatalogParseAndValidate), false),
        new Row("sample catalog `Validate()` alone (valid data: target 0 bytes)", nameof(ValidationBenchmarks.ValidateSampleCatalog), false),
        new Row("generator, full run, shipped news schemas", nameof(GeneratorBenchmarks.FullNewsSchemas), false),
        new Row("generator, full run, 500 synthetic types in 50 files", nameof(GeneratorBenchmarks.FullSynthetic500), false),
        new Row("generator, re-run after editing 1 of the 50 files", nameof(GeneratorBenchmarks.RerunOneFileEdited), false,
            new Comparison("the full run over the 50 files", nameof(GeneratorBenchmarks.FullSynthetic500), Goal.AtMostFractionOf, 0.10)),
        new Row("experiment: generator re-run, nothing changed", nameof(GeneratorBenchmarks.RerunNothingChanged), false,
            new Comparison("the full run over the 50 files", nameof(GeneratorBenchmarks.FullSynthetic500), Goal.None, 0)),
        new Row("experiment: generator re-run, comment-only edit of 1 file", nameof(GeneratorBenchmarks.RerunCommentOnlyEdit), false,
            new Comparison("the full run over the 50 files", nameof(GeneratorBenchmarks.FullSynthetic500), Goal.None, 0)),
        new Row("analyzer, one edited file of the 50 (IDE per-file mode)", nameof(GeneratorBenchmarks.AnalyzeOneEditedFile), false,
            new Comparison("the full generator run over the 50 files", nameof(GeneratorBenchmarks.FullSynthetic500), Goal.AtMostFractionOf, 1.0 / 3)) { ShowMinimum = true },
        new Row("experiment: analyzer, one file, fresh analyzer instance (parses all 50)", nameof(GeneratorBenchmarks.AnalyzeOneFileFreshAnalyzer), false,
            new Comparison("the full generator run over the 50 files", nameof(GeneratorBenchmarks.FullSynthetic500), Goal.None, 0)) { ShowMinimum = true },
        new Row("build-time data check, the 5 NewsDesk data files in full", nameof(DataCheckBenchmarks.NewsDeskDataFull), false,
            new Comparison("(time)", nameof(DataCheckBenchmarks.NewsDeskDataFull), Goal.AtMostMs, 100)),
        new Row("build-time data check, incremental build: generator re-run after 1 NewsDesk data file edited", nameof(DataCheckBenchmarks.NewsDeskDataOneFileEdited), false,
            new Comparison("the generator re-run with no data files, nothing changed", nameof(DataCheckBenchmarks.NoDataRerun), Goal.AddsAtMostMs, 100)),
        new Row("build-time data check, one file of 10,000 meetings", nameof(DataCheckBenchmarks.TenThousandEntityFile), false,
            new Comparison("(time)", nameof(DataCheckBenchmarks.TenThousandEntityFile), Goal.AtMostMs, 1000)),
    };

    public static int Print(IReadOnlyList<Summary> summaries)
    {
        var results = new Dictionary<string, Measured>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is { } statistics)
            {
                results[Key(report.BenchmarkCase)] = new Measured(statistics.Median, statistics.Min, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
            }
        }

        if (results.Count == 0)
        {
            Console.Error.WriteLine("No benchmark results.");
            return summaries.Count == 0 ? 1 : 0;
        }

        var md = new StringBuilder();
        var first = summaries.First();
        md.AppendLine("Machine and job:").AppendLine().AppendLine("```");
        foreach (var line in first.HostEnvironmentInfo.ToFormattedString())
        {
            md.AppendLine(line);
        }

        md.AppendLine("Job: " + string.Join(", ", summaries.SelectMany(s => s.BenchmarksCases).Select(b => b.Job.DisplayInfo).Distinct()));
        md.AppendLine("```").AppendLine();
        md.AppendLine("| row | median | allocated | compared with | ratio | target | met |");
        md.AppendLine("|---|---:|---:|---|---:|---|:---:|");
        var missed = 0;
        foreach (var row in Rows)
        {
            if (!results.TryGetValue(row.Method, out var ours))
            {
                continue;
            }

            var alloc = Bytes(ours.Allocated);
            var cells = new List<(string Against, string Ratio, string Target, string Met)>();
            if (row.ZeroAllocation)
            {
                var ok = ours.Allocated == 0;
                missed += ok ? 0 : 1;
                cells.Add(("(allocation)", alloc, "0 B on valid data", ok ? "yes" : "**no**"));
            }

            foreach (var against in row.Against)
            {
                if (!results.TryGetValue(against.Method, out var theirs))
                {
                    cells.Add((against.Label, "not run", Target(against), "?"));
                    continue;
                }

                var (ratio, met) = Evaluate(against, row.Method, ours, theirs);
                if (met == false)
                {
                    missed++;
                }

                var figure = against.Goal is Goal.AllocatedAtMost or Goal.AllocatedVs ? Bytes(theirs.Allocated) : Time(theirs.MedianNs);
                cells.Add((against.Label + $" ({figure})", ratio, Target(against), met is null ? "-" : met.Value ? "yes" : "**no**"));
            }

            if (cells.Count == 0)
            {
                cells.Add(("-", "-", "-", "-"));
            }

            AppendCells(md, row.Label, Time(ours.MedianNs) + (row.ShowMinimum ? " (min " + Time(ours.MinNs) + ")" : string.Empty), alloc, cells);
        }

        if (results.Keys.Any(k => k.StartsWith(Scale + "@", StringComparison.Ordinal)))
        {
            missed += AppendScaleMemory(md);
        }

        md.AppendLine().AppendLine(missed == 0 ? "Every target met." : $"Targets missed: {missed}.");
        var text = md.ToString();
        Console.WriteLine();
        Console.WriteLine(text);
        var directory = first.ResultsDirectoryPath;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "newsschema-table.md");
        File.WriteAllText(path, text);
        Console.WriteLine("Table written to " + path);
        return 0;
    }

    /// <summary>A benchmark's key in <see cref="Rows"/>: its method name, with <c>@value</c> for a parameterized one.</summary>
    private static string Key(BenchmarkDotNet.Running.BenchmarkCase benchmark)
    {
        var name = benchmark.Descriptor.WorkloadMethod.Name;
        var parameters = benchmark.Parameters.Items;
        return parameters.Count == 0 ? name : name + "@" + string.Join(",", parameters.Select(p => Convert.ToString(p.Value, CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The ratio text of one comparison and whether its target is met (null: no target). Shared by
    /// the table and the interleaved check (<see cref="Interleaved"/>).
    /// </summary>
    internal static (string Ratio, bool? Met) Evaluate(Comparison against, string oursKey, Measured ours, Measured theirs)
    {
        double r;
        switch (against.Goal)
        {
            case Goal.FasterBy:
                r = theirs.MedianNs / ours.MedianNs;
                return ($"{r:F2}x faster", r >= against.Factor);
            case Goal.AtMostTimesFloor:
                r = ours.MedianNs / theirs.MedianNs;
                return ($"{r:F2}x the floor", r <= against.Factor);
            case Goal.AtMostTimes:
                r = ours.MedianNs / theirs.MedianNs;
                return ($"{r:F2}x the time", r <= against.Factor);
            case Goal.AtMostFractionOf:
                r = ours.MedianNs / theirs.MedianNs;
                return ($"{100 * r:F1}% of it", r <= against.Factor);
            case Goal.AddsAtMostMs:
                return ($"+{Time(ours.MedianNs - theirs.MedianNs)}", ours.MedianNs - theirs.MedianNs <= against.Factor * 1e6);
            case Goal.AtMostMs:
                return (Time(ours.MedianNs), ours.MedianNs <= against.Factor * 1e6);
            case Goal.AllocatedAtMost:
            case Goal.AllocatedVs:
                if (ours.Allocated is not { } a || theirs.Allocated is not { } b || b == 0)
                {
                    return ("?", against.Goal == Goal.AllocatedVs ? null : false);
                }

                r = (double)a / b;
                return ($"{r:F2}x its allocation", against.Goal == Goal.AllocatedVs ? null : r <= against.Factor);
            case Goal.PerEntityAtMost:
            case Goal.PerEntityVs:
                r = (ours.MedianNs / Entities(oursKey)) / (theirs.MedianNs / Entities(against.Method));
                return ($"{r:F2}x the time per entity ({Time(ours.MedianNs / Entities(oursKey))} vs {Time(theirs.MedianNs / Entities(against.Method))})", against.Goal == Goal.PerEntityVs ? null : r <= against.Factor);
            default:
                return (ours.MedianNs <= theirs.MedianNs ? $"{theirs.MedianNs / ours.MedianNs:F2}x faster" : $"{ours.MedianNs / theirs.MedianNs:F2}x slower", null);
        }
    }

    private static double Entities(string key) => double.Parse(key.AsSpan(key.IndexOf('@') + 1), CultureInfo.InvariantCulture);

    /// <summary>The memory half of the scale rows (<see cref="ScaleMemory"/>), measured here after the run; returns the targets missed.</summary>
    private static int AppendScaleMemory(StringBuilder md)
    {
        var missed = 0;
        foreach (var f in ScaleMemory.MeasureAll(print: false))
        {
            // The peak target is judged at the largest size: below it the GC's allocation budget
            // (megabytes before the first collection) dominates a small file's figure.
            var judged = f.Entities == ScaleData.Sizes[^1];
            var peakMet = f.PeakPerFile <= 3;
            var bytesPeakMet = f.PeakFromBytesPerFile <= 3;
            var beyondMet = f.BeyondPerFile <= 2;
            missed += (judged && !peakMet ? 1 : 0) + (judged && !bytesPeakMet ? 1 : 0) + (beyondMet ? 0 : 1);
            AppendCells(md, $"scale memory: parse of the catalog of {f.Entities:N0} entities (file {Bytes(f.FileBytes)}; one parse outside BenchmarkDotNet)", Time(f.Parse.TotalMilliseconds * 1e6), Bytes(f.AllocatedBytes), new List<(string, string, string, string)>
            {
                ($"peak managed memory during the parse from the string ({Bytes(f.PeakBytes)}; it makes a UTF-8 copy of the text) vs the file", $"{f.PeakPerFile:F2}x the file", judged ? "<= 3x the file" : "- (judged at 100,000)", judged ? (peakMet ? "yes" : "**no**") : "-"),
                ($"peak managed memory during the same parse from the file's UTF-8 bytes, read in place by `ParseYaml(byte[])` ({Bytes(f.PeakFromBytes)}) vs the file", $"{f.PeakFromBytesPerFile:F2}x the file", judged ? "<= 3x the file" : "- (judged at 100,000)", judged ? (bytesPeakMet ? "yes" : "**no**") : "-"),
                ($"allocated beyond the records returned ({Bytes(f.BeyondRecords)}; retained {Bytes(f.RetainedBytes)}) vs the file", $"{f.BeyondPerFile:F2}x the file", "<= 2x the file", beyondMet ? "yes" : "**no**"),
                ($"retained by the records alone, the same parse without positions ({Bytes(f.RecordsOnlyBytes)}) vs the file", $"{(double)f.RecordsOnlyBytes / f.FileBytes:F2}x the file", "-", "-"),
                ($"GC pauses ({f.Gen0}/{f.Gen1}/{f.Gen2} gen0/1/2 collections)", $"{Time(f.GcPause.TotalMilliseconds * 1e6)}, {100 * f.GcPause.TotalMilliseconds / f.Parse.TotalMilliseconds:F0}% of the parse", "-", "-"),
            });
        }

        return missed;
    }

    private static void AppendCells(StringBuilder md, string label, string median, string alloc, List<(string Against, string Ratio, string Target, string Met)> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            md.Append("| ").Append(i == 0 ? label : string.Empty)
              .Append(" | ").Append(i == 0 ? median : string.Empty)
              .Append(" | ").Append(i == 0 ? alloc : string.Empty)
              .Append(" | ").Append(cells[i].Against)
              .Append(" | ").Append(cells[i].Ratio)
              .Append(" | ").Append(cells[i].Target)
              .Append(" | ").Append(cells[i].Met)
              .AppendLine(" |");
        }
    }

    internal static string Target(Comparison c) => c.Goal switch
    {
        Goal.FasterBy => c.Factor <= 1.0 ? "faster" : $">= {c.Factor.ToString(CultureInfo.InvariantCulture)}x faster",
        Goal.AtMostTimesFloor => $"<= {c.Factor.ToString(CultureInfo.InvariantCulture)}x the floor",
        Goal.AtMostTimes => $"<= {c.Factor.ToString(CultureInfo.InvariantCulture)}x the time",
        Goal.AllocatedAtMost => $"<= {c.Factor.ToString(CultureInfo.InvariantCulture)}x its allocation",
        Goal.PerEntityAtMost => $"<= {c.Factor.ToString(CultureInfo.InvariantCulture)}x per entity",
        Goal.AtMostFractionOf => $"<= {(c.Factor * 100).ToString("0.#", CultureInfo.InvariantCulture)}%",
        Goal.AddsAtMostMs => $"adds <= {c.Factor.ToString(CultureInfo.InvariantCulture)} ms",
        Goal.AtMostMs => $"<= {c.Factor.ToString(CultureInfo.InvariantCulture)} ms",
        _ => "-",
    };

    internal static string Time(double ns) => ns switch
    {
        >= 1e9 => $"{ns / 1e9:F2} s",
        >= 1e6 => $"{ns / 1e6:F2} ms",
        >= 1e3 => $"{ns / 1e3:F1} us",
        _ => $"{ns:F0} ns",
    };

    internal static string Bytes(long? bytes) => bytes switch
    {
        null => "?",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):F2} MB",
        >= 1024 => $"{bytes / 1024.0:F1} KB",
        _ => $"{bytes} B",
    };
}
