using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Reports;

namespace NewsSchema.Benchmarks;

/// <summary>
/// After a run: the issue-7 table in markdown, every row with its median time, allocation, the
/// ratio against each alternative measured in the same run, the target and whether it was met.
/// Printed and written to BenchmarkDotNet.Artifacts/results/newsschema-table.md.
/// </summary>
public static class Report
{
    private enum Goal
    {
        /// <summary>Informational: no target.</summary>
        None,

        /// <summary>The alternative's median / ours must be at least Factor.</summary>
        FasterBy,

        /// <summary>Ours / the floor's median must be at most Factor.</summary>
        AtMostTimesFloor,

        /// <summary>Ours / the full run's median must be at most Factor.</summary>
        AtMostFractionOf,

        /// <summary>Ours minus the other's median must be at most Factor milliseconds.</summary>
        AddsAtMostMs,

        /// <summary>Ours must be at most Factor milliseconds (the other method is ours).</summary>
        AtMostMs,
    }

    private sealed record Comparison(string Label, string Method, Goal Goal, double Factor);

    private sealed record Row(string Label, string Method, bool ZeroAllocation, params Comparison[] Against)
    {
        /// <summary>Show the minimum beside the median (rows whose spread matters, such as the analyzer's).</summary>
        public bool ShowMinimum { get; init; }
    }

