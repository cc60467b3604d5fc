using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace NewsSchema.Package.Tests.Infrastructure;

/// <summary>A fresh console project in a temporary folder that uses the packed NewsSchema package.</summary>
public sealed class ConsumerProject
{
    private readonly PackageFeed _feed;
    private readonly ITestOutputHelper _log;
    private readonly Stopwatch _total = Stopwatch.StartNew();

    private ConsumerProject(PackageFeed feed, ITestOutputHelper log, string name, string folder)
    {
        _feed = feed;
        _log = log;
        Name = name;
        Folder = folder;
    }

    public string Name { get; }

    public string Folder { get; }

    public string ProjectFile => Path.Combine(Folder, Name + ".csproj");

    /// <summary>
    /// `dotnet new console`, then <paramref name="editProject"/> on the project file (say, to change
    /// the target framework), then `dotnet add package NewsSchema --version x` (which restores).
    /// </summary>
    public static ConsumerProject Create(PackageFeed feed, ITestOutputHelper log, string name, Func<string, string>? editProject = null)
    {
        var project = new ConsumerProject(feed, log, name, feed.NewProjectFolder(name));
        project.Dotnet("new", "console", "--name", name, "--output", ".", "--no-restore").EnsureSuccess();
        if (editProject is not null)
            File.WriteAllText(project.ProjectFile, editProject(File.ReadAllText(project.ProjectFile)));
        project.Dotnet("add", "package", "NewsSchema", "--version", feed.Version).EnsureSuccess();
        return project;
    }

    /// <summary>Writes a file of the project (creating its folder); returns its full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>`dotnet build --no-restore`: the package was restored by `dotnet add package`.</summary>
    public ProcessResult Build() => Dotnet("build", "--no-restore", "-nodeReuse:false", "-tl:off");

    /// <summary>Runs the built program with `dotnet`, as `dotnet run --no-build` would; no rebuild.</summary>
    public ProcessResult Run(string targetFramework) =>
        Step(Path.Combine("bin", "Debug", targetFramework, Name + ".dll"), "dotnet", new[] { Path.Combine("bin", "Debug", targetFramework, Name + ".dll") });

    public ProcessResult Dotnet(params string[] arguments) => Step("dotnet " + arguments[0], "dotnet", arguments);

    /// <summary>Logs the time since the project was created.</summary>
    public void LogTotal() => _log.WriteLine($"[{Name}] total {_total.Elapsed.TotalSeconds:F1}s");

    private ProcessResult Step(string label, string fileName, IReadOnlyList<string> arguments)
    {
        var result = ProcessRunner.Run(fileName, arguments, Folder, _feed.ConsumerEnvironment, TimeSpan.FromMinutes(3));
        _log.WriteLine($"[{Name}] {result.Command}: exit {result.ExitCode}, {result.Elapsed.TotalSeconds:F1}s");
        return result;
    }

    /// <summary>The lines of <paramref name="output"/> that contain " error " or " warning ".</summary>
    public static string Problems(string output) =>
        string.Join(Environment.NewLine, output.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal) || l.Contains(" warning ", StringComparison.Ordinal)).Select(l => l.TrimEnd()).Distinct());
}
