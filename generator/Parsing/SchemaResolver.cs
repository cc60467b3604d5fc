using System.Collections.Immutable;
using System.Threading;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

/// <summary>Resolves type names across all schema files of a compilation. Never throws.</summary>
internal static class SchemaResolver
{
    public static ResolvedSchema Resolve(ImmutableArray<SchemaFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ResolvedSchema(EquatableArray<TypeModel>.Empty, null, EquatableArray<DiagnosticInfo>.Empty);
    }
}
