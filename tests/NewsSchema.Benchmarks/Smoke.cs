using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsSchema.Benchmarks.Alternatives;
using NewsSchema.Benchmarks.Model;

namespace NewsSchema.Benchmarks;

/// <summary>
/// <c>--smoke</c>: runs every benchmark body a few times outside BenchmarkDotNet and checks that
/// the results are right (the generated code and the alternatives agree on the data, the
/// validators say valid, valid data validates without allocating). Exits 1 on any mismatch.
/// </summary>
public static class Smoke
{
    private const int Repeat = 3;

    private static readonly List<string> Failures = new();

    public static int Run()
    {
        try
        {
            return RunChecks();
        }
        catch (Exception ex)
        {
            Console.WriteLine("FAIL  smoke threw: " + ex);
            return 1;
        }
    }

    private static int RunChecks()
    {
        var clock = Stopwatch.StartNew();
        var data = BenchData.Instance;
        Check(data.Meetings.Count == BenchData.MeetingCount, $"{data.Meetings.Count} meetings, YAML {data.Yaml.Length / 1024} KB, JSON {data.JsonUtf8.Length / 1024} KB");
        var expected = data.Meetings.Select(BenchData.Canon).ToArray();

        // ---- parsers ----
        var parse = new ParseBenchmarks();
        parse.Setup();
        Check(Same(Times(parse.YamlGenerated), data.Meetings), "generated YAML parse gives back the meetings it was written from");
        Check(Same(Times(parse.YamlGeneratedNoPositions), data.Meetings), "generated YAML parse without positions, too");
        Check(Canon(Times(parse.YamlDotNetDeserializer)).SequenceEqual(expected), "YamlDotNet Deserializer reads the same meetings into the hand-written classes");
        Check(Canon(Times(parse.YamlSharpYamlDeserializer)).SequenceEqual(expected), "SharpYaml's source-generated deserializer reads the same meetings into the hand-written classes");
        var events = Times(parse.YamlParserFloor);
        Check(events > BenchData.MeetingCount * 20, $"the bare Parser loop sees {events} events");
        Check(Times(parse.YamlSharpYamlParserFloor) == events, "SharpYaml's Parser loop (the second floor) sees as many events");
        var readers = new YamlReaderBenchmarks();
        readers.Setup();
        Check(Times(readers.Utf8YamlReaderEvents) == events, "Utf8YamlReader sees as many events as YamlDotNet's Parser");
        Check(Times(readers.SharpYamlParser) == events, "SharpYaml's Parser sees as many events as YamlDotNet's Parser");
        Check(Times(readers.Utf8YamlReaderWithStrings) > 0 && Utf8Scalars(data.Yaml).SequenceEqual(YamlDotNetScalars(data.Yaml)), "Utf8YamlReader's scalars are YamlDotNet's, one for one");
        Check(Same(Times(parse.JsonGenerated), data.Meetings), "generated JSON parse gives back the meetings");
        Check(Same(Times(parse.JsonGeneratedNoPositions), data.Meetings), "generated JSON parse without positions, too");
        Check(Canon(Times(parse.JsonSystemTextJson)).SequenceEqual(expected), "System.Text.Json (source-generated) reads the same meetings");
        Check(Canon(Times(parse.JsonSystemTextJsonUtf8)).SequenceEqual(expected), "System.Text.Json from UTF-8 reads the same meetings");
        Check(Same(Times(parse.JsonGeneratedUtf8), data.Meetings), "generated JSON parse from UTF-8 gives back the meetings");
        Check(Same(Times(parse.JsonGeneratedUtf8NoPositions), data.Meetings), "generated JSON parse from UTF-8 without positions, too");
        Check(Same(Times(parse.JsonHandWrittenUtf8), data.Meetings), "the hand-written experiment on our JsonReader reads the same meetings");
        var tokens = Times(parse.JsonReaderFloor);
        Check(tokens > BenchData.MeetingCount * 20, $"the bare Utf8JsonReader loop sees {tokens} tokens");
        Check(Times(parse.JsonOwnReaderFloor) == tokens, "our JsonReader sees as many tokens as Utf8JsonReader");
        Check(Times(parse.CatalogParseAndValidate) == 0, "the sample catalog parses and validates with no error");

        // ---- validators ----
        var validation = new ValidationBenchmarks();
        validation.Setup();
        Check(Times(validation.ValidateGenerated) == 0, "generated Validate() says every meeting is valid");
        Check(Times(validation.ValidateJsonSchemaNet), "JsonSchema.Net says the data is valid");
        var before = GC.GetAllocatedBytesForCurrentThread();
        validation.ValidateGenerated();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Check(allocated == 0, $"validating 1,000 valid meetings allocates {allocated} bytes");
        Check(Times(validation.ValidateSampleCatalog), "the sample catalog validates");
        before = GC.GetAllocatedBytesForCurrentThread();
        validation.ValidateSampleCatalog();
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Check(allocated == 0, $"validating the sample catalog allocates {allocated} bytes");
        CheckInvalidDataIsCaught(data.Meetings[0]);
        validation.Cleanup();

        // ---- writers ----
        var writers = new WriterBenchmarks();
        writers.Setup();
        Check(Times(writers.YamlWriteGenerated) == data.Yaml, "generated YAML writer writes the benchmark YAML");
        var yamlAllocated = Allocated(writers.YamlWriteGenerated);
        Check(yamlAllocated < data.Yaml.Length * sizeof(char) * 11 / 10, $"writing the YAML to a string allocates {yamlAllocated / 1024} KB, for a text of {data.Yaml.Length * sizeof(char) / 1024} KB (UTF-16)");
        var utf8Allocated = Allocated(writers.YamlWriteGeneratedUtf8);
        Check(utf8Allocated < 2048, $"writing it as UTF-8 into a reused buffer allocates {utf8Allocated} bytes (the writer and its 1 KB buffer)");
        Check(Times(writers.YamlWriteGeneratedUtf8) > 0 && writers.YamlUtf8Written.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(data.Yaml)), "the UTF-8 target of the YAML writer writes the same text, byte for byte");
        var sharpYamlText = Times(writers.YamlSharpYamlSerializer);
        Check(Canon(SharpYaml.YamlSerializer.Deserialize(sharpYamlText, PocoYamlContext.Default.ListMeetingPoco)!).SequenceEqual(expected), "SharpYaml serializer's output reads back with SharpYaml to the same meetings");
        Check(Same(Meeting.ParseYamlList(sharpYamlText).GetValueOrThrow(), data.Meetings), "... and the generated YAML parser reads it as the same meetings");
        Check(Same(Meeting.ParseJsonList(Times(writers.JsonWriteGenerated)).GetValueOrThrow(), data.Meetings), "generated JSON writer's output parses back to the meetings");
        Check(Times(writers.JsonWriteGeneratedReusedBuffer) == writers.JsonWriteGenerated(), "the reused-buffer experiment writes the same JSON");
        var yamlDotNetText = Times(writers.YamlDotNetSerializer);
        Check(Canon(Alternative.YamlDeserializer().Deserialize<List<MeetingPoco>>(yamlDotNetText)).SequenceEqual(expected), "YamlDotNet Serializer's output reads back to the same meetings");
        Check(Same(Meeting.ParseYamlList(yamlDotNetText).GetValueOrThrow(), data.Meetings), "... and the generated YAML parser reads it as the same meetings");
        var stjText = Times(writers.JsonSystemTextJsonSerialize);
        Check(Same(Meeting.ParseJsonList(stjText).GetValueOrThrow(), data.Meetings), "System.Text.Json's output parses with the generated parser to the same meetings");

