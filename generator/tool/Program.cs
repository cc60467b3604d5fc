using System;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace NewsSchema.Export;

/// <summary>
/// <c>dotnet NewsSchema.Export.dll @args.rsp</c>: writes the exported files of a project's schema files.
/// Arguments, one per line in the response file (NewsSchema.targets writes it):
/// <list type="bullet">
/// <item><c>--roslyn DIR</c>: the folder of Microsoft.CodeAnalysis.dll (the SDK's Roslyn folder, <c>$(RoslynTargetsPath)</c>).</item>
/// <item><c>--namespace NS</c>, <c>--catalog NAME</c>: what the generator gets from MSBuild.</item>
/// <item><c>--json-schemas DIR</c>: write the data JSON Schemas and the meta-schema there.</item>
/// <item><c>--OUTPUT FILE</c> for each single-file output of <see cref="Exporter.Outputs"/> (e.g. <c>--model-reference</c>).</item>
/// <item><c>--schema FILE</c>: a schema file (repeated).</item>
/// </list>
/// Exit code 0 when every file was written; 1 with <c>error NSG0080</c> lines (which MSBuild shows as errors) otherwise.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            var options = Options.Parse(args);
            if (options.Roslyn is { } roslyn)
            {
                // The generator's model types name Roslyn's DiagnosticDescriptor; load Roslyn from the SDK
                // that runs the build rather than shipping a copy.
                AssemblyLoadContext.Default.Resolving += (context, name) => Resolve(context, name, roslyn);
            }

            return Run(options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Console.Out.WriteLine("NewsSchema.Export : error NSG0080: " + ex.Message);
            return 1;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Run(Options options) => Exporter.Run(options, Console.Out);

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name, string roslyn)
    {
        foreach (var folder in new[] { Path.Combine(roslyn, "bincore"), roslyn })
        {
            var path = Path.Combine(folder, name.Name + ".dll");
            if (File.Exists(path))
            {
                return context.LoadFromAssemblyPath(path);
            }
        }

        return null;
    }
}