    private static readonly Row[] Rows =
    {
        new Row("generated YAML parse (`Meeting.ParseYamlList`, default options)", nameof(ParseBenchmarks.YamlGenerated), false,
            new Comparison("YamlDotNet `Deserializer`", nameof(ParseBenchmarks.YamlDotNetDeserializer), Goal.FasterBy, 1.8),
            new Comparison("bare `Parser.MoveNext()` loop (floor)", nameof(ParseBenchmarks.YamlParserFloor), Goal.AtMostTimesFloor, 1.25)),
        new Row("generated YAML parse, `TrackPositions = false`", nameof(ParseBenchmarks.YamlGeneratedNoPositions), false,
            new Comparison("YamlDotNet `Deserializer`", nameof(ParseBenchmarks.YamlDotNetDeserializer), Goal.FasterBy, 1.8),
            new Comparison("bare `Parser.MoveNext()` loop (floor)", nameof(ParseBenchmarks.YamlParserFloor), Goal.AtMostTimesFloor, 1.25)),
        new Row("YamlDotNet `Deserializer` (alternative)", nameof(ParseBenchmarks.YamlDotNetDeserializer), false),
        new Row("bare `Parser.MoveNext()` loop (floor)", nameof(ParseBenchmarks.YamlParserFloor), false),
        new Row("generated JSON parse (`Meeting.ParseJsonList(string)`)", nameof(ParseBenchmarks.JsonGenerated), false,
            new Comparison("System.Text.Json, source-generated, from string", nameof(ParseBenchmarks.JsonSystemTextJson), Goal.FasterBy, 1.3),
            new Comparison("System.Text.Json, source-generated, from UTF-8", nameof(ParseBenchmarks.JsonSystemTextJsonUtf8), Goal.None, 0),
            new Comparison("bare `Utf8JsonReader.Read()` loop (floor)", nameof(ParseBenchmarks.JsonReaderFloor), Goal.None, 0)),
        new Row("experiment: generated JSON parse from UTF-8 (`BenchCatalog.ParseJson(bytes)`, same 1,000 meetings)", nameof(ParseBenchmarks.JsonGeneratedCatalogUtf8), false,
            new Comparison("System.Text.Json, source-generated, from string", nameof(ParseBenchmarks.JsonSystemTextJson), Goal.None, 0),
            new Comparison("System.Text.Json, source-generated, from UTF-8", nameof(ParseBenchmarks.JsonSystemTextJsonUtf8), Goal.None, 0)),
        new Row("System.Text.Json from string (alternative)", nameof(ParseBenchmarks.JsonSystemTextJson), false),
        new Row("System.Text.Json from UTF-8 (alternative)", nameof(ParseBenchmarks.JsonSystemTextJsonUtf8), false),
        new Row("bare `Utf8JsonReader.Read()` loop (floor)", nameof(ParseBenchmarks.JsonReaderFloor), false),
        new Row("sample catalog: parse + `Validate()` (60 actors, 20 venues, 20 meetings)", nameof(ParseBenchmarks.CatalogParseAndValidate), false),
        new Row("generated validation (`Validate()` x 1,000, valid data)", nameof(ValidationBenchmarks.ValidateGenerated), true,
            new Comparison("JsonSchema.Net 8.0.5, equivalent JSON Schema, Flag output", nameof(ValidationBenchmarks.ValidateJsonSchemaNet), Goal.FasterBy, 100)),
        new Row("JsonSchema.Net 8.0.5 (alternative)", nameof(ValidationBenchmarks.ValidateJsonSchemaNet), false),
        new Row("sample catalog `Validate()` alone (valid data: target 0 bytes)", nameof(ValidationBenchmarks.ValidateSampleCatalog), false),
        new Row("generated YAML writer (`Meeting.ToYamlList`)", nameof(WriterBenchmarks.YamlWriteGenerated), false,
            new Comparison("YamlDotNet `Serializer`", nameof(WriterBenchmarks.YamlDotNetSerializer), Goal.FasterBy, 1.0),
            new Comparison("System.Text.Json serialize", nameof(WriterBenchmarks.JsonSystemTextJsonSerialize), Goal.None, 0)),
        new Row("generated JSON writer (`Meeting.ToJsonList`)", nameof(WriterBenchmarks.JsonWriteGenerated), false,
            new Comparison("System.Text.Json serialize (indented, source-generated)", nameof(WriterBenchmarks.JsonSystemTextJsonSerialize), Goal.FasterBy, 1.0),
            new Comparison("YamlDotNet `Serializer`", nameof(WriterBenchmarks.YamlDotNetSerializer), Goal.FasterBy, 1.0)),
        new Row("experiment: generated `WriteJson` into a reused buffer", nameof(WriterBenchmarks.JsonWriteGeneratedReusedBuffer), false,
            new Comparison("System.Text.Json serialize (indented, source-generated)", nameof(WriterBenchmarks.JsonSystemTextJsonSerialize), Goal.None, 0)),
        new Row("YamlDotNet `Serializer` (alternative)", nameof(WriterBenchmarks.YamlDotNetSerializer), false),
        new Row("System.Text.Json serialize (alternative)", nameof(WriterBenchmarks.JsonSystemTextJsonSerialize), false),
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
        var results = new Dictionary<string, (double MedianNs, double MinNs, long? Allocated)>(StringComparer.Ordinal);
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            if (report.ResultStatistics is { } statistics)
            {
                results[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = (statistics.Median, statistics.Min, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
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

                var (ratio, met) = against.Goal switch
                {
                    Goal.FasterBy => ($"{theirs.MedianNs / ours.MedianNs:F2}x faster", theirs.MedianNs / ours.MedianNs >= against.Factor),
                    Goal.AtMostTimesFloor => ($"{ours.MedianNs / theirs.MedianNs:F2}x the floor", ours.MedianNs / theirs.MedianNs <= against.Factor),
                    Goal.AtMostFractionOf => ($"{100 * ours.MedianNs / theirs.MedianNs:F1}% of it", ours.MedianNs / theirs.MedianNs <= against.Factor),
                    Goal.AddsAtMostMs => ($"+{Time(ours.MedianNs - theirs.MedianNs)}", ours.MedianNs - theirs.MedianNs <= against.Factor * 1e6),
                    Goal.AtMostMs => (Time(ours.MedianNs), ours.MedianNs <= against.Factor * 1e6),
                    _ => (ours.MedianNs <= theirs.MedianNs ? $"{theirs.MedianNs / ours.MedianNs:F2}x faster" : $"{ours.MedianNs / theirs.MedianNs:F2}x slower", true),
                };
                if (against.Goal != Goal.None && !met)
                {
                    missed++;
                }

                cells.Add((against.Label + $" ({Time(theirs.MedianNs)})", ratio, Target(against), against.Goal == Goal.None ? "-" : met ? "yes" : "**no**"));
            }

            if (cells.Count == 0)
            {
                cells.Add(("-", "-", "-", "-"));
            }

            for (var i = 0; i < cells.Count; i++)
            {
                md.Append("| ").Append(i == 0 ? row.Label : string.Empty)
                  .Append(" | ").Append(i == 0 ? Time(ours.MedianNs) + (row.ShowMinimum ? " (min " + Time(ours.MinNs) + ")" : string.Empty) : string.Empty)
                  .Append(" | ").Append(i == 0 ? alloc : string.Empty)
                  .Append(" | ").Append(cells[i].Against)
                  .Append(" | ").Append(cells[i].Ratio)
                  .Append(" | ").Append(cells[i].Target)
                  .Append(" | ").Append(cells[i].Met)
                  .AppendLine(" |");
            }
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

    private static string Target(Comparison c) => c.Goal switch
    {
        Goal.FasterBy => c.Factor <= 1.0 ? "faster" : $">= {c.Factor.ToString(CultureInfo.InvariantCulture)}x faster",
        Goal.AtMostTimesFloor => $"<= {c.Factor.ToString(CultureInfo.InvariantCulture)}x the floor",
        Goal.AtMostFractionOf => $"<= {(c.Factor * 100).ToString("0.#", CultureInfo.InvariantCulture)}%",
        Goal.AddsAtMostMs => $"adds <= {c.Factor.ToString(CultureInfo.InvariantCulture)} ms",
        Goal.AtMostMs => $"<= {c.Factor.ToString(CultureInfo.InvariantCulture)} ms",
        _ => "-",
    };

    private static string Time(double ns) => ns switch
    {
        >= 1e9 => $"{ns / 1e9:F2} s",
        >= 1e6 => $"{ns / 1e6:F2} ms",
        >= 1e3 => $"{ns / 1e3:F1} us",
        _ => $"{ns:F0} ns",
    };

    private static string Bytes(long? bytes) => bytes switch
    {
        null => "?",
        >= 1024 * 1024 => $"{bytes / (1024.0 * 1024):F2} MB",
        >= 1024 => $"{bytes / 1024.0:F1} KB",
        _ => $"{bytes} B",
    };
}