        // ---- the scale rows (the smallest catalog; the larger ones only in the benchmark run) ----
        var scale = new ScaleBenchmarks { Entities = ScaleData.Sizes[0] };
        scale.Setup();
        Check(Times(scale.ParseAndValidate) == 0, $"the scale catalog of {scale.Entities} entities parses and validates with its references resolved");
        var split = ScaleData.Split(scale.Entities);
        var scaleCatalog = BenchCatalog.ParseYaml(ScaleData.Catalog(scale.Entities)).GetValueOrThrow();
        Check(scaleCatalog.Actors.Count == split.Actors && scaleCatalog.Venues.Count == split.Venues && scaleCatalog.Meetings.Count == split.Meetings, $"it holds {split.Actors} actors, {split.Venues} venues and {split.Meetings} meetings");
        var withoutVenue = new BenchCatalog(actors: scaleCatalog.Actors, meetings: scaleCatalog.Meetings, venues: scaleCatalog.Venues.Skip(1));
        Check(withoutVenue.Validate().Errors.Any(e => e.Code == "unresolved-reference"), "the references are checked: without its first venue the catalog has unresolved references");
        var scaleSplit = new ScaleSplitBenchmarks { Entities = ScaleData.Sizes[0] };
        scaleSplit.Setup();
        Check(Times(scaleSplit.ScaleCatalogParse).Meetings.Count == split.Meetings && Times(scaleSplit.ScaleCatalogValidate) == 0, "the split scale rows parse the same catalog and validate it without errors");
        var scaleList = ScaleSplitBenchmarks.MeetingList(scaleSplit.Entities);
        Check(Same(Times(scaleSplit.ScaleListYaml), scaleList) && Same(Times(scaleSplit.ScaleListJson), scaleList), $"the list of {scaleSplit.Entities} meetings reads back as written, from YAML and from JSON");
        var scaleListCanon = scaleList.Select(BenchData.Canon).ToArray();
        Check(Canon(Times(scaleSplit.ScaleListSharpYaml)).SequenceEqual(scaleListCanon) && Canon(Times(scaleSplit.ScaleListStj)).SequenceEqual(scaleListCanon), "... and SharpYaml and System.Text.Json read the same meetings");
        var memory = ScaleMemory.Measure(scale.Entities);
        Check(memory.RetainedBytes > 0 && memory.AllocatedBytes > memory.RetainedBytes && memory.PeakBytes > 0, $"the scale memory mode measures: allocated {memory.AllocatedBytes / 1024} KB, retained {memory.RetainedBytes / 1024} KB, peak {memory.PeakBytes / 1024} KB");

