using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Compatibility;

/// <summary>
/// The compatibility gate: compares the resolved schemas with the committed baseline and returns
/// one located diagnostic per breaking change and broken mode (NSG0060 backward, NSG0061 forward,
/// NSG0062 source). A plain function of its inputs, so the generator and an analyzer can both
/// report it. The rules and their verdicts are tabled in docs/compatibility.md. Never throws
/// (except <see cref="OperationCanceledException"/>).
/// </summary>
internal static partial class CompatibilityGate
{
    public static EquatableArray<DiagnosticInfo> Check(
        ImmutableArray<SchemaFile> files,
        ResolvedSchema resolved,
        GateOptions options,
        string? baselineText,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Run(files.IsDefault ? ImmutableArray<SchemaFile>.Empty : files, resolved, options, baselineText, cancellationToken).ToEquatableArray();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, null, "the compatibility gate", ex.GetType().Name + ": " + ex.Message) }.ToEquatableArray();
        }
    }

    private static List<DiagnosticInfo> Run(ImmutableArray<SchemaFile> files, ResolvedSchema resolved, GateOptions options, string? baselineText, CancellationToken ct)
    {
        var result = new List<DiagnosticInfo>();
        if (!options.ModeIsValid)
        {
            result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCompatibilityMode, null, options.ModeText));
            return result;
        }

        if (options.Modes == CompatibilityModes.None || options.UpdateBaseline)
        {
            return result;
        }

        // A schema with errors is reported as such; comparing what is left would only add noise
        // (a type that does not resolve would look removed).
        if (files.Any(f => f.Diagnostics.Any(IsError)) || resolved.Diagnostics.Any(IsError))
        {
            return result;
        }

        if (baselineText is null || options.BaselinePath is null)
        {
            result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingBaseline, null, GateOptions.Describe(options.Modes), options.BaselinePath ?? "(NewsSchemaBaseline is not set)"));
            return result;
        }

        var lines = new LineMap(options.BaselinePath, baselineText);
        var old = BaselineFormat.Read(baselineText, out var errors);
        if (old is null)
        {
            foreach (var error in errors.Take(20))
            {
                result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBaseline, lines.Line(error.Line), "line " + error.Line.ToString(CultureInfo.InvariantCulture) + ": " + error.Message));
            }

            return result;
        }

        var current = BaselineBuilder.Build(resolved, files, options.BaselinePath);
        new Comparer(old, current, files, options, lines, result, ct).Run();
        return result;
    }

    private static bool IsError(DiagnosticInfo d) => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error;

    /// <summary>Locations of lines in the baseline file (for what no longer exists in the schemas).</summary>
    private sealed class LineMap
    {
        private readonly string _path;
        private readonly List<int> _starts = new() { 0 };
        private readonly int _length;

        public LineMap(string path, string text)
        {
            _path = path;
            _length = text.Length;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    _starts.Add(i + 1);
                }
            }
        }

        public LocationInfo Line(int line)
        {
            var index = Math.Max(0, Math.Min(line, _starts.Count) - 1);
            var start = _starts[index];
            var end = Math.Max(start, index + 1 < _starts.Count ? _starts[index + 1] - 1 : _length);
            return new LocationInfo(_path, TextSpan.FromBounds(start, end), new LinePositionSpan(new LinePosition(index, 0), new LinePosition(index, end - start)));
        }
    }
}
