using System.Threading;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

/// <summary>Reads one schema file into declarations plus located diagnostics. Never throws.</summary>
internal static class SchemaParser
{
    public static SchemaFile Parse(string path, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new SchemaFile(path, null, null, EquatableArray<TypeDecl>.Empty, EquatableArray<DiagnosticInfo>.Empty);
    }
}
