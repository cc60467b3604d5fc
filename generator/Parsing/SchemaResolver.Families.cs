using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // Phase 2: extends cycles, and polymorphic families: each member linked to its base and root, with
    // its tag.
    private sealed partial class Resolver
    {
        private void CheckExtendsCycles()
        {
            foreach (var type in _order)
            {
                _ct.ThrowIfCancellationRequested();
                if (type.Decl.Extends is null || type.Decl.ExtendsLocation is null)
                {
                    continue;
                }

                var path = new List<string> { type.Name };
                var seen = new HashSet<string>(StringComparer.Ordinal) { type.Name };
                var current = type.Decl.Extends;
                while (current is not null && !seen.Contains(current) && _types.TryGetValue(current, out var next))
                {
                    path.Add(current);
                    seen.Add(current);
                    current = next.Decl.Extends;
                }

                if (current == type.Name)
                {
                    path.Add(type.Name);
                    Report(DiagnosticDescriptors.InheritanceCycle, type.Decl.ExtendsLocation, string.Join(" -> ", path));
                    type.InCycle = true;
                }
            }
        }

        /// <summary>Checks extends/abstract/discriminator/tag and links each family member to its base and root.</summary>
        private void ResolveFamilies()
        {
            foreach (var type in _order)
            {
                _ct.ThrowIfCancellationRequested();
                var decl = type.Decl;
                if (type.InCycle)
                {
                    type.Emitted = false;
                    continue;
                }

                if (decl.Extends is null || decl.ExtendsLocation is null || !type.Emitted)
                {
                    continue;
                }

                if (!_types.TryGetValue(decl.Extends, out var baseType))
                {
                    var candidates = _types.Keys.OrderBy(k => k, StringComparer.Ordinal);
                    Report(DiagnosticDescriptors.UnknownType, decl.ExtendsLocation, decl.Extends, Suggestions.Sentence(decl.Extends, candidates));
                    type.Emitted = false;
                    continue;
                }

                if (baseType.Decl.Kind != decl.Kind || baseType.Decl.Kind == TypeKind.Enum)
                {
                    Report(DiagnosticDescriptors.ExtendsKindMismatch, decl.ExtendsLocation, decl.Name, A(decl.Kind), baseType.Name, A(baseType.Decl.Kind));
                    type.Emitted = false;
                    continue;
                }

                if (!baseType.Decl.IsAbstract)
                {
                    Report(DiagnosticDescriptors.ExtendsNonAbstract, decl.ExtendsLocation, decl.Name, baseType.Name);
                    type.Emitted = false;
                    continue;
                }

                type.Base = baseType;
            }

            // Roots, and the chain: a type whose base is not emitted (broken, or in a cycle) is not emitted either.
            bool changed;
            do
            {
                changed = false;
                foreach (var type in _order)
                {
                    if (!type.Emitted || type.Base is null)
                    {
                        continue;
                    }

                    var seen = new HashSet<Declared> { type };
                    var b = type.Base;
                    while (b is not null && b.Emitted && seen.Add(b))
                    {
                        b = b.Base;
                    }

                    if (b is not null)
                    {
                        type.Emitted = false;
                        changed = true;
                    }
                }
            }
            while (changed);

            foreach (var type in _order)
            {
                if (!type.Emitted)
                {
                    continue;
                }

                var decl = type.Decl;
                if (type.Base is not null)
                {
                    var root = type.Base;
                    while (root.Base is not null)
                    {
                        root = root.Base;
                    }

                    type.Root = root;
                }
                else if (decl.IsAbstract)
                {
                    type.Root = type;
                }

                if (decl.Discriminator is not null && (type.Base is not null || !decl.IsAbstract))
                {
                    Report(DiagnosticDescriptors.KeyNotValidForKind, decl.DiscriminatorLocation, "discriminator", "the root of a family (an abstract type that extends nothing)", type.Base is not null ? "a derived type" : "a type that is not abstract");
                }

                if (decl.Tag is not null && (decl.IsAbstract || type.Base is null))
                {
                    Report(DiagnosticDescriptors.KeyNotValidForKind, decl.TagLocation, "tag", "concrete types that extend an abstract type", decl.IsAbstract ? "an abstract type" : "a type that extends nothing");
                }

                if (type.Base is not null && decl.Kind == TypeKind.Entity)
                {
                    if (decl.Plural is not null)
                    {
                        Report(DiagnosticDescriptors.KeyNotValidForKind, decl.PluralLocation, "plural", "the root of a family (derived entities are listed under the root's plural)", "a derived type");
                    }

                    if (decl.IdPattern is not null)
                    {
                        Report(DiagnosticDescriptors.KeyNotValidForKind, decl.IdPatternLocation, "idPattern", "the root of a family (the family shares the root's id type)", "a derived type");
                    }
                }

                if (type.Root is not null && !decl.IsAbstract)
                {
                    type.Tag = decl.Tag ?? Naming.ToKebabCase(decl.Name);
                }
            }

            // One tag per concrete type within a family.
            foreach (var family in _order.Where(t => t.Emitted && t.Tag is not null).GroupBy(t => t.Root!))
            {
                var byTag = new Dictionary<string, Declared>(StringComparer.Ordinal);
                foreach (var member in family)
                {
                    if (byTag.TryGetValue(member.Tag!, out var first))
                    {
                        Report(DiagnosticDescriptors.DuplicateTag, member.Decl.TagLocation ?? member.Decl.NameLocation, member.Tag!, first.Name, member.Name, family.Key.Name);
                        member.Emitted = false;
                        continue;
                    }

                    byTag.Add(member.Tag!, member);
                }
            }
        }
    }
}
