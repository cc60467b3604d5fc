using System;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // Phase 4, continued: a field's type expression resolved to a TypeRefModel.
    private sealed partial class Resolver
    {
        private TypeRefModel? ResolveType(TypeExpression expression, FieldDecl field)
        {
            switch (expression.Name)
            {
                case "list":
                case "map":
                    var element = ResolveType(expression.Argument!, field);
                    return element is null
                        ? null
                        : expression.Name == "list" ? TypeRefModel.ListOf(element) : TypeRefModel.MapOf(element);
                case "ref":
                    var target = expression.Argument!;
                    if (ToPrimitive(target.Name) != PrimitiveKind.None)
                    {
                        Report(DiagnosticDescriptors.RefToNonEntity, NameLocation(field, target), target.Name, "a built-in type");
                        return null;
                    }

                    if (!_types.TryGetValue(target.Name, out var referenced))
                    {
                        ReportUnknownType(field, target);
                        return null;
                    }

                    if (!referenced.Emitted)
                    {
                        return null;
                    }

                    if (referenced.Decl.Kind != TypeKind.Entity)
                    {
                        Report(DiagnosticDescriptors.RefToNonEntity, NameLocation(field, target), target.Name, A(referenced.Decl.Kind));
                        return null;
                    }

                    var idOwner = referenced.Root ?? referenced;
                    return new TypeRefModel { Kind = TypeRefKind.Ref, FullName = idOwner.FullName + "Id", Name = referenced.Name, Target = referenced.FullName };
                default:
                    var primitive = ToPrimitive(expression.Name);
                    if (primitive != PrimitiveKind.None)
                    {
                        return TypeRefModel.Of(primitive);
                    }

                    if (!_types.TryGetValue(expression.Name, out var declared))
                    {
                        ReportUnknownType(field, expression);
                        return null;
                    }

                    if (!declared.Emitted)
                    {
                        return null;
                    }

                    var kind = declared.Decl.Kind switch
                    {
                        TypeKind.Entity => TypeRefKind.Entity,
                        TypeKind.Enum => TypeRefKind.Enum,
                        _ => TypeRefKind.Record,
                    };
                    return new TypeRefModel { Kind = kind, FullName = declared.FullName, Name = declared.Name };
            }
        }

        private void ReportUnknownType(FieldDecl field, TypeExpression name)
        {
            var candidates = PrimitiveNames.Concat(_types.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Report(DiagnosticDescriptors.UnknownType, NameLocation(field, name), name.Name, Suggestions.Sentence(name.Name, candidates));
        }

        /// <summary>The location of a name inside the type expression when the scalar maps 1:1 to the file (plain, one line), else the scalar.</summary>
        private static LocationInfo NameLocation(FieldDecl field, TypeExpression name)
        {
            var location = field.TypeLocation;
            var span = location.LineSpan;
            if (span.Start.Line != span.End.Line || location.Span.Length != field.TypeExpression.Length)
            {
                return location;
            }

            var start = location.Span.Start + name.Offset;
            var column = span.Start.Character + name.Offset;
            return new LocationInfo(
                location.FilePath,
                new TextSpan(start, name.Name.Length),
                new LinePositionSpan(new LinePosition(span.Start.Line, column), new LinePosition(span.Start.Line, column + name.Name.Length)));
        }
    }
}
