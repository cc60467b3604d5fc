using System.Collections.Generic;
using System.Threading;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>Writes the source files of one type: one hint file per generated C# type.</summary>
internal static class TypeEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(TypeModel type, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (type.Kind)
        {
            case TypeKind.Enum:
                return new[] { (type.Name + ".g.cs", EnumEmitter.Emit(type)) };
            case TypeKind.Entity when type.BaseFullName is null:
                // A family shares its root's id type; only the root writes it.
                return new[]
                {
                    (type.Name + ".g.cs", RecordEmitter.Emit(type, cancellationToken)),
                    (type.IdName + ".g.cs", EmitId(type)),
                };
            default:
                return new[] { (type.Name + ".g.cs", RecordEmitter.Emit(type, cancellationToken)) };
        }
    }

    private static string EmitId(TypeModel type)
    {
        var w = StartFile(type.Namespace);
        DocComment(w, null, $"The id of a <see cref=\"{type.Name}\"/>: a strongly typed wrapper around its string id.");
        w.Line(GeneratedCodeAttribute);
        w.Line($"public readonly partial record struct {type.IdName}(string Value) : global::System.IComparable<{type.IdName}>");
        w.Open();
        w.Block($$"""
            /// <summary>The id text.</summary>
            {{NonUserCode}}
            public override string ToString() => Value ?? string.Empty;

            /// <summary>Orders ids by their text (ordinal).</summary>
            {{NonUserCode}}
            public int CompareTo({{type.IdName}} other) => string.CompareOrdinal(Value, other.Value);
            """);
        w.Close();
        w.Close();
        return w.ToString();
    }
}
