using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// What a user sees: a real project that references the generator as an analyzer, with one
/// schema file per mistake, built with <c>dotnet build</c>. Every diagnostic must appear in the
/// build output exactly once as <c>file(line,col): error NSG…</c> at the place the in-memory tests
/// vouch for: from <see cref="SchemaAnalyzer"/> when analyzers run, from the generator when they
/// are off (<c>RunAnalyzers=false</c>, <c>RunAnalyzersDuringBuild=false</c>). No input may produce
/// CS8785 (a generator that threw) or AD0001 (an analyzer that threw).
/// </summary>
public sealed class BuildOutputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsschema-build-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void Every_diagnostic_is_reported_once_at_its_line_and_column_by_dotnet_build_with_analyzers_on_and_off()
    {
        var schemaDir = Path.Combine(_dir, "Schemas");
        Directory.CreateDirectory(schemaDir);
        var files = SchemaMistakes.Files.Select(m => (Path: Path.Combine(schemaDir, m.Name + ".schema.yaml"), m.Text)).ToArray();
        foreach (var (path, text) in files)
        {
            File.WriteAllText(path, text);
        }

        // What the in-memory driver reports for the same files (each id's place is pinned by DiagnosticTests).
        var expected = GeneratorHarness.Run(files, null).Diagnostics
            .Where(d => d.Id.StartsWith("NSG", StringComparison.Ordinal))
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                var severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
                return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {severity} {d.Id}:";
            })
            .ToArray();
        var ids = expected.Select(e => e.Split(' ')[2].TrimEnd(':')).Distinct().OrderBy(i => i, StringComparer.Ordinal).ToArray();
        // Every id but NSG0016 (retired) and NSG0025 (an internal error, which no schema should cause);
        // the compatibility gate's ids need a baseline and have their own consumer test.
        Assert.Equal(Enumerable.Range(1, 29).Where(i => i is not 16 and not 25).Append(40).Select(i => $"NSG{i:0000}"), ids);

        WriteConsumerProject(Path.Combine(_dir, "Consumer.csproj"));
        File.WriteAllText(Path.Combine(_dir, "Program.cs"), "System.Console.WriteLine(\"hi\");\n");

        // Analyzers on (the default), then off in each of the SDK's two ways. The later builds reuse
        // the restore and the built references of the first (less load on a shared machine).
        var builds = new[] { (Switch: "", Extra: ""), (Switch: "-p:RunAnalyzers=false", Extra: "--no-restore -p:BuildProjectReferences=false"), (Switch: "-p:RunAnalyzersDuringBuild=false", Extra: "--no-restore -p:BuildProjectReferences=false") };
        foreach (var (analyzerSwitch, extra) in builds)
        {
            var (exitCode, output) = Run("dotnet", $"build \"{Path.Combine(_dir, "Consumer.csproj")}\" -nologo -clp:NoSummary -p:UseSharedCompilation=false {extra} {analyzerSwitch}", _dir);
            var mode = analyzerSwitch.Length == 0 ? "analyzers on" : analyzerSwitch;

            Assert.True(exitCode != 0, $"{mode}: the build succeeded\n{output}");
            Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
            Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
            // MSBuild prints each diagnostic as it comes, then repeats the errors and warnings in its
            // summary after "Build FAILED.": count in each part.
            var summaryAt = output.IndexOf("\nBuild FAILED.", StringComparison.Ordinal);
            Assert.True(summaryAt > 0, $"{mode}: no 'Build FAILED.' in the output:\n" + output);
            foreach (var part in new[] { output.Substring(0, summaryAt), output.Substring(summaryAt) })
            {
                var reported = part.Split('\n').Where(l => l.Contains(" NSG", StringComparison.Ordinal)).ToArray();
                foreach (var line in expected)
                {
                    var times = reported.Count(l => l.StartsWith(line, StringComparison.Ordinal));
                    Assert.True(times == 1, $"{mode}: reported {times} times instead of once: {line}\n--- output ---\n{output}");
                }

                // Nothing else: no schema diagnostic twice, none without a place.
                Assert.True(expected.Length == reported.Length, $"{mode}: {reported.Length} NSG lines, expected {expected.Length}\n--- output ---\n{output}");
            }

            // Two pinned by hand, so the test does not only compare the driver with itself.
            Assert.Contains($"{Path.Combine(schemaDir, "nsg0002.schema.yaml")}(4,5): error NSG0002: Unknown key 'feilds'", output, StringComparison.Ordinal);
            Assert.Contains($"{Path.Combine(schemaDir, "nsg0003.schema.yaml")}(5,10): error NSG0003: Unknown type 'Bogus'", output, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Writes a consumer project that uses the generator and runtime of this repository as a user's
    /// project uses the package (props, analyzer reference, targets), with <paramref name="properties"/>
    /// added to its property group.
    /// </summary>
    internal static void WriteConsumerProject(string path, string properties = "")
    {
        var repo = RepoRoot();
        File.WriteAllText(path, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{repo}/generator/build/NewsSchema.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repo}/runtime/NewsSchema.Runtime.csproj" />
                <ProjectReference Include="{repo}/generator/NewsSchema.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{repo}/generator/build/NewsSchema.targets" />
            </Project>
            """);
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Toolkit.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Toolkit.sln not found above " + AppContext.BaseDirectory);
    }

    internal static (int ExitCode, string Output) Run(string file, string arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet build did not finish in 4 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
