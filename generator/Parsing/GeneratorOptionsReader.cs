using Microsoft.CodeAnalysis.Diagnostics;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static class GeneratorOptionsReader
{
    public const string DefaultCatalogName = "EntityCatalog";
    public const string FallbackNamespace = "NewsSchema.Generated";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        var ns = Get(options, "build_property.NewsSchemaNamespace")
                 ?? Get(options, "build_property.RootNamespace")
                 ?? FallbackNamespace;
        var catalog = Get(options, "build_property.NewsSchemaCatalogName") ?? DefaultCatalogName;
        return new GeneratorOptions(ns, catalog);
    }

    private static string? Get(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
