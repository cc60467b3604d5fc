using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator;
using NewsSchema.Testing;
using NewsSchema.Tests.Model;
using SharpFuzz;

namespace NewsSchema.Fuzz;

/// <summary>
/// SharpFuzz targets (docs/security.md, "Longer runs"). Each target turns anything but the
/// documented outcome into an exception, which the fuzzer records as a crash:
/// <list type="bullet">
/// <item><c>sample-yaml</c>, <c>sample-json</c>, <c>party-yaml</c>, <c>party-json</c>, <c>catalog-yaml</c>, <c>catalog-json</c>:
/// ParseX returns a result (only DataErrors), and on success Validate() and the writers run.</item>
/// <item><c>schema</c>: the generator, in memory, over the input as a schema file: no exception,
/// no CS8785, AD0001 or NSG0025, every NSG diagnostic located in the file.</item>
/// </list>
/// Usage: <c>NewsSchema.Fuzz &lt;target&gt; [--libfuzzer | --afl | --run &lt;file-or-folder&gt;...]</c>.
/// <c>--libfuzzer</c> (default) runs under libfuzzer-dotnet, <c>--afl</c> under afl-fuzz, and
/// <c>--run</c> replays saved inputs (a crash, or a corpus) without any fuzzer or instrumentation.
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action<byte[]>> Targets = new(StringComparer.Ordinal)
    {
        ["sample-yaml"] = b => Data(Sample.ParseYaml(b, "fuzz"), s => s.Validate(), s => (s.ToYaml(), s.ToJson())),
        ["sample-json"] = b => Data(Sample.ParseJson(b, "fuzz"), s => s.Validate(), s => (s.ToYaml(), s.ToJson())),
        ["party-yaml"] = b => Data(NewsSchema.Tests.Family.Party.ParseYaml(b, "fuzz"), p => p.Validate(), p => (p.ToYaml(), p.ToJson())),
        ["party-json"] = b => Data(NewsSchema.Tests.Family.Party.ParseJson(b, "fuzz"), p => p.Validate(), p => (p.ToYaml(), p.ToJson())),
        ["catalog-yaml"] = b => Data(FuzzCatalog.ParseYaml(b, "fuzz"), c => c.Validate(), c => (c.ToYaml(), c.ToJson())),
        ["catalog-json"] = b => Data(FuzzCatalog.ParseJson(b, "fuzz"), c => c.Validate(), c => (c.ToYaml(), c.ToJson())),
        ["schema"] = Schema,
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: NewsSchema.Fuzz <target> [--libfuzzer | --afl | --run <file-or-folder>...]");
            Console.Error.WriteLine("targets: " + string.Join(", ", Targets.Keys));
            return 2;
        }

        var mode = args.Length > 1 ? args[1] : "--libfuzzer";
        switch (mode)
        {
            case "--libfuzzer":
                Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
                return 0;
            case "--afl":
                Fuzzer.OutOfProcess.Run(stream =>
                {
                    using var memory = new MemoryStream();
                    stream.CopyTo(memory);
                    target(memory.ToArray());
                });
                return 0;
            case "--run":
                return Replay(target, args.Skip(2));
            default:
                Console.Error.WriteLine("unknown mode " + mode);
                return 2;
        }
    }

    /// <summary>Runs saved inputs; prints each failure and returns 1 if there was any.</summary>
    private static int Replay(Action<byte[]> target, IEnumerable<string> paths)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p) : new[] { p }).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
            catch (Exception ex)
            {
                failures++;
                Console.WriteLine($"{file}: {ex}");
            }
        }

        Console.WriteLine($"{files.Count} inputs, {failures} failures");
        return failures == 0 ? 0 : 1;
    }

    private static void Data<T>(ParseResult<T> result, Func<T, ValidationResult> validate, Func<T, (string, string)> write)
    {
        if (result.IsSuccess != (result.Errors.Count == 0) || (result.IsSuccess && result.Value is null))
        {
            throw new InvalidOperationException("inconsistent ParseResult");
        }

        foreach (var error in result.Errors)
        {
            if (string.IsNullOrEmpty(error.Code) || string.IsNullOrEmpty(error.Message) || error.Line < 0 || error.Column < 0)
            {
                throw new InvalidOperationException("malformed DataError: " + error);
            }
        }

        if (result.IsSuccess)
        {
            validate(result.Value!);
            write(result.Value!);
        }
    }

    // ---- the schema target ---------------------------------------------------------------

    private const string SchemaPath = "/fuzz/input.schema.yaml";

    private static readonly CSharpCompilation EmptyCompilation = CSharpCompilation.Create("Fuzz", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    private static void Schema(byte[] bytes)
    {
        // The compiler hands the generator text; undecodable bytes become U+FFFD as they would there.
        var text = Encoding.UTF8.GetString(bytes);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new NewsSchemaGenerator().AsSourceGenerator() },
            new AdditionalText[] { new InMemoryAdditionalText(SchemaPath, text) },
            new CSharpParseOptions(LanguageVersion.Latest),
            new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Fuzz" }));
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation, out _, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new InvalidOperationException("the generator threw", result.Exception);
        }

        foreach (var diagnostic in diagnostics.Concat(result.Diagnostics))
        {
            if (diagnostic.Id is "CS8785" or "AD0001" or "NSG0025")
            {
                throw new InvalidOperationException(diagnostic.ToString());
            }

            if (diagnostic.Id.StartsWith("NSG", StringComparison.Ordinal)
                && (diagnostic.Location.Kind != LocationKind.ExternalFile || diagnostic.Location.SourceSpan.End > text.Length))
            {
                throw new InvalidOperationException("not located in the file: " + diagnostic);
            }
        }

        var rejected = result.GeneratedSources.IsEmpty || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (rejected && !result.Diagnostics.Any(d => d.Id.StartsWith("NSG", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException("rejected without an NSG diagnostic");
        }
    }
}
