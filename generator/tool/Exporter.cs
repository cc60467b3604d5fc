using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using NewsSchema.Generator.Compatibility;
using NewsSchema.Generator.Export;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Export;

/// <summary>Parses and resolves the schema files as the generator does, then writes each asked-for output.</summary>
internal static class Exporter
{
    /// <summary>The file name of the meta-schema, copied beside the data schemas so editors find it offline.</summary>
    public const string MetaSchemaFileName = "newsschema.schema.json";

    /// <summary>
    /// The single-file outputs, by option name (<c>--NAME path</c>). To add one: add an entry here, a
    /// property in NewsSchema.targets that adds <c>--NAME</c> and the path to the response file, and a
    /// line in docs/export.md.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Func<ResolvedSchema, string>> Outputs =
        new SortedDictionary<string, Func<ResolvedSchema, string>>(StringComparer.Ordinal)
        {
            ["model-reference"] = ModelReference.Write,
        };

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static int Run(Options options, TextWriter log)
    {
        var files = ImmutableArray.CreateBuilder<SchemaFile>();
        foreach (var path in options.Schemas.Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal))
        {
            files.Add(SchemaParser.Parse(path, File.ReadAllText(path), CancellationToken.None));
        }

        // Mistakes in the schemas are the compiler's to report (NSG diagnostics); what resolves is written.
        var resolved = SchemaResolver.Resolve(files.ToImmutable(), new GeneratorOptions(options.DefaultNamespace, options.CatalogName), CancellationToken.None);
        var written = 0;
        if (options.JsonSchemas is { } folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var schema in DataSchemaExport.Build(resolved.Types, resolved.Catalog))
            {
                written += Write(Path.Combine(folder, schema.FileName), schema.Text);
            }

            var meta = Path.Combine(AppContext.BaseDirectory, MetaSchemaFileName);
            written += Write(Path.Combine(folder, MetaSchemaFileName), File.ReadAllText(meta));
        }

        foreach (var (name, path) in options.Files)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            written += Write(path, Outputs[name](resolved));
        }

        if (options.Baseline is { } baselinePath)
        {
            // Asked for with -p:NewsSchemaUpdateBaseline=true: the gate's own writer, so the file records
            // exactly what the gate compares with. Schemas with mistakes give no baseline, and say so.
            var baseline = BaselineWriter.Write(
                options.Schemas.Distinct(StringComparer.Ordinal).Select(path => (path, File.ReadAllText(path))),
                new BaselineWriterOptions { BaselinePath = Path.GetFullPath(baselinePath), DefaultNamespace = options.DefaultNamespace, CatalogName = options.CatalogName });
            if (baseline.Text is null)
            {
                foreach (var error in baseline.Errors)
                {
                    log.WriteLine("NewsSchema.Export : error NSG0080: " + error);
                }

                log.WriteLine("NewsSchema.Export : error NSG0080: the compatibility baseline was not written, because the schemas have mistakes; fix them and build again");
                return 1;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(baselinePath));
            if (directory is not null)
            {
                Directory.CreateDirectory(directory);
            }

            written += Write(baselinePath, baseline.Text);
        }

        log.WriteLine("NewsSchema.Export: " + written + " file(s) updated");
        return 0;
    }

    /// <summary>Writes <paramref name="text"/> unless the file already holds it (so timestamps move only on change); 1 when written.</summary>
    private static int Write(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text)
        {
            return 0;
        }

        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, text, Utf8NoBom);
        File.Move(temp, path, overwrite: true);
        return 1;
    }
}
