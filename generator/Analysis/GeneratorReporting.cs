using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsSchema.Generator;

/// <summary>
/// Who reports a mistake, so that each is reported exactly once: NewsSchema's analyzers when the
/// compilation runs analyzers, the generator when it does not. Every generator of this assembly
/// asks <see cref="ShouldReport"/> before reporting a diagnostic that an analyzer also reports.
/// </summary>
/// <remarks>
/// The generator cannot see whether the compiler runs analyzers, only the MSBuild properties that
/// decide it. <c>NewsSchema.props</c> makes <c>RunAnalyzers</c> and <c>RunAnalyzersDuringBuild</c>
/// compiler-visible, and this mirrors the SDK's rule (<c>_ComputeSkipAnalyzers</c> in
/// Microsoft.Managed.Core.targets): analyzers are skipped when <c>RunAnalyzers</c> is
/// <c>false</c>, or when it is empty and <c>RunAnalyzersDuringBuild</c> is <c>false</c>.
/// When neither property is visible at all (the props file was not imported), the generator
/// cannot know and reports: a mistake reported twice beats a mistake not reported.
/// </remarks>
public static class GeneratorReporting
{
    /// <summary>The key of the MSBuild property <c>RunAnalyzers</c> in the global options.</summary>
    public const string RunAnalyzersKey = "build_property.RunAnalyzers";

    /// <summary>The key of the MSBuild property <c>RunAnalyzersDuringBuild</c> in the global options.</summary>
    public const string RunAnalyzersDuringBuildKey = "build_property.RunAnalyzersDuringBuild";

    /// <summary>
    /// True when the generator must report what the analyzers would: analyzers do not run in this
    /// compilation, or the properties that say so are not visible.
    /// </summary>
    public static bool ShouldReport(AnalyzerConfigOptions globalOptions)
    {
        if (globalOptions is null)
        {
            return true;
        }

        var hasRun = globalOptions.TryGetValue(RunAnalyzersKey, out var runAnalyzers);
        var hasDuringBuild = globalOptions.TryGetValue(RunAnalyzersDuringBuildKey, out var runAnalyzersDuringBuild);
        if (!hasRun && !hasDuringBuild)
        {
            return true;
        }

        return AnalyzersSkipped(hasRun ? runAnalyzers : null, hasDuringBuild ? runAnalyzersDuringBuild : null);
    }

    /// <summary>The SDK's rule: is the analyzer run skipped for these property values? (MSBuild compares case-insensitively.)</summary>
    public static bool AnalyzersSkipped(string? runAnalyzers, string? runAnalyzersDuringBuild)
    {
        var run = runAnalyzers?.Trim() ?? string.Empty;
        var duringBuild = runAnalyzersDuringBuild?.Trim() ?? string.Empty;
        return IsFalse(run) || (run.Length == 0 && IsFalse(duringBuild));
    }

    private static bool IsFalse(string value) => string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
}
