using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator.Model;
using TypeKind = NewsSchema.Generator.Model.TypeKind;

namespace NewsSchema.Generator.Parsing;

/// <summary>
/// Resolves type names across all schema files of a compilation and checks everything that needs
/// to know a field's type. Never throws (except <see cref="OperationCanceledException"/>).
/// </summary>
/// <remarks>
/// A type that is broken in itself (unsound in the parser, a duplicate, an enum without values, an
/// invalid idPattern, a name that collides with a generated type) is not emitted, and a field that
/// refers to it is dropped silently. A broken field is dropped from its type; the type is still
/// emitted. A broken constraint or default is reported and left out; the field is still emitted.
/// For <see cref="TypeRefKind.Ref"/>, <see cref="TypeRefModel.FullName"/> is the id struct's
/// <c>global::</c> name and <see cref="TypeRefModel.Name"/> is the entity's name.
/// </remarks>
internal static class SchemaResolver
{
    public const string DefaultIdPattern = "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$";

    internal static readonly string[] PrimitiveNames = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri" };

    /// <summary>Members every generated type has (or inherits); a property may not take these names.</summary>
    internal static readonly string[] ReservedMemberNames =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize",
        "Validate", "ValidateCustom", "ToYaml", "ToJson", "FromYaml", "FromJson", "ParseYaml", "ParseJson", "ParseYamlList", "ParseJsonList",
        "WriteYaml", "WriteJson", "ReadYaml", "ReadJson",
    };

    public static ResolvedSchema Resolve(ImmutableArray<SchemaFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            TestHooks.Check("resolve");
            return new Resolver(options, cancellationToken).Run(files.IsDefault ? ImmutableArray<SchemaFile>.Empty : files);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Located at the start of the first schema file, so the error list links somewhere.
            var first = files.IsDefault ? null : files.Where(f => f is not null).Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault();
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, first is null ? null : SchemaParser.StartOfFile(first), "the schema files", ex.GetType().Name + ": " + ex.Message);
            return new ResolvedSchema(EquatableArray<TypeModel>.Empty, null, new[] { diagnostic }.ToEquatableArray());
        }
    }

    internal static PrimitiveKind ToPrimitive(string name) => name switch
    {
        "string" => PrimitiveKind.String,
        "int" => PrimitiveKind.Int,
        "long" => PrimitiveKind.Long,
        "double" => PrimitiveKind.Double,
        "decimal" => PrimitiveKind.Decimal,
        "bool" => PrimitiveKind.Bool,
        "date" => PrimitiveKind.Date,
        "datetime" => PrimitiveKind.DateTime,
        "uri" => PrimitiveKind.Uri,
        _ => PrimitiveKind.None,
    };

    private sealed class Declared
    {
        public Declared(TypeDecl decl, SchemaFile file, string ns)
        {
            Decl = decl;
            File = file;
            Namespace = ns;
            Emitted = decl.IsSound;
        }

        public TypeDecl Decl { get; }

        public SchemaFile File { get; }

        public string Namespace { get; }

        public bool Emitted { get; set; }

        public List<EnumMemberModel> Members { get; } = new();

        public string IdPattern { get; set; } = DefaultIdPattern;

        public string? Plural { get; set; }

        public string? CatalogProperty { get; set; }

        /// <summary>On an inheritance cycle (reported once as NSG0010; no other extends checks, not emitted).</summary>
        public bool InCycle { get; set; }

        /// <summary>The direct base, once checked.</summary>
        public Declared? Base { get; set; }

        /// <summary>The family's root (itself for a root); null outside families.</summary>
        public Declared? Root { get; set; }

        /// <summary>The wire tag of a concrete family member.</summary>
        public string? Tag { get; set; }

        /// <summary>Resolved own fields (memo, so a base resolves once for all its derived types).</summary>
        public List<FieldModel>? OwnFields { get; set; }

        public bool InFamily => Root is not null;

        public IEnumerable<Declared> Ancestors()
        {
            for (var b = Base; b is not null; b = b.Base)
            {
                yield return b;
            }
        }

        public string Name => Decl.Name;

        public string FullName => "global::" + Namespace + "." + Decl.Name;
    }

    private sealed class Resolver
    {
        private readonly GeneratorOptions _options;
        private readonly CancellationToken _ct;
        private readonly List<DiagnosticInfo> _diagnostics = new();
        private readonly Dictionary<string, Declared> _types = new(StringComparer.Ordinal);
        private readonly List<Declared> _order = new();
        private string _defaultNamespace = GeneratorOptionsReader.FallbackNamespace;
        private string _catalogName = GeneratorOptionsReader.DefaultCatalogName;

        public Resolver(GeneratorOptions options, CancellationToken ct)
        {
            _options = options;
            _ct = ct;
        }

        public ResolvedSchema Run(ImmutableArray<SchemaFile> files)
        {
            CheckOptions();
            Declare(files);
            CheckTypes();
            CheckExtendsCycles();
            ResolveFamilies();
            AssignPlurals();

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

            CatalogModel? catalog = null;
            var entities = _order.Where(t => t.Emitted && t.Decl.Kind == TypeKind.Entity).ToList();
            if (entities.Count > 0)
            {
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
                catalog = new CatalogModel(_defaultNamespace, _catalogName, catalogEntities, firstPath);
            }

            var diagnostics = _diagnostics
                .Select((d, i) => (d, i))
                .OrderBy(x => x.d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(x => x.d.Location?.Span.Start ?? -1)
                .ThenBy(x => x.d.Descriptor.Id, StringComparer.Ordinal)
                .ThenBy(x => x.i)
                .Select(x => x.d)
                .ToEquatableArray();
            return new ResolvedSchema(models.ToEquatableArray(), catalog, diagnostics);
        }

        private void CheckOptions()
        {
            var ns = _options?.DefaultNamespace?.Trim() ?? string.Empty;
            if (Naming.IsValidNamespace(ns))
            {
                _defaultNamespace = ns;
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidNamespace, null, ns);
            }

            var catalog = _options?.CatalogName?.Trim() ?? string.Empty;
            if (!Naming.IsValidIdentifier(catalog))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, null, catalog, "a catalog class (NewsSchemaCatalogName)", "it is not a valid C# identifier; using '" + GeneratorOptionsReader.DefaultCatalogName + "'");
            }
            else if (Naming.IsKeyword(catalog))
            {
                Report(DiagnosticDescriptors.KeywordName, null, catalog, "a catalog class (NewsSchemaCatalogName)");
            }
            else
            {
                _catalogName = catalog;
            }
        }

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
                        var at = first.Decl.NameLocation;
                        Report(
                            DiagnosticDescriptors.DuplicateType,
                            decl.NameLocation,
                            decl.Name,
                            at.FilePath + "(" + (at.LineSpan.Start.Line + 1) + "," + (at.LineSpan.Start.Character + 1) + ")");
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
                if (!Naming.IsValidIdentifier(property))
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, location, plural, "a catalog property", property.Length == 0 ? "it has no letters to build a C# name from" : "its C# name '" + property + "' is not a valid identifier");
                    continue;
                }

                if (Naming.IsKeyword(property))
                {
                    Report(DiagnosticDescriptors.KeywordName, location, property, "a catalog property");
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

        private List<FieldModel> OwnFields(Declared type)
        {
            if (type.OwnFields is not null)
            {
                return type.OwnFields;
            }

            var decl = type.Decl;
            var fields = new List<FieldModel>();
            type.OwnFields = fields;
            if (decl.Kind == TypeKind.Enum)
            {
                return fields;
            }

            var wireNames = new Dictionary<string, string>(StringComparer.Ordinal);
            var properties = new Dictionary<string, FieldDecl>(StringComparer.Ordinal);
            if (decl.Kind == TypeKind.Entity)
            {
                wireNames["id"] = "id";
            }

            if (type.Root is { } root)
            {
                var discriminator = root.Decl.Discriminator ?? "kind";
                wireNames[discriminator] = discriminator;
            }

            // Inherited names: a derived type may not declare them again.
            var inheritedBy = new Dictionary<string, Declared>(StringComparer.Ordinal);
            foreach (var ancestor in type.Ancestors())
            {
                foreach (var field in ancestor.Decl.Fields)
                {
                    if (field.IsSound)
                    {
                        inheritedBy[field.Name] = ancestor;
                        inheritedBy[Naming.ToPascalCase(field.Name)] = ancestor;
                        wireNames[field.Name] = field.Name;
                    }
                }

                foreach (var field in OwnFields(ancestor))
                {
                    foreach (var alias in field.Aliases)
                    {
                        wireNames[alias] = field.WireName;
                    }
                }
            }

            foreach (var field in decl.Fields)
            {
                if (field.IsSound && !wireNames.ContainsKey(field.Name))
                {
                    wireNames[field.Name] = field.Name;
                }
            }

            foreach (var field in decl.Fields)
            {
                _ct.ThrowIfCancellationRequested();
                if (!field.IsSound)
                {
                    continue;
                }

                if (inheritedBy.TryGetValue(field.Name, out var declaring) || inheritedBy.TryGetValue(Naming.ToPascalCase(field.Name), out declaring))
                {
                    Report(DiagnosticDescriptors.FieldRedeclared, field.NameLocation, field.Name, type.Name, declaring.Name);
                    continue;
                }

                if (type.Root is { } familyRoot && field.Name == (familyRoot.Decl.Discriminator ?? "kind"))
                {
                    Report(DiagnosticDescriptors.DuplicateField, field.NameLocation, field.Name, type.Name, "it is the discriminator of the family of '" + familyRoot.Name + "', which the parsers and writers handle; remove the field or set another 'discriminator' on '" + familyRoot.Name + "'");
                    continue;
                }

                if (ResolveField(type, field, properties, wireNames) is { } model)
                {
                    fields.Add(model);
                }
            }

            return fields;
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

        /// <summary>A location as the messages write it: <c>path(line,column)</c>.</summary>
        private static string At(LocationInfo at)
            => at.FilePath + "(" + (at.LineSpan.Start.Line + 1) + "," + (at.LineSpan.Start.Character + 1) + ")";

        /// <summary>The declaration of the field named <paramref name="name"/> in the type or one of its ancestors.</summary>
        private static FieldDecl? FirstDeclaration(Declared type, string name)
        {
            for (Declared? current = type; current is not null; current = current.Base)
            {
                foreach (var field in current.Decl.Fields)
                {
                    if (field.Name == name)
                    {
                        return field;
                    }
                }
            }

            return null;
        }

        private static string A(TypeKind kind) => kind switch
        {
            TypeKind.Entity => "an entity",
            TypeKind.Enum => "an enum",
            _ => "a record",
        };

        private FieldModel? ResolveField(Declared owner, FieldDecl field, Dictionary<string, FieldDecl> properties, Dictionary<string, string> wireNames)
        {
            var typeName = owner.Name;
            var isEntity = owner.Decl.Kind == TypeKind.Entity;
            if (isEntity && field.Name == "id")
            {
                Report(DiagnosticDescriptors.DuplicateField, field.NameLocation, field.Name, typeName, "entities have an implicit 'id' field; remove it (set its format with 'idPattern')");
                return null;
            }

            var property = Naming.ToPascalCase(field.Name);
            if (properties.TryGetValue(property, out var first))
            {
                var detail = (first.Name == field.Name
                    ? "it is declared twice"
                    : "'" + first.Name + "' and '" + field.Name + "' both become the property '" + property + "'")
                    + "; first declared at " + At(first.NameLocation);
                Report(DiagnosticDescriptors.DuplicateField, field.NameLocation, field.Name, typeName, detail);
                return null;
            }

            properties.Add(property, field);

            string? collision = null;
            if (property == typeName)
            {
                collision = "the type's own name (a member cannot be named like its type)";
            }
            else if (isEntity && property == "Id")
            {
                collision = "the implicit id property of entities";
            }
            else if (Array.IndexOf(ReservedMemberNames, property) >= 0 || Emit.EmittedMembers.CollidesOnType(property, isEntity))
            {
                collision = "a member the generator writes on every " + (isEntity ? "entity" : "record");
            }

            if (collision is not null)
            {
                Report(DiagnosticDescriptors.ReservedMemberName, field.NameLocation, field.Name, property, collision);
                return null;
            }

            var expression = TypeExpression.TryParse(field.TypeExpression, out var error);
            if (expression is null)
            {
                Report(DiagnosticDescriptors.InvalidTypeExpression, field.TypeLocation, field.TypeExpression, error);
                return null;
            }

            var type = ResolveType(expression, field);
            if (type is null)
            {
                return null;
            }

            var typeText = expression.ToString();
            var constraints = ResolveConstraints(field, type, typeText);
            var defaultText = ResolveDefault(field, type, typeText);

            var aliases = new List<string>();
            foreach (var alias in field.Aliases)
            {
                if (wireNames.TryGetValue(alias.Name, out var owner2))
                {
                    var detail = owner2 == field.Name
                        ? "an alias of field '" + field.Name + "' repeats a name the field already has"
                        : "alias of field '" + field.Name + "' is already the name or an alias of field '" + owner2 + "'";
                    if (FirstDeclaration(owner, owner2) is { } firstField)
                    {
                        detail += "; first declared at " + At(firstField.NameLocation);
                    }
                    Report(DiagnosticDescriptors.DuplicateField, alias.Location, alias.Name, typeName, detail);
                    continue;
                }

                wireNames.Add(alias.Name, field.Name);
                aliases.Add(alias.Name);
            }

            return new FieldModel
            {
                WireName = field.Name,
                PropertyName = property,
                Type = type,
                Required = field.Required,
                Description = field.Description,
                DefaultText = defaultText,
                Deprecated = field.Deprecated,
                DeprecatedMessage = field.DeprecatedMessage,
                Aliases = aliases.ToEquatableArray(),
                Constraints = constraints,
            };
        }

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

        private FieldConstraints ResolveConstraints(FieldDecl field, TypeRefModel type, string typeText)
        {
            if (field.Constraints.IsEmpty)
            {
                return FieldConstraints.None;
            }

            var isList = type.Kind == TypeRefKind.List;
            var item = type.Kind is TypeRefKind.List or TypeRefKind.Map ? type.Element! : type;
            var itemPrimitive = item.Kind == TypeRefKind.Primitive ? item.Primitive : PrimitiveKind.None;
            var isStringLike = itemPrimitive == PrimitiveKind.String;
            var isOrdered = itemPrimitive is PrimitiveKind.Int or PrimitiveKind.Long or PrimitiveKind.Double or PrimitiveKind.Decimal or PrimitiveKind.Date or PrimitiveKind.DateTime;

            int? minLength = null, maxLength = null, minItems = null, maxItems = null;
            string? pattern = null;
            var bounds = new Dictionary<string, (string Text, IComparable Value, ConstraintDecl Decl)>(StringComparer.Ordinal);
            var counts = new Dictionary<string, ConstraintDecl>(StringComparer.Ordinal);
            var uniqueItems = false;

            foreach (var constraint in field.Constraints)
            {
                var key = constraint.Key;
                var value = constraint.Value;
                switch (key)
                {
                    case "minLength":
                    case "maxLength":
                        if (!Applies(constraint, isStringLike, typeText, "string fields and lists or maps of strings"))
                        {
                            break;
                        }

                        if (NonNegative(constraint) is { } length)
                        {
                            counts[key] = constraint;
                            if (key == "minLength")
                            {
                                minLength = length;
                            }
                            else
                            {
                                maxLength = length;
                            }
                        }

                        break;
                    case "pattern":
                        if (!Applies(constraint, isStringLike, typeText, "string fields and lists or maps of strings"))
                        {
                            break;
                        }

                        if (RegexError(value.Text) is { } regexError)
                        {
                            Report(DiagnosticDescriptors.InvalidPattern, value.Location, value.Text, regexError);
                        }
                        else
                        {
                            pattern = value.Text;
                        }

                        break;
                    case "minimum":
                    case "maximum":
                    case "exclusiveMinimum":
                    case "exclusiveMaximum":
                        if (!Applies(constraint, isOrdered, typeText, "int, long, double, decimal, date and datetime fields (and lists or maps of them)"))
                        {
                            break;
                        }

                        if (ParseBound(itemPrimitive, value.Text, out var canonical, out var comparable, out var expected))
                        {
                            bounds[key] = (canonical, comparable, constraint);
                        }
                        else
                        {
                            Report(DiagnosticDescriptors.InvalidValue, value.Location, key, expected, Describe(value));
                        }

                        break;
                    case "minItems":
                    case "maxItems":
                        if (!Applies(constraint, isList, typeText, "lists"))
                        {
                            break;
                        }

                        if (NonNegative(constraint) is { } itemCount)
                        {
                            counts[key] = constraint;
                            if (key == "minItems")
                            {
                                minItems = itemCount;
                            }
                            else
                            {
                                maxItems = itemCount;
                            }
                        }

                        break;
                    case "uniqueItems":
                        if (!Applies(constraint, isList, typeText, "lists"))
                        {
                            break;
                        }

                        if (!value.Quoted && (value.Text == "true" || value.Text == "false"))
                        {
                            uniqueItems = value.Text == "true";
                        }
                        else
                        {
                            Report(DiagnosticDescriptors.InvalidValue, value.Location, key, "true or false", Describe(value));
                        }

                        break;
                }
            }

            CheckCountRange(counts, minLength, maxLength, "minLength", "maxLength");
            CheckCountRange(counts, minItems, maxItems, "minItems", "maxItems");
            CheckBoundRange(bounds, "minimum", "maximum", strict: false);
            CheckBoundRange(bounds, "exclusiveMinimum", "exclusiveMaximum", strict: true);
            CheckBoundRange(bounds, "minimum", "exclusiveMaximum", strict: true);
            CheckBoundRange(bounds, "exclusiveMinimum", "maximum", strict: true);

            return new FieldConstraints
            {
                MinLength = minLength,
                MaxLength = maxLength,
                Pattern = pattern,
                Minimum = bounds.TryGetValue("minimum", out var min) ? min.Text : null,
                Maximum = bounds.TryGetValue("maximum", out var max) ? max.Text : null,
                ExclusiveMinimum = bounds.TryGetValue("exclusiveMinimum", out var exMin) ? exMin.Text : null,
                ExclusiveMaximum = bounds.TryGetValue("exclusiveMaximum", out var exMax) ? exMax.Text : null,
                MinItems = minItems,
                MaxItems = maxItems,
                UniqueItems = uniqueItems,
            };
        }

        private bool Applies(ConstraintDecl constraint, bool applies, string typeText, string appliesTo)
        {
            if (!applies)
            {
                Report(DiagnosticDescriptors.ConstraintTypeMismatch, constraint.KeyLocation, constraint.Key, typeText, appliesTo);
            }

            return applies;
        }

        private int? NonNegative(ConstraintDecl constraint)
        {
            if (int.TryParse(constraint.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Report(DiagnosticDescriptors.InvalidValue, constraint.Value.Location, constraint.Key, "a whole number from 0 to " + int.MaxValue, Describe(constraint.Value));
            return null;
        }

        private void CheckCountRange(Dictionary<string, ConstraintDecl> decls, int? lower, int? upper, string lowerKey, string upperKey)
        {
            if (lower is { } l && upper is { } u && l > u)
            {
                Report(DiagnosticDescriptors.InvalidRange, decls[lowerKey].KeyLocation, lowerKey, l.ToString(CultureInfo.InvariantCulture), upperKey, u.ToString(CultureInfo.InvariantCulture));
            }
        }

        private void CheckBoundRange(Dictionary<string, (string Text, IComparable Value, ConstraintDecl Decl)> bounds, string lowerKey, string upperKey, bool strict)
        {
            if (bounds.TryGetValue(lowerKey, out var lower) && bounds.TryGetValue(upperKey, out var upper))
            {
                var comparison = lower.Value.CompareTo(upper.Value);
                if (comparison > 0 || (strict && comparison == 0))
                {
                    Report(DiagnosticDescriptors.InvalidRange, lower.Decl.KeyLocation, lowerKey, lower.Text, upperKey, upper.Text);
                }
            }
        }

        private string? ResolveDefault(FieldDecl field, TypeRefModel type, string typeText)
        {
            var value = field.Default;
            if (value is null)
            {
                return null;
            }

            string? problem = null;
            string? canonical = null;
            if (field.Required)
            {
                Report(DiagnosticDescriptors.DefaultOnRequiredField, value.Location, field.Name);
                return null;
            }

            if (!value.Quoted && IsNullText(value.Text))
            {
                problem = "null is not a default; leave 'default' out instead";
            }
            else if (type.Kind == TypeRefKind.Enum)
            {
                var enumType = _types[type.Name!];
                if (enumType.Members.Any(m => m.WireName == value.Text))
                {
                    canonical = value.Text;
                }
                else
                {
                    var wires = enumType.Members.Select(m => m.WireName).ToList();
                    var closest = Suggestions.Closest(value.Text, wires);
                    problem = "it is not one of the values " + string.Join(", ", wires) + (closest is null ? string.Empty : "; did you mean '" + closest + "'?");
                }
            }
            else if (type.Kind == TypeRefKind.Primitive)
            {
                canonical = ParseDefault(type.Primitive, value, out problem);
            }
            else
            {
                problem = "only fields of a built-in scalar type or an enum can have a default";
            }

            if (canonical is null)
            {
                Report(DiagnosticDescriptors.InvalidDefault, value.Location, value.Text, typeText, problem ?? "it cannot be read");
            }

            return canonical;
        }

        private static string? ParseDefault(PrimitiveKind primitive, ScalarDecl value, out string? problem)
        {
            var text = value.Text;
            problem = null;
            switch (primitive)
            {
                case PrimitiveKind.String:
                    return text;
                case PrimitiveKind.Int:
                    if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i))
                    {
                        return i.ToString(CultureInfo.InvariantCulture);
                    }

                    problem = "expected a whole number from " + int.MinValue + " to " + int.MaxValue;
                    return null;
                case PrimitiveKind.Long:
                    if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
                    {
                        return l.ToString(CultureInfo.InvariantCulture);
                    }

                    problem = "expected a whole number from " + long.MinValue + " to " + long.MaxValue;
                    return null;
                case PrimitiveKind.Bool:
                    if (!value.Quoted && (text == "true" || text == "false"))
                    {
                        return text;
                    }

                    problem = "expected true or false";
                    return null;
                case PrimitiveKind.Uri:
                    if (Regex.IsMatch(text, "^[A-Za-z][A-Za-z0-9+.-]*:") && Uri.TryCreate(text, UriKind.Absolute, out var uri))
                    {
                        return uri.OriginalString;
                    }

                    problem = "expected an absolute URI such as https://example.org/";
                    return null;
                default:
                    if (ParseBound(primitive, text, out var canonical, out _, out var expected))
                    {
                        return canonical;
                    }

                    problem = "expected " + expected;
                    return null;
            }
        }

        /// <summary>Parses a bound or default of an ordered type into canonical invariant text and a comparable value.</summary>
        private static bool ParseBound(PrimitiveKind primitive, string text, out string canonical, out IComparable comparable, out string expected)
        {
            canonical = string.Empty;
            comparable = 0;
            text = text.Trim();
            switch (primitive)
            {
                case PrimitiveKind.Double:
                    expected = "a finite number";
                    if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsNaN(d) && !double.IsInfinity(d))
                    {
                        canonical = d.ToString("R", CultureInfo.InvariantCulture);
                        comparable = d;
                        return true;
                    }

                    return false;
                case PrimitiveKind.Date:
                    expected = "a date in the form yyyy-MM-dd";
                    if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    {
                        canonical = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                        comparable = date;
                        return true;
                    }

                    return false;
                case PrimitiveKind.DateTime:
                    expected = "a date and time with an offset, such as 2026-01-24T10:00:00Z";
                    if (Regex.IsMatch(text, @"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?([Zz]|[+-][0-9]{2}:?[0-9]{2})\z")
                        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto))
                    {
                        canonical = dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
                        comparable = dto;
                        return true;
                    }

                    return false;
                default:
                    expected = primitive is PrimitiveKind.Int or PrimitiveKind.Long ? "a number" : "a decimal number";
                    if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var m))
                    {
                        canonical = CanonicalDecimal(m);
                        comparable = m;
                        return true;
                    }

                    return false;
            }
        }

        private static string CanonicalDecimal(decimal value)
        {
            var text = value.ToString(CultureInfo.InvariantCulture);
            if (text.IndexOf('.') >= 0)
            {
                text = text.TrimEnd('0').TrimEnd('.');
            }

            return text == "-0" ? "0" : text;
        }

        private static bool IsNullText(string text) => text.Length == 0 || text == "~" || text == "null" || text == "Null" || text == "NULL";

        private static string Describe(ScalarDecl value)
        {
            var text = value.Text.Length > 40 ? value.Text.Substring(0, 40) + "…" : value.Text;
            return value.Quoted ? "the string \"" + text + "\"" : "'" + text + "'";
        }

        /// <summary>
        /// Whether a pattern compiles, remembered across runs: re-resolving after an edit should
        /// not compile every pattern of every file again. The answer depends on the text only.
        /// </summary>
        private static string? RegexError(string pattern)
        {
            if (RegexErrors.TryGetValue(pattern, out var known))
            {
                return known.Length == 0 ? null : known;
            }

            string error;
            try
            {
                _ = new Regex(EcmaPattern.ToDotNet(pattern), RegexOptions.None, TimeSpan.FromSeconds(1));
                error = string.Empty;
            }
            catch (ArgumentException ex)
            {
                error = ex.Message;
            }

            if (RegexErrors.Count > 4096)
            {
                RegexErrors.Clear();
            }

            RegexErrors[pattern] = error;
            return error.Length == 0 ? null : error;
        }

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> RegexErrors = new(StringComparer.Ordinal);

        private void Report(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
    }
}
