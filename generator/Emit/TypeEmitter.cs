using System.Collections.Generic;
using System.Threading;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Emit;

internal static class TypeEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(TypeModel type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        yield break;
    }
}