        // ---- the report and the interleaved check name only benchmarks that exist ----
        var unknown = Interleaved.UnknownKeys();
        Check(unknown.Count == 0, "every row of the report names a benchmark: " + string.Join(", ", unknown));

        // ---- the generator ----
        var generator = new GeneratorBenchmarks();
        generator.Setup();
        var news = Times(generator.FullNewsSchemas).GetRunResult();
        CheckRun(news, $"generator over the {generator.News.Length} news schemas");
        var full = Times(generator.FullSynthetic500).GetRunResult();
        CheckRun(full, "generator over 500 synthetic types in 50 files");
        Check(full.Results[0].GeneratedSources.Length >= 500, $"it generates {full.Results[0].GeneratedSources.Length} sources for 500 types");
        CheckRun(Times(generator.RerunNothingChanged).GetRunResult(), "re-run with nothing changed");
        CheckRun(Times(generator.RerunCommentOnlyEdit).GetRunResult(), "re-run after a comment-only edit");
        var rerun = Times(generator.RerunOneFileEdited).GetRunResult();
        CheckRun(rerun, "incremental re-run after editing one file");
        Check(
            rerun.Results[0].GeneratedSources.Any(s => s.SourceText.ToString().Contains("public string? Edited", StringComparison.Ordinal)),
            "the re-run's output has the added field");

        // ---- the analyzer (per-file, as the IDE runs it) ----
        var analysis = Times(generator.AnalyzeOneEditedFile);
        Check(analysis.GetAllDiagnostics().IsEmpty && analysis.AdditionalFileDiagnostics.IsEmpty, "the analyzer finds nothing wrong in the edited file: " + string.Join("; ", analysis.GetAllDiagnostics().Take(3)));
        Check(Times(generator.AnalyzeOneFileFreshAnalyzer).GetAllDiagnostics().IsEmpty, "a fresh analyzer finds nothing wrong either");
        var broken = generator.AnalyzeEditedFile(generator.EditedOriginal.GetText()!.ToString() + "      broken: Nope\n").GetAllDiagnostics();
        Check(
            broken.Length == 1 && broken[0].Id == "NSG0003" && broken[0].Location.GetLineSpan().Path == generator.EditedOriginal.Path,
            "a mistake typed into the file is reported there: " + string.Join("; ", broken));

        // ---- the build-time data check ----
        var dataCheck = new DataCheckBenchmarks();
        dataCheck.Setup();
        Check(dataCheck.NewsData.Count == 5, $"the benchmark embeds the 5 NewsDesk data files ({dataCheck.NewsData.Count})");
        var newsErrors = Times(dataCheck.NewsDeskDataFull);
        Check(newsErrors.Count == 0, "the NewsDesk data is valid at build time: " + string.Join("; ", newsErrors.Take(3)));
        CheckRun(Times(dataCheck.NoDataRerun).GetRunResult(), "the generator re-run without data files");
        var edited = Times(dataCheck.NewsDeskDataOneFileEdited).GetRunResult();
        CheckRun(edited, "the generator re-run after editing one NewsDesk data file (analyzers off: the generator checks the data)");
        var bigErrors = Times(dataCheck.TenThousandEntityFile);
        Check(bigErrors.Count == 0, "the 10,000-meeting file is valid: " + string.Join("; ", bigErrors.Take(3)));
        var brokenData = dataCheck.BigFile.Select(f => f.Path.EndsWith("big.yaml", StringComparison.Ordinal) ? f with { Text = f.Text.Replace("venue: vilnius", "venue: nowhere", StringComparison.Ordinal) } : f).ToList();
        var brokenErrors = Generator.DataCheck.DataChecker.Load(GeneratorBenchmarks.NewsSchemas().Select(s => (s.Path, s.GetText()!.ToString()))).Check(brokenData);
        Check(brokenErrors.Count == DataCheckBenchmarks.BigFileEntities && brokenErrors.All(e => e.Code == "unresolved-reference"), $"with every venue wrong, the big file has {brokenErrors.Count} unresolved-reference errors");

