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
/// build output as <c>file(line,col): error NSG…</c> at the place the in-memory tests vouch for,
/// and no input may produce CS8785 (a generator that threw).
/// </summary>
public sealed class BuildOutputTests : IDisposable
{
    private static readonly (string Name, string Text)[] Mistakes =
    {
        ("nsg0001", "types:\n  A: { kind: record ]\n"),
        ("nsg0002", "types:\n  B:\n    kind: record\n    feilds: {}\n"),
        ("nsg0003", "types:\n  C:\n    kind: record\n    fields:\n      v: Bogus\n"),
        ("nsg0004a", "types:\n  D:\n    kind: record\n"),
        ("nsg0004b", "types:\n  D:\n    kind: record\n"),
        ("nsg0005", "types:\n  E:\n    kind: record\n    fields:\n      start-date: date\n      startDate: date\n"),
        ("nsg0006", "types:\n  F:\n    kind: record\n    fields:\n      n: { type: int, maxLength: 3 }\n"),
        ("nsg0007", "types:\n  G:\n    kind: record\n    fields:\n      s: { type: string, pattern: \"a(b\" }\n"),
        ("nsg0008", "types:\n  H:\n    kind: record\n    fields:\n      n: { type: int, minimum: 5, maximum: 1 }\n"),
        ("nsg0009", "types:\n  I:\n    kind: record\n    fields:\n      r: ref<IRec>\n  IRec:\n    kind: record\n"),
        ("nsg0010", "types:\n  J1:\n    kind: record\n    extends: J2\n  J2:\n    kind: record\n    extends: J1\n"),
        ("nsg0011", "types:\n  K:\n    kind: record\n    fields:\n      1st: string\n"),
        ("nsg0012", "types:\n  class:\n    kind: record\n"),
        ("nsg0013", "types:\n  L:\n    kind: record\n    fields:\n      s: { type: string, required: maybe }\n"),
        ("nsg0014", "types:\n  M:\n    fields: {}\n"),
        ("nsg0015", "types:\n  N:\n    kind: record\n    fields:\n      s: list<string\n"),
        ("nsg0017", "types:\n  P:\n    kind: record\n    fields:\n      n: { type: int, default: abc }\n"),
        ("nsg0018", "types:\n  Q:\n    kind: enum\n    values: [a, a]\n"),
        ("nsg0019", "namespace: 1bad.ns\ntypes:\n  R:\n    kind: record\n"),
        ("nsg0020", "types:\n  S1:\n    kind: entity\n    plural: things\n  S2:\n    kind: entity\n    plural: things\n"),
        ("nsg0021", "types:\n  T:\n    kind: record\n    kind: record\n"),
        ("nsg0022", "types:\n  U:\n    kind: record\n    fields:\n      toString: string\n"),
        ("nsg0023", "types:\n  V:\n    kind: record\n    plural: vs\n"),
        ("nsg0024", "# a schema file with nothing in it\n"),
        ("nsg0026", "types:\n  W1:\n    kind: record\n  W2:\n    kind: record\n    extends: W1\n"),
        ("nsg0027", "types:\n  X1:\n    kind: record\n    abstract: true\n  X2:\n    kind: entity\n    extends: X1\n"),
        ("nsg0028", "types:\n  Y1:\n    kind: record\n    abstract: true\n    fields:\n      n: string\n  Y2:\n    kind: record\n    extends: Y1\n    fields:\n      n: string\n"),
        ("nsg0029", "types:\n  Z0:\n    kind: record\n    abstract: true\n  Z1:\n    kind: record\n    extends: Z0\n    tag: z\n  Z2:\n    kind: record\n    extends: Z0\n    tag: z\n"),
    };

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
    public void Every_diagnostic_is_reported_at_its_line_and_column_by_dotnet_build()
    {
        var schemaDir = Path.Combine(_dir, "Schemas");
        Directory.CreateDirectory(schemaDir);
        var files = Mistakes.Select(m => (Path: Path.Combine(schemaDir, m.Name + ".schema.yaml"), m.Text)).ToArray();
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
        // Every id but NSG0016 (retired) and NSG0025 (an internal error, which no schema should cause).
        Assert.Equal(Enumerable.Range(1, 29).Where(i => i is not 16 and not 25).Select(i => $"NSG{i:0000}"), ids);

        var repo = RepoRoot();
        File.WriteAllText(Path.Combine(_dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{repo}/generator/build/NewsSchema.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repo}/runtime/NewsSchema.Runtime.csproj" />
                <ProjectReference Include="{repo}/generator/NewsSchema.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{repo}/generator/build/NewsSchema.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_dir, "Program.cs"), "System.Console.WriteLine(\"hi\");\n");

        var (exitCode, output) = Run("dotnet", $"build \"{Path.Combine(_dir, "Consumer.csproj")}\" -nologo -clp:NoSummary -p:UseSharedCompilation=false", _dir);

        Assert.NotEqual(0, exitCode);
        Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        foreach (var line in expected)
        {
            Assert.True(output.Contains(line, StringComparison.Ordinal), $"Missing from the build output: {line}\n--- output ---\n{output}");
        }

        // Two pinned by hand, so the test does not only compare the driver with itself.
        Assert.Contains($"{Path.Combine(schemaDir, "nsg0002.schema.yaml")}(4,5): error NSG0002: Unknown key 'feilds'", output, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(schemaDir, "nsg0003.schema.yaml")}(5,10): error NSG0003: Unknown type 'Bogus'", output, StringComparison.Ordinal);
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
