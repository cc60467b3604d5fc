using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using NewsSchema.Package.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Package.Tests;

/// <summary>What is inside NewsSchema.nupkg and NewsSchema.snupkg, and what the nuspec declares.</summary>
public sealed class PackageContentTests
{
    private static readonly string[] PackagingParts = { "_rels/.rels", "[Content_Types].xml" };

    private readonly PackageFeed _feed;

    public PackageContentTests(ITestOutputHelper log)
    {
        _feed = PackageFeed.Instance;
        log.WriteLine($"{_feed.PackResult.Command}: {_feed.PackTime.TotalSeconds:F1}s");
    }

    [Fact]
    public void The_package_holds_the_generator_the_runtime_the_msbuild_files_and_the_export_tool_and_nothing_else()
    {
        using var zip = ZipFile.OpenRead(_feed.PackagePath);
        var files = Files(zip);
        Assert.Equal(
            new[]
            {
                "NewsSchema.nuspec",
                "README.md",
                "analyzers/dotnet/cs/NewsSchema.Generator.dll",
                "analyzers/dotnet/cs/YamlDotNet.dll",
                "build/NewsSchema.props",
                "build/NewsSchema.targets",
                "buildTransitive/NewsSchema.props",
                "buildTransitive/NewsSchema.targets",
                "lib/net8.0/NewsSchema.Runtime.dll",
                "lib/net8.0/NewsSchema.Runtime.xml",
                "tools/export/NewsSchema.Export.dll",
                "tools/export/NewsSchema.Export.runtimeconfig.json",
                "tools/export/NewsSchema.Generator.dll",
                "tools/export/YamlDotNet.dll",
                "tools/export/newsschema.schema.json",
            },
            files);
    }

    [Fact]
    public void The_msbuild_files_are_the_ones_the_repository_projects_import()
    {
        using var zip = ZipFile.OpenRead(_feed.PackagePath);
        foreach (var name in new[] { "NewsSchema.props", "NewsSchema.targets" })
        {
            var source = File.ReadAllText(Path.Combine(_feed.RepositoryRoot, "generator", "build", name));
            Assert.Equal(source, Read(zip, "buildTransitive/" + name));
            Assert.Equal(source, Read(zip, "build/" + name));
        }
    }

    [Fact]
    public void The_nuspec_has_the_metadata_and_only_the_YamlDotNet_dependency()
    {
        using var zip = ZipFile.OpenRead(_feed.PackagePath);
        var nuspec = XDocument.Parse(Read(zip, "NewsSchema.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string Get(string name) => metadata.Element(ns + name)?.Value ?? throw new Xunit.Sdk.XunitException($"The nuspec has no <{name}>:\n{nuspec}");

        Assert.Equal("NewsSchema", Get("id"));
        Assert.Equal(_feed.Version, Get("version"));
        Assert.False(string.IsNullOrWhiteSpace(Get("description")));
        Assert.Equal("README.md", Get("readme"));
        Assert.Contains("source-generator", Get("tags"), StringComparison.Ordinal);
        var license = metadata.Element(ns + "license")!;
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Equal("https://github.com/newsschema/newsschema", metadata.Element(ns + "repository")?.Attribute("url")?.Value);

        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        var group = Assert.Single(groups);
        Assert.Equal("net8.0", group.Attribute("targetFramework")?.Value);
        var dependency = Assert.Single(group.Elements(ns + "dependency"));
        Assert.Equal("YamlDotNet", dependency.Attribute("id")?.Value);
        Assert.Equal("18.1.0", dependency.Attribute("version")?.Value);
    }

    [Fact]
    public void The_generator_is_built_against_Roslyn_4_3_so_older_SDKs_load_it()
    {
        using var zip = ZipFile.OpenRead(_feed.PackagePath);
        using var stream = new MemoryStream();
        using (var entry = zip.GetEntry("analyzers/dotnet/cs/NewsSchema.Generator.dll")!.Open())
            entry.CopyTo(stream);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .ToDictionary(r => reader.GetString(r.Name), r => r.Version);
        Assert.True(references.TryGetValue("Microsoft.CodeAnalysis", out var roslyn), "The generator does not reference Microsoft.CodeAnalysis.");
        Assert.True(roslyn <= new Version(4, 3, 0, 0), $"The generator references Microsoft.CodeAnalysis {roslyn}; .NET 7 and 8 SDKs load only 4.3 or older here.");
        Assert.Equal("netstandard", references.Keys.Single(k => k is "netstandard" or "System.Runtime"));
    }

    [Fact]
    public void The_package_is_deterministic_every_entry_has_the_fixed_time()
    {
        // Deterministic pack (generator/pack/NewsSchema.Package.csproj): every entry has the fixed
        // time, SOURCE_DATE_EPOCH when the environment sets it, else 2026-01-01T00:00:00Z.
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        var expected = string.IsNullOrEmpty(epoch)
            ? new DateTime(2026, 1, 1)
            : DateTimeOffset.FromUnixTimeSeconds(long.Parse(epoch, System.Globalization.CultureInfo.InvariantCulture)).UtcDateTime;
        foreach (var path in new[] { _feed.PackagePath, _feed.SymbolPackagePath })
        {
            using var zip = ZipFile.OpenRead(path);
            foreach (var entry in zip.Entries)
            {
                // Zip times have no zone (and a 2-second resolution): allow for the machine's offset.
                var hours = Math.Abs((entry.LastWriteTime.DateTime - expected).TotalHours);
                Assert.True(hours <= 14, $"{Path.GetFileName(path)}: {entry.FullName} has the time {entry.LastWriteTime:O}, not {expected:O}.");
            }
        }
    }

    [Fact]
    public void Packing_twice_gives_the_same_bytes()
    {
        // A second pack of the same build, later, into another folder: byte for byte the same packages.
        var again = Path.Combine(_feed.Root, "feed-again");
        Directory.CreateDirectory(again);
        var project = Path.Combine(_feed.RepositoryRoot, "generator", "pack", "NewsSchema.Package.csproj");
        ProcessRunner.Run(
            "dotnet",
            new[] { "pack", project, "-c", _feed.Configuration, "--no-build", "-o", again, "-nodeReuse:false", "-tl:off" },
            _feed.RepositoryRoot,
            timeout: TimeSpan.FromMinutes(3)).EnsureSuccess();
        foreach (var path in new[] { _feed.PackagePath, _feed.SymbolPackagePath })
        {
            var first = File.ReadAllBytes(path);
            var second = File.ReadAllBytes(Path.Combine(again, Path.GetFileName(path)));
            Assert.True(first.AsSpan().SequenceEqual(second), $"{Path.GetFileName(path)}: the two packs differ ({first.Length} and {second.Length} bytes)");
        }
    }

    [Fact]
    public void The_symbol_package_holds_the_runtime_pdb()
    {
        Assert.True(File.Exists(_feed.SymbolPackagePath), $"No {_feed.SymbolPackagePath}. {_feed.PackResult.Describe()}");
        using var zip = ZipFile.OpenRead(_feed.SymbolPackagePath);
        Assert.Equal(new[] { "NewsSchema.nuspec", "lib/net8.0/NewsSchema.Runtime.pdb" }, Files(zip));
    }

    private static string[] Files(ZipArchive zip) =>
        zip.Entries
            .Select(e => e.FullName)
            .Where(n => !PackagingParts.Contains(n) && !n.StartsWith("package/", StringComparison.Ordinal))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();

    private static string Read(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"The package has no {name}.");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}