        Console.WriteLine($"smoke: {Failures.Count} failed, in {clock.Elapsed.TotalSeconds:F1} s");
        return Failures.Count == 0 ? 0 : 1;
    }

    private static void CheckInvalidDataIsCaught(Meeting valid)
    {
        var invalid = valid with { Title = string.Empty, Participants = new[] { valid.Participants[0] } };
        var errors = invalid.Validate().Errors.Select(e => e.Code).OrderBy(c => c, StringComparer.Ordinal).ToArray();
        Check(errors.SequenceEqual(new[] { "min-items", "min-length" }), "generated Validate() reports min-length and min-items on a broken meeting: " + string.Join(", ", errors));
        using var document = System.Text.Json.JsonDocument.Parse("[" + invalid.ToJson() + "]");
        Check(!ValidationBenchmarks.Schema.Evaluate(document.RootElement).IsValid, "JsonSchema.Net rejects the same broken meeting");
    }

    private static void CheckRun(GeneratorDriverRunResult run, string what)
    {
        var result = run.Results.Single();
        var errors = run.Diagnostics.Concat(result.Diagnostics).Where(d => d.Severity == DiagnosticSeverity.Error || d.Severity == DiagnosticSeverity.Warning).ToArray();
        var ok = result.Exception is null && errors.Length == 0 && result.GeneratedSources.Length > 0;
        Check(ok, what + (ok ? $": {result.GeneratedSources.Length} sources, no diagnostics" : ": " + (result.Exception?.ToString() ?? string.Join("; ", errors.Take(3).Select(e => e.ToString())))));
    }

    private static List<string> Utf8Scalars(string yaml)
    {
        var scalars = new List<string>();
        var reader = new NewsSchema.Generated.Utf8YamlReader(System.Text.Encoding.UTF8.GetBytes(yaml));
        while (reader.Read())
        {
            if (reader.Kind == NewsSchema.Generated.Utf8YamlEventKind.Scalar)
            {
                scalars.Add(reader.GetString());
            }
        }

        reader.Dispose();
        return scalars;
    }

    private static List<string> YamlDotNetScalars(string yaml)
    {
        var scalars = new List<string>();
        var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(yaml));
        while (parser.MoveNext())
        {
            if (parser.Current is YamlDotNet.Core.Events.Scalar scalar)
            {
                scalars.Add(scalar.Value);
            }
        }

        return scalars;
    }

    /// <summary>
    /// The bytes one call of <paramref name="body"/> allocates once its code is optimized: the least
    /// of 10 measured calls, with pauses that let tiered compilation replace the first, unoptimized
    /// code (which allocates where the optimized code does not, for example in generic span searches).
    /// </summary>
    private static long Allocated<T>(Func<T> body)
    {
        var least = long.MaxValue;
        for (var round = 0; round < 10; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                GC.KeepAlive(body());
            }

            System.Threading.Thread.Sleep(100);
            var before = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(body());
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return least;
    }

    private static T Times<T>(Func<T> body)
    {
        var value = body();
        for (var i = 1; i < Repeat; i++)
        {
            value = body();
        }

        return value;
    }

    private static bool Same(IReadOnlyList<Meeting> actual, IReadOnlyList<Meeting> expected)
        => actual.Count == expected.Count && actual.SequenceEqual(expected);

    private static IEnumerable<string> Canon(IEnumerable<MeetingPoco> pocos) => pocos.Select(BenchData.Canon);

    private static void Check(bool ok, string what)
    {
        Console.WriteLine((ok ? "ok    " : "FAIL  ") + what);
        if (!ok)
        {
            Failures.Add(what);
        }
    }
}
