using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsSchema.Generator.Compatibility;

/// <summary>What the gate checks; <c>full</c> is <see cref="Backward"/> | <see cref="Forward"/>.</summary>
[Flags]
internal enum CompatibilityModes
{
    None = 0,

    /// <summary>Code built from the new schemas reads data written under the baseline.</summary>
    Backward = 1,

    /// <summary>Code built from the baseline reads data written under the new schemas.</summary>
    Forward = 2,

    /// <summary>The generated C# API stays source-compatible for code that uses it.</summary>
    Source = 4,

    Full = Backward | Forward,
}

/// <summary>
/// The MSBuild facts the gate needs: <c>NewsSchemaCompatibility</c> (the mode),
/// <c>NewsSchemaBaselinePath</c> (the full path of the baseline, set by NewsSchema.targets from
/// <c>NewsSchemaBaseline</c>) and <c>NewsSchemaUpdateBaseline</c>. Selected on its own, so the
/// schema pipeline does not depend on it.
/// </summary>
internal sealed record GateOptions(CompatibilityModes Modes, string ModeText, bool ModeIsValid, string? BaselinePath, bool UpdateBaseline)
{
    public static readonly GateOptions Off = new(CompatibilityModes.None, "none", true, null, false);

    public const string ModeProperty = "NewsSchemaCompatibility";
    public const string BaselinePathProperty = "NewsSchemaBaselinePath";
    public const string UpdateProperty = "NewsSchemaUpdateBaseline";

    public static GateOptions Read(AnalyzerConfigOptions options)
    {
        var text = Get(options, ModeProperty) ?? "none";
        var valid = TryParseModes(text, out var modes);
        var path = Get(options, BaselinePathProperty);
        var update = string.Equals(Get(options, UpdateProperty), "true", StringComparison.OrdinalIgnoreCase);
        return new GateOptions(modes, text, valid, path, update);
    }

    /// <summary>
    /// Parses <c>none</c>, <c>backward</c>, <c>forward</c>, <c>full</c> and <c>source</c>, any case,
    /// combined with <c>+</c>, <c>,</c>, <c>;</c>, <c>|</c> or spaces (<c>full+source</c>).
    /// </summary>
    public static bool TryParseModes(string text, out CompatibilityModes modes)
    {
        modes = CompatibilityModes.None;
        var parts = text.Split(new[] { '+', ',', ';', '|', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            switch (part.ToLowerInvariant())
            {
                case "none": break;
                case "backward": modes |= CompatibilityModes.Backward; break;
                case "forward": modes |= CompatibilityModes.Forward; break;
                case "full": modes |= CompatibilityModes.Full; break;
                case "source": modes |= CompatibilityModes.Source; break;
                default:
                    modes = CompatibilityModes.None;
                    return false;
            }
        }

        return true;
    }

    /// <summary>The mode as users write it: <c>full+source</c>, <c>backward</c>, <c>none</c>.</summary>
    public static string Describe(CompatibilityModes modes)
    {
        var parts = new List<string>();
        if ((modes & CompatibilityModes.Full) == CompatibilityModes.Full)
        {
            parts.Add("full");
        }
        else if ((modes & CompatibilityModes.Backward) != 0)
        {
            parts.Add("backward");
        }
        else if ((modes & CompatibilityModes.Forward) != 0)
        {
            parts.Add("forward");
        }

        if ((modes & CompatibilityModes.Source) != 0)
        {
            parts.Add("source");
        }

        return parts.Count == 0 ? "none" : string.Join("+", parts);
    }

    /// <summary>True when <paramref name="path"/> names the baseline file (separators and case of a Windows path aside).</summary>
    public bool IsBaseline(string path)
        => BaselinePath is not null && string.Equals(BaselineBuilder.Normalize(path), BaselineBuilder.Normalize(BaselinePath), StringComparison.OrdinalIgnoreCase);

    private static string? Get(AnalyzerConfigOptions options, string name)
        => options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}

internal static class CompatibilityModesExtensions
{
    public static bool Has(this CompatibilityModes modes, CompatibilityModes mode) => (modes & mode) != 0;

    public static IEnumerable<CompatibilityModes> Each(this CompatibilityModes modes)
        => new[] { CompatibilityModes.Backward, CompatibilityModes.Forward, CompatibilityModes.Source }.Where(m => modes.Has(m));
}
