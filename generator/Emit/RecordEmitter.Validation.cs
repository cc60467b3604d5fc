using System.Collections.Generic;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    private static void EmitValidation(CodeWriter w, TypeModel type, List<Member> members)
    {
    }
}
