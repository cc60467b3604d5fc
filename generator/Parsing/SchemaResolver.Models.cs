using System;
using System.Collections.Generic;
using System.Linq;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
    // The last step: a TypeModel for each emitted type, and the catalog.
    private sealed partial class Resolver
    {
        /// <summary>A model for each emitted type, in ordinal order of names.</summary>
        private EquatableArray<TypeModel> BuildModels()
        {
            var models = new List<TypeModel>();
            foreach (var type in _order)
            {
                _ct.ThrowIfCancellationRequested();
                if (type.Emitted)
                {
                    models.Add(BuildModel(type));
                }
            }

            models.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return models.ToEquatableArray();
        }

        /// <summary>The catalog of the emitted entities (roots and entities outside families); null when there is none.</summary>
        private CatalogModel? BuildCatalog()
        {
            var entities = _order.Where(t => t.Emitted && t.Decl.Kind == TypeKind.Entity).ToList();
            if (entities.Count == 0)
            {
                return null;
            }

            var catalogEntities = entities
                .Where(t => t.Plural is not null && t.CatalogProperty is not null)
                .OrderBy(t => t.Name, StringComparer.Ordinal)
                .Where(t => t.Base is null)
                .Select(t => new CatalogEntityModel
                {
                    Name = t.Name,
                    FullName = t.FullName,
                    IdFullName = t.FullName + "Id",
                    Plural = t.Plural!,
                    PropertyName = t.CatalogProperty!,
                    Members = entities.Where(m => m.Base is not null && m.Root == t).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray(),
                })
                .ToEquatableArray();
            var firstPath = entities.Select(t => t.Decl.NameLocation.FilePath).OrderBy(p => p, StringComparer.Ordinal).First();
            return new CatalogModel(_defaultNamespace, _catalogName, catalogEntities, firstPath);
        }

        private TypeModel BuildModel(Declared type)
        {
            var decl = type.Decl;
            var inherited = new List<FieldModel>();
            foreach (var ancestor in type.Ancestors().Reverse())
            {
                inherited.AddRange(OwnFields(ancestor));
            }

            var fields = new List<FieldModel>(inherited);
            fields.AddRange(OwnFields(type));

            var root = type.Root;
            var subtypes = type.Decl.IsAbstract && root is not null
                ? _order
                    .Where(t => t.Emitted && !t.Decl.IsAbstract && t.Tag is not null && t.Ancestors().Contains(type))
                    .OrderBy(t => t.Tag, StringComparer.Ordinal)
                    .Select(t => new SubtypeModel(t.Tag!, t.Name, t.FullName))
                    .ToEquatableArray()
                : EquatableArray<SubtypeModel>.Empty;

            return new TypeModel
            {
                Name = decl.Name,
                Namespace = type.Namespace,
                Kind = decl.Kind,
                IdPattern = (root ?? type).IdPattern,
                Description = decl.Description,
                Plural = decl.Kind == TypeKind.Entity && type.Base is null ? type.Plural : null,
                Fields = fields.ToEquatableArray(),
                Members = type.Members.ToEquatableArray(),
                IsAbstract = root is not null && decl.IsAbstract,
                BaseFullName = type.Base?.FullName,
                Discriminator = root is null ? null : root.Decl.Discriminator ?? "kind",
                Tag = type.Tag,
                InheritedFieldCount = inherited.Count,
                Subtypes = subtypes,
                RootName = root?.Name,
                RootNamespace = root?.Namespace,
                Ancestors = type.Ancestors().Reverse().Select(a => a.FullName).ToEquatableArray(),
                SourcePath = decl.NameLocation.FilePath,
            };
        }
    }
}
