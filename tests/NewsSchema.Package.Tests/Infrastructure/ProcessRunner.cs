using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace NewsSchema.Package.Tests.Infrastructure;

/// <summary>What one command printed, and how it ended.</summary>
public sealed record ProcessResult(string Command, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The command, its folder, exit code, time and everything it printed: for failure messages.</summary>
    public string Describe() =>
        $"`{Command}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:F1}s. Output:{Environment.NewLine}{Output}";

    /// <summary>Throws with <see cref="Describe"/> unless the command exited with 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        if (ExitCode != 0)
            throw new InvalidOperationException("Command failed: " + Describe());
        return this;
    }
}

/// <summary>Runs a command with a time limit; on timeout kills it and every process it started.</summary>
public static class ProcessRunner
{
    /// <summary>The variables the `dotnet test` host sets for its own MSBuild; a child `dotnet` must find its own.</summary>
    private static readonly string[] InheritedVariablePrefixes = { "MSBUILD", "VSTEST", "TESTINGPLATFORM", "DOTNET_HOST_PATH" };

    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null)
    {
        var args = arguments.ToList();
        var command = fileName + " " + string.Join(" ", args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? "\"" + a + "\"" : a));
        var limit = timeout ?? TimeSpan.FromMinutes(3);

        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
            startInfo.ArgumentList.Add(arg);

        foreach (var name in startInfo.Environment.Keys.ToList())
        {
            if (InheritedVariablePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
                startInfo.Environment.Remove(name);
        }
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        startInfo.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No MSBuild node may outlive its build (nor hold our output pipes open).
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
                startInfo.Environment[name] = value;
        }

        var output = new StringBuilder();
        var gate = new object();
        void Append(string? line)
        {
            if (line is null) return;
            lock (gate) output.AppendLine(line);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        if (!process.Start())
            throw new InvalidOperationException($"Could not start `{command}` in {workingDirectory}.");
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit((int)limit.TotalMilliseconds))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended in between.
            }
            process.WaitForExit(10_000);
            string partial;
            lock (gate) partial = output.ToString();
            throw new TimeoutException(
                $"`{command}` in {workingDirectory} did not finish within {limit.TotalSeconds:F0}s and was killed (with its child processes). Output so far:{Environment.NewLine}{partial}");
        }

        // The process has exited; wait (briefly) for the last lines of its redirected output.
        var drained = Task.Run(() =>
        {
            try
            {
                process.WaitForExit();
            }
            catch (InvalidOperationException)
            {
                // Disposed after the wait below gave up.
            }
        });
        drained.Wait(TimeSpan.FromSeconds(10));
        stopwatch.Stop();

        string text;
        lock (gate) text = output.ToString();
        return new ProcessResult(command, workingDirectory, process.ExitCode, text, stopwatch.Elapsed);
    }
}
