using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator.Compatibility;

// The comparer's view of whole types: pairing by name and renamedFrom, the catalog class, types
// removed and added, and a pair's kind, C# name, family (abstract, base, discriminator, tag) and
// entity facts (plural, catalog property, id pattern and id type).
internal static partial class CompatibilityGate
{
    private sealed partial class Comparer
    {
        private void PairTypes()
        {
            foreach (var type in _new.Types.Values)
            {
                if (_old.Types.ContainsKey(type.Name))
                {
                    _pair[type.Name] = type.Name;
                }
            }

            foreach (var type in _new.Types.Values)
            {
                var decl = Decl(type.Name);
                if (decl?.RenamedFrom is not { } former)
                {
                    continue;
                }

                var at = decl.RenamedFromLocation ?? decl.NameLocation;
                if (_new.Types.ContainsKey(former))
                {
                    _result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRenamedFrom, at, former, "type '" + type.Name + "'", "a type named '" + former + "' still exists; remove renamedFrom, or rename that type"));
                }
                else if (_pair.TryGetValue(former, out var other))
                {
                    _result.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidRenamedFrom, at, former, "type '" + type.Name + "'", "type '" + other + "' already says it was renamed from '" + former + "'"));
                }
                else if (_old.Types.ContainsKey(former) && !_old.Types.ContainsKey(type.Name))
                {
                    _pair[former] = type.Name;
                }

                // A former name the baseline does not know is an older rename, kept for the record: nothing to pair.
            }
        }

        private void CompareCatalog()
        {
            if (_old.Catalog is not null && _new.Catalog is not null && _old.Catalog != _new.Catalog)
            {
                Source(
                    _lines.Line(_old.CatalogLine),
                    "The catalog class '" + _old.Catalog + "' is now '" + _new.Catalog + "'",
                    "code that uses " + _old.Catalog + " no longer compiles; set NewsSchemaCatalogName and NewsSchemaNamespace back, or update the baseline");
            }
        }

        private void TypeRemoved(BaselineType old)
        {
            var at = RemovedTypeLocation(old);
            var what = "Type '" + old.Name + "' was removed";
            string why;
            if (old.Tag is not null && FamilyRoot(_old, old) is { } root)
            {
                what = "Type '" + old.Name + "' was removed from the family of " + root.Name;
                why = "files written under the baseline may hold " + root.Name + " entries with '" + (root.Discriminator ?? "kind") + ": " + old.Tag + "', which code built from the new schemas rejects";
            }
            else if (old.Plural is not null)
            {
                why = "catalogs written under the baseline may hold '" + old.Plural + ":', which code built from the new schemas rejects";
            }
            else
            {
                why = "data written under the baseline as " + A(old.Name) + " can no longer be read";
            }

            Backward(at, what, why + "; keep the type, or give its replacement 'renamedFrom: " + old.Name + "'");
            Source(at, what, "code that uses " + (old.CSharp ?? old.Name) + " no longer compiles");
        }

        private void TypeAdded(BaselineType added)
        {
            var decl = Decl(added.Name);
            if (decl is null)
            {
                return;
            }

            if (added.Tag is not null && FamilyRoot(_new, added) is { } root && _old.Types.ContainsKey(OldName(root.Name)))
            {
                Forward(
                    decl.NameLocation,
                    "Type '" + added.Name + "' was added to the family of " + root.Name,
                    "files written under the new schemas may hold " + root.Name + " entries with '" + (root.Discriminator ?? "kind") + ": " + added.Tag + "', which programs built from the baseline reject as an unknown kind");
            }
            else if (added.Plural is not null && added.Base is null)
            {
                Forward(
                    decl.PluralLocation ?? decl.NameLocation,
                    "Entity '" + added.Name + "' was added to the catalog as '" + added.Plural + "'",
                    "catalogs written under the new schemas may hold '" + added.Plural + ":', which programs built from the baseline reject as an unknown key");
            }
        }

        private void CompareType(BaselineType old, BaselineType current)
        {
            var decl = Decl(current.Name)!;
            var file = _decls[current.Name].File;
            var name = decl.NameLocation;
            var renamed = old.Name != current.Name;
            if (renamed)
            {
                Source(
                    decl.RenamedFromLocation ?? name,
                    "Type '" + old.Name + "' was renamed to '" + current.Name + "'",
                    "code that uses " + (old.CSharp ?? old.Name) + (old.IdType is not null ? " or " + old.IdType : string.Empty) + " no longer compiles");
            }

            if (old.Kind != current.Kind)
            {
                var what = "Type '" + current.Name + "' changed from " + A(old.Kind!) + " to " + A(current.Kind!);
                Backward(name, what, "data written under the baseline has the shape of " + A(old.Kind!) + ", which code built from the new schemas reads differently");
                Forward(name, what, "programs built from the baseline read " + current.Name + " data as " + A(old.Kind!));
                Source(name, what, "code that uses " + current.Name + " as " + A(old.Kind!) + " no longer compiles");
                return;
            }

            if (!renamed && old.CSharp != current.CSharp)
            {
                Source(
                    file.NamespaceLocation ?? SchemaParser.StartOfFile(file.Path),
                    "The C# type of '" + current.Name + "' moved from " + old.CSharp + " to " + current.CSharp,
                    "code that uses " + old.CSharp + " no longer compiles; keep the namespace, or update the baseline");
            }

            CompareFamily(old, current, decl);
            CompareEntity(old, current, decl, renamed);
            CompareFields(old, current, decl);
            CompareValues(old, current, decl);
        }

        private void CompareFamily(BaselineType old, BaselineType current, TypeDecl decl)
        {
            var name = decl.NameLocation;
            if (old.Abstract != current.Abstract)
            {
                if (current.Abstract)
                {
                    var what = "Type '" + current.Name + "' is now abstract";
                    Backward(name, what, "data written under the baseline as a plain " + current.Name + " cannot be read, since only its concrete types can be");
                    Source(name, what, "code that creates a " + current.Name + " no longer compiles");
                }
                else
                {
                    Forward(name, "Type '" + current.Name + "' is no longer abstract", "programs built from the baseline cannot read data written under the new schemas as a plain " + current.Name);
                }
            }

            var oldBase = old.Base is null ? null : Paired(old.Base);
            if (oldBase != current.Base)
            {
                var oldRoot = FamilyRoot(_old, old) is { } r1 ? Paired(r1.Name) : null;
                var newRoot = FamilyRoot(_new, current)?.Name;
                var what = "The base of '" + current.Name + "' changed from " + (old.Base ?? "none") + " to " + (current.Base ?? "none");
                if (oldRoot != newRoot)
                {
                    var at = decl.ExtendsLocation ?? name;
                    Backward(at, what, "data written under the baseline as " + A(current.Name) + " was read " + (oldRoot is null ? "without a discriminator" : "through the family of " + oldRoot) + ", and the new code reads it " + (newRoot is null ? "without one" : "through the family of " + newRoot));
                    Forward(at, what, "programs built from the baseline read " + current.Name + " data " + (oldRoot is null ? "without a discriminator" : "through the family of " + oldRoot));
                }

                Source(decl.ExtendsLocation ?? name, what, "code that treats " + current.Name + " as " + A(old.Base ?? "type of its own") + " no longer compiles");
            }

            if (old.Discriminator is not null && current.Discriminator is not null && old.Discriminator != current.Discriminator)
            {
                var at = decl.DiscriminatorLocation ?? name;
                var what = "The discriminator of the family of " + current.Name + " changed from '" + old.Discriminator + "' to '" + current.Discriminator + "'";
                Backward(at, what, "files written under the baseline tell the kind of each " + current.Name + " with '" + old.Discriminator + ":', which code built from the new schemas does not read");
                Forward(at, what, "files written under the new schemas tell the kind with '" + current.Discriminator + ":', which programs built from the baseline do not read");
            }

            if (old.Tag is not null && current.Tag is not null && old.Tag != current.Tag)
            {
                var at = decl.TagLocation ?? name;
                var key = FamilyRoot(_new, current)?.Discriminator ?? "kind";
                var what = "The tag of '" + current.Name + "' changed from '" + old.Tag + "' to '" + current.Tag + "'";
                Backward(at, what, "files written under the baseline mark it '" + key + ": " + old.Tag + "', which code built from the new schemas rejects; set 'tag: " + old.Tag + "' to keep it");
                Forward(at, what, "files written under the new schemas mark it '" + key + ": " + current.Tag + "', which programs built from the baseline reject");
            }
        }

        private void CompareEntity(BaselineType old, BaselineType current, TypeDecl decl, bool renamed)
        {
            var name = decl.NameLocation;
            if (old.Plural != current.Plural && old.Plural is not null && current.Plural is not null)
            {
                var at = decl.PluralLocation ?? name;
                var what = "The catalog key of " + current.Name + " changed from '" + old.Plural + "' to '" + current.Plural + "'";
                Backward(at, what, "catalogs written under the baseline list them under '" + old.Plural + ":', which code built from the new schemas rejects; set 'plural: " + old.Plural + "' to keep it");
                Forward(at, what, "catalogs written under the new schemas list them under '" + current.Plural + ":', which programs built from the baseline reject");
            }

            if (old.CatalogProperty is not null && current.CatalogProperty is not null && old.CatalogProperty != current.CatalogProperty)
            {
                Source(decl.PluralLocation ?? name, "The catalog property " + old.CatalogProperty + " is now " + current.CatalogProperty, "code that uses catalog." + old.CatalogProperty + " no longer compiles");
            }

            if (old.IdPattern is not null && current.IdPattern is not null && old.IdPattern != current.IdPattern)
            {
                var at = decl.IdPatternLocation ?? name;
                var what = "The id pattern of " + current.Name + " changed from '" + old.IdPattern + "' to '" + current.IdPattern + "'";
                Backward(at, what, "ids written under the baseline may not match the new pattern, and references to them fail with them");
                Forward(at, what, "ids written under the new schemas may not match the old pattern, which programs built from the baseline check");
            }

            if (!renamed && old.IdType is not null && current.IdType is not null && old.IdType != current.IdType)
            {
                Source(decl.ExtendsLocation ?? name, "The id type of " + current.Name + " changed from " + old.IdType + " to " + current.IdType, "code that uses " + old.IdType + " no longer compiles");
            }
        }
    }
}
