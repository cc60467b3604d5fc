using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security;
using System.Threading;
using System.Xml.Linq;

namespace NewsSchema.Package.Tests.Infrastructure;

/// <summary>
/// Shared by every test: the package, packed once into a temporary feed folder, and one
/// NuGet cache (NUGET_PACKAGES) for all consumer projects, so only the first restore downloads.
/// Consumer projects live in temporary folders outside the repository, so none of its
/// Directory.Build.props, central package versions or settings reach them.
/// They are deleted when the test process exits, or else by the next run; set
/// NEWSSCHEMA_KEEP_TEST_FOLDERS=1 to keep them for a look after the run.
/// </summary>
public sealed class PackageFeed
{
    /// <summary>The feed used when the user's NuGet.Config names none.</summary>
    public const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    private static readonly Lazy<PackageFeed> Shared = new(() => new PackageFeed(), LazyThreadSafetyMode.ExecutionAndPublication);
    private const string FolderPrefix = "newsschema-package-tests-";
    private const string OwnerFile = "owner.pid";
    private int _projects;

    /// <summary>
    /// The one instance, packed on first use and shared by the test classes, which xunit runs in
    /// parallel (one collection each): the consumer projects build side by side on two cores.
    /// A failed pack fails every test that asks for it, with the pack's output.
    /// </summary>
    public static PackageFeed Instance => Shared.Value;

    private PackageFeed()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolders();
        var stopwatch = Stopwatch.StartNew();
        RepositoryRoot = Metadata("NewsSchema.RepositoryRoot");
        Configuration = Metadata("NewsSchema.Configuration");
        Version = Metadata("NewsSchema.PackageVersion");

        DeleteFoldersOfEndedRuns();
        Root = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        FeedFolder = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(FeedFolder);
        Directory.CreateDirectory(PackagesFolder);

        // No Directory.Build.* or global.json above a consumer may change how it builds.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        RemoteSources = UserPackageSources();
        var remotes = string.Join(Environment.NewLine, RemoteSources.Select((url, i) => $"    <add key=\"remote{i}\" value=\"{SecurityElement.Escape(url)}\" />"));
        var mappings = string.Join(Environment.NewLine, RemoteSources.Select((_, i) => $"    <packageSource key=\"remote{i}\"><package pattern=\"*\" /></packageSource>"));
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(FeedFolder)}" />
            {remotes}
              </packageSources>
              <packageSourceMapping>
                <!-- NewsSchema only from the folder we packed into, everything else from the feed. -->
                <packageSource key="local"><package pattern="NewsSchema" /></packageSource>
            {mappings}
              </packageSourceMapping>
            </configuration>
            """);

        var project = Path.Combine(RepositoryRoot, "generator", "pack", "NewsSchema.Package.csproj");
        PackResult = ProcessRunner.Run(
            "dotnet",
            new[] { "pack", project, "-c", Configuration, "--no-build", "-o", FeedFolder, "-nodeReuse:false", "-tl:off" },
            RepositoryRoot,
            timeout: TimeSpan.FromMinutes(3)).EnsureSuccess();

        PackagePath = Path.Combine(FeedFolder, $"NewsSchema.{Version}.nupkg");
        SymbolPackagePath = Path.Combine(FeedFolder, $"NewsSchema.{Version}.snupkg");
        if (!File.Exists(PackagePath))
            throw new InvalidOperationException($"`dotnet pack` did not make {PackagePath}. {PackResult.Describe()}");
        PackTime = stopwatch.Elapsed;
    }

    public string RepositoryRoot { get; }

    /// <summary>The remote feeds of the consumers: those of the user's NuGet.Config, else nuget.org.</summary>
    public IReadOnlyList<string> RemoteSources { get; }

    /// <summary>The configuration this test assembly (and so the packed projects) was built in.</summary>
    public string Configuration { get; }

    /// <summary>The package version, from Directory.Build.props.</summary>
    public string Version { get; }

    /// <summary>Temporary folder holding the feed, the NuGet cache and the consumer projects.</summary>
    public string Root { get; }

    public string FeedFolder { get; }

    /// <summary>The consumers' own NuGet cache (NUGET_PACKAGES).</summary>
    public string PackagesFolder { get; }

    public string PackagePath { get; }

    public string SymbolPackagePath { get; }

    public ProcessResult PackResult { get; }

    public TimeSpan PackTime { get; }

    /// <summary>The environment of every command run in a consumer project.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
    };

    /// <summary>A new, empty folder for one consumer project.</summary>
    public string NewProjectFolder(string name)
    {
        var folder = Path.Combine(Root, $"{Interlocked.Increment(ref _projects):D2}-{name}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private void DeleteFolders()
    {
        if (Environment.GetEnvironmentVariable("NEWSSCHEMA_KEEP_TEST_FOLDERS") == "1")
            return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// The test host may be ended before ProcessExit handlers finish, so each run also deletes
    /// the folders of earlier runs whose process is gone (their owner.pid names no live process).
    /// </summary>
    private static void DeleteFoldersOfEndedRuns()
    {
        if (Environment.GetEnvironmentVariable("NEWSSCHEMA_KEEP_TEST_FOLDERS") == "1")
            return;
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            try
            {
                var owner = Path.Combine(folder, OwnerFile);
                if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) && IsRunning(pid))
                    continue;
                if (!File.Exists(owner) && Directory.GetLastWriteTimeUtc(folder) > DateTime.UtcNow.AddHours(-1))
                    continue;
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// The enabled http(s) package sources of ~/.nuget/NuGet/NuGet.Config (how this machine
    /// reaches NuGet), or nuget.org when it names none.
    /// </summary>
    private static List<string> UserPackageSources()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet");
        var file = new[] { "NuGet.Config", "NuGet.config", "nuget.config" }.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        var sources = new List<string>();
        if (file is not null)
        {
            try
            {
                var configuration = XDocument.Load(file).Root;
                var disabled = configuration?.Element("disabledPackageSources")?.Elements("add")
                    .Where(e => string.Equals((string?)e.Attribute("value"), "true", StringComparison.OrdinalIgnoreCase))
                    .Select(e => (string?)e.Attribute("key"))
                    .ToHashSet() ?? new HashSet<string?>();
                foreach (var element in configuration?.Element("packageSources")?.Elements() ?? Enumerable.Empty<XElement>())
                {
                    if (element.Name.LocalName == "clear")
                    {
                        sources.Clear();
                        continue;
                    }
                    var url = (string?)element.Attribute("value");
                    if (element.Name.LocalName == "add" && !disabled.Contains((string?)element.Attribute("key"))
                        && url is not null && url.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        sources.Add(url);
                    }
                }
            }
            catch (System.Xml.XmlException)
            {
                sources.Clear();
            }
        }
        if (sources.Count == 0)
            sources.Add(NuGetOrg);
        return sources.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Metadata(string key) =>
        typeof(PackageFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no [AssemblyMetadata(\"{key}\")]; see NewsSchema.Package.Tests.csproj.");
}

