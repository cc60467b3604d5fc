using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // Phase 3: the catalog key and C# property of every entity that is not derived.
    private sealed partial class Resolver
    {
        private void AssignPlurals()
        {
            var byProperty = new Dictionary<string, Declared>(StringComparer.Ordinal);
            foreach (var type in _order)
            {
                if (!type.Emitted || type.Decl.Kind != TypeKind.Entity || type.Base is not null)
                {
                    continue;
                }

                var plural = type.Decl.Plural ?? Naming.DefaultPlural(type.Name);
                var location = type.Decl.PluralLocation ?? type.Decl.NameLocation;
                type.Plural = plural;
                var property = Naming.ToPascalCase(plural);
                if (Naming.NameProblem(plural, property, location, "a catalog property") is { } problem)
                {
                    _diagnostics.Add(problem);
                    continue;
                }

                if (Emit.EmittedMembers.OnCatalog.Contains(property) || property == _catalogName || Array.IndexOf(ReservedMemberNames, property) >= 0)
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, location, plural, "catalog property", "its C# name '" + property + "' collides with a member the catalog class '" + _catalogName + "' writes");
                    continue;
                }

                if (byProperty.TryGetValue(property, out var first))
                {
                    Report(DiagnosticDescriptors.DuplicatePlural, location, plural, first.Name, type.Name);
                    continue;
                }

                byProperty.Add(property, type);
                type.CatalogProperty = property;
            }
        }
    }
}
