using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // Phase 1: declares the types of every file (one per name) and checks what decides whether a type
    // is emitted at all: enum values, id patterns, names the generator writes itself.
    private sealed partial class Resolver
    {
        private void Declare(ImmutableArray<SchemaFile> files)
        {
            foreach (var file in files.Where(f => f is not null).OrderBy(f => f.Path ?? string.Empty, StringComparer.Ordinal))
            {
                _ct.ThrowIfCancellationRequested();
                var ns = _defaultNamespace;
                if (file.Namespace is not null)
                {
                    if (Naming.IsValidNamespace(file.Namespace))
                    {
                        ns = file.Namespace;
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.InvalidNamespace, file.NamespaceLocation, file.Namespace);
                    }
                }

                foreach (var decl in file.Types)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (_types.TryGetValue(decl.Name, out var first))
                    {
                        Report(DiagnosticDescriptors.DuplicateType, decl.NameLocation, decl.Name, At(first.Decl.NameLocation));
                        continue;
                    }

                    var declared = new Declared(decl, file, ns);
                    _types.Add(decl.Name, declared);
                    _order.Add(declared);
                }
            }
        }

        /// <summary>Checks that decide whether a type is emitted at all; they run before fields are resolved.</summary>
        private void CheckTypes()
        {
            foreach (var type in _order)
            {
                _ct.ThrowIfCancellationRequested();
                if (!type.Emitted)
                {
                    continue;
                }

                var decl = type.Decl;
                if (decl.Kind == TypeKind.Enum)
                {
                    CheckEnum(type);
                }

                if (decl.Kind == TypeKind.Entity && decl.IdPattern is not null)
                {
                    if (RegexError(decl.IdPattern) is { } error)
                    {
                        Report(DiagnosticDescriptors.InvalidPattern, decl.IdPatternLocation ?? decl.NameLocation, decl.IdPattern, error);
                        type.Emitted = false;
                    }
                    else
                    {
                        type.IdPattern = decl.IdPattern;
                    }
                }
            }

            // Names that collide with types the generator writes itself.
            var hasEntity = _order.Any(t => t.Emitted && t.Decl.Kind == TypeKind.Entity);
            foreach (var type in _order)
            {
                if (!type.Emitted)
                {
                    continue;
                }

                var name = type.Name;
                if (name.EndsWith("Id", StringComparison.Ordinal)
                    && _types.TryGetValue(name.Substring(0, name.Length - 2), out var entity)
                    && entity.Emitted && entity.Decl.Kind == TypeKind.Entity && entity.Namespace == type.Namespace)
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, type.Decl.NameLocation, name, "a type", "entity '" + entity.Name + "' generates its id type with that name in the same namespace");
                    type.Emitted = false;
                }
                else if (name.EndsWith("Extensions", StringComparison.Ordinal)
                    && _types.TryGetValue(name.Substring(0, name.Length - "Extensions".Length), out var enumType)
                    && enumType.Emitted && enumType.Decl.Kind == TypeKind.Enum && enumType.Namespace == type.Namespace)
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, type.Decl.NameLocation, name, "type", "enum '" + enumType.Name + "' generates its extension class with that name in the same namespace");
                    type.Emitted = false;
                }
                else if (hasEntity && name == _catalogName && type.Namespace == _defaultNamespace)
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, type.Decl.NameLocation, name, "a type", "the catalog class has that name in namespace '" + _defaultNamespace + "'; rename the type or set NewsSchemaCatalogName");
                    type.Emitted = false;
                }
            }
        }

        private void CheckEnum(Declared type)
        {
            var decl = type.Decl;
            if (decl.Values.IsEmpty)
            {
                Report(DiagnosticDescriptors.MissingKey, decl.NameLocation, "enum '" + decl.Name + "'", "values", " with at least one value, e.g. values: [draft, published]");
                type.Emitted = false;
                return;
            }

            var wire = new HashSet<string>(StringComparer.Ordinal);
            var members = new Dictionary<string, string>(StringComparer.Ordinal);
            var formerOf = new Dictionary<EnumValueDecl, string>();
            foreach (var value in decl.Values)
            {
                if (!wire.Add(value.Name))
                {
                    Report(DiagnosticDescriptors.DuplicateEnumValue, value.Location, decl.Name, value.Name, string.Empty);
                    continue;
                }

                var member = Naming.ToPascalCase(value.Name);
                if (members.TryGetValue(member, out var other))
                {
                    Report(DiagnosticDescriptors.DuplicateEnumValue, value.Location, decl.Name, member, ": '" + other + "' and '" + value.Name + "' both become the member '" + member + "'");
                    continue;
                }

                members.Add(member, value.Name);
                formerOf.Add(value, member);
            }

            // Former names (renamedFrom) are read as the value they became, so they must not be any value's name.
            var allNames = new HashSet<string>(decl.Values.Select(v => v.Name), StringComparer.Ordinal);
            foreach (var value in decl.Values)
            {
                if (!formerOf.TryGetValue(value, out var member))
                {
                    continue;
                }

                var formers = new List<string>();
                foreach (var former in value.RenamedFrom)
                {
                    if (allNames.Contains(former.Name) || !wire.Add(former.Name))
                    {
                        Report(DiagnosticDescriptors.DuplicateEnumValue, former.Location, decl.Name, former.Name, ": it is the name or a former name (renamedFrom) of another value");
                        continue;
                    }

                    formers.Add(former.Name);
                }

                type.Members.Add(new EnumMemberModel(value.Name, member, value.Description, formers.ToEquatableArray()));
            }
        }
    }
}
