using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsSchema;
using NewsSchema.News;

namespace NewsDesk;

/// <summary>
/// The NewsDesk program. With no arguments it loads the bundled catalog of the article,
/// validates it and prints a briefing; given catalog files or folders it validates those and
/// prints every error in the <c>file(line,col): error code at path: message</c> format.
/// </summary>
public static class NewsDeskApp
{
    /// <summary>The folder of the bundled catalog files, beside the program.</summary>
    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Runs the program and returns its exit code: 0 when the data is valid, 1 when it has errors, 2 for a usage error.</summary>
    /// <param name="args">No arguments for the briefing; else catalog files and folders to check.</param>
    /// <param name="output">Where to write the briefing or the errors.</param>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);

        if (args.Length == 1 && args[0] is "-h" or "--help")
        {
            output.WriteLine("usage: NewsDesk                  print the briefing of the bundled article");
            output.WriteLine("       NewsDesk <file|folder>... validate catalog files and print every error");
            return 0;
        }

        if (args.Length == 0)
        {
            var bundled = CatalogChecker.Check(CatalogChecker.ExpandPaths(new[] { DataFolder }));
            if (bundled.Errors.Count > 0)
            {
                CatalogChecker.Report(bundled, output);
                return 1;
            }

            Briefing.Write(bundled.Catalog, output);
            return 0;
        }

        var missing = args.Where(a => !File.Exists(a) && !Directory.Exists(a)).ToList();
        if (missing.Count > 0)
        {
            foreach (var path in missing)
            {
                output.WriteLine($"{path}: no such file or folder");
            }

            return 2;
        }

        var result = CatalogChecker.Check(CatalogChecker.ExpandPaths(args));
        CatalogChecker.Report(result, output);
        return result.Errors.Count > 0 ? 1 : 0;
    }
}

/// <summary>The outcome of checking catalog files: the merged catalog of the files that parsed, and every error.</summary>
/// <param name="Catalog">The catalog merged from every file that parsed.</param>
/// <param name="Files">The files that were read, in order.</param>
/// <param name="Errors">Parse errors of the broken files, then validation errors of the merged catalog.</param>
public sealed record CheckResult(EntityCatalog Catalog, IReadOnlyList<string> Files, IReadOnlyList<DataError> Errors);

/// <summary>Parses and validates catalog files.</summary>
public static class CatalogChecker
{
    /// <summary>The catalog files named by <paramref name="paths"/>: files as given, folders as their <c>*.yaml</c>, <c>*.yml</c> and <c>*.json</c> files in name order.</summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path)
                    .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
                             || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)
                             || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>
    /// Parses each file on its own (so one broken file does not hide the others), merges the
    /// files that parsed and validates the merged catalog: every entity's constraints, the
    /// custom rules, duplicate ids and unresolved references.
    /// </summary>
    public static CheckResult Check(IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<DataError>();
        var parts = new List<EntityCatalog>();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var parsed = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? EntityCatalog.ParseJson(bytes, file)
                : EntityCatalog.ParseYaml(bytes, file);
            if (parsed.IsSuccess)
            {
                parts.Add(parsed.Value!);
            }
            else
            {
                errors.AddRange(parsed.Errors);
            }
        }

        var catalog = EntityCatalog.Merge(parts);
        errors.AddRange(catalog.Validate().Errors);
        return new CheckResult(catalog, files, errors);
    }

    /// <summary>Writes every error (<see cref="DataError.ToString"/>) in file order, then a summary line.</summary>
    public static void Report(CheckResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var fileOrder = result.Files.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);
        var ordered = result.Errors
            .Select((e, i) => (Error: e, Index: i))
            .OrderBy(p => p.Error.Source is { } s && fileOrder.TryGetValue(s, out var f) ? f : int.MaxValue)
            .ThenBy(p => p.Error.Line)
            .ThenBy(p => p.Error.Column)
            .ThenBy(p => p.Index)
            .Select(p => p.Error);
        foreach (var error in ordered)
        {
            output.WriteLine(error);
        }

        var files = result.Files.Count == 1 ? "1 file" : $"{result.Files.Count} files";
        output.WriteLine(result.Errors.Count switch
        {
            0 => $"{files}: no errors",
            1 => $"{files}: 1 error",
            var n => $"{files}: {n} errors",
        });
    }
}
