using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsSchema.Export;

/// <summary>The tool's arguments, <c>--name value</c> or <c>--name=value</c>; <c>@file</c> reads more arguments from a file, one per line.</summary>
internal sealed class Options
{
    public string? Roslyn { get; private set; }

    public string DefaultNamespace { get; private set; } = "NewsSchema.Generated";

    public string CatalogName { get; private set; } = "EntityCatalog";

    /// <summary>The folder of the JSON Schemas, or null to write none.</summary>
    public string? JsonSchemas { get; private set; }

    /// <summary>Where to write the compatibility baseline (docs/compatibility.md), or null to leave it alone.</summary>
    public string? Baseline { get; private set; }

    /// <summary>Single-file outputs asked for: output name (see <see cref="Exporter.Outputs"/>) to path.</summary>
    public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public List<string> Schemas { get; } = new();

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        var queue = new Queue<string>(Expand(args));
        while (queue.Count > 0)
        {
            var arg = queue.Dequeue();
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException("expected an option such as --schema, found '" + arg + "'");
            }

            if (queue.Count == 0 && arg.IndexOf('=', StringComparison.Ordinal) < 0)
            {
                throw new ArgumentException("the option " + arg + " needs a value");
            }

            string value;
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                value = arg.Substring(equals + 1);
                arg = arg.Substring(0, equals);
            }
            else
            {
                value = queue.Dequeue();
            }

            switch (arg)
            {
                case "--roslyn": options.Roslyn = value; break;
                case "--namespace": options.DefaultNamespace = value; break;
                case "--catalog": options.CatalogName = value; break;
                case "--json-schemas": options.JsonSchemas = value; break;
                case "--schema": options.Schemas.Add(value); break;
                case "--baseline": options.Baseline = value; break;
                default:
                    var name = arg.Substring(2);
                    if (!Exporter.Outputs.ContainsKey(name))
                    {
                        throw new ArgumentException("unknown option " + arg + "; outputs: " + string.Join(", ", Exporter.Outputs.Keys.Select(k => "--" + k)));
                    }

                    options.Files[name] = value;
                    break;
            }
        }

        return options;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> args)
    {
        foreach (var arg in args)
        {
            if (arg.StartsWith("@", StringComparison.Ordinal))
            {
                foreach (var line in File.ReadAllLines(arg.Substring(1)))
                {
                    if (line.Trim().Length > 0)
                    {
                        yield return line.Trim();
                    }
                }
            }
            else
            {
                yield return arg;
            }
        }
    }
}
