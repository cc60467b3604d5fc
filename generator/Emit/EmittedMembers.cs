using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Emit;

/// <summary>
/// The member names the emitters write, read from what they write: small probe types (a record, an
/// entity, a family root and member of each kind, a catalog) are emitted once and the member names
/// their generated code declares are collected from its syntax. The resolver reserves these names,
/// so a member a future emitter adds is reserved with no list to update.
/// </summary>
internal static class EmittedMembers
{
    private const string Ns = "NewsSchemaProbe";

    private static readonly Lazy<(HashSet<string> Record, HashSet<string> Entity, HashSet<string> Catalog)> Sets = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Members written on every record (<paramref name="entity"/> false) or entity type, families included.</summary>
    public static IReadOnlyCollection<string> OnType(bool entity) => entity ? Sets.Value.Entity : Sets.Value.Record;

    /// <summary>
    /// Whether a type's member <paramref name="name"/> collides with one the emitters write. Names
    /// written per field end in the field's index (GetRegex0, s_json1): any number after such a
    /// prefix collides too.
    /// </summary>
    public static bool CollidesOnType(string name, bool entity)
    {
        var set = entity ? Sets.Value.Entity : Sets.Value.Record;
        if (set.Contains(name))
        {
            return true;
        }

        var end = name.Length;
        while (end > 0 && char.IsDigit(name[end - 1]))
        {
            end--;
        }

        return end < name.Length && end > 0 && NumberedPrefixes.Value.Contains(name.Substring(0, end));
    }

    private static readonly Lazy<HashSet<string>> NumberedPrefixes = new(
        () => new HashSet<string>(
            Sets.Value.Entity.Concat(Sets.Value.Catalog).Where(n => n.Length > 1 && char.IsDigit(n[n.Length - 1])).Select(n => n.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')).Where(n => n.Length > 0),
            StringComparer.Ordinal),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Members written on the catalog class, besides its one property per entity.</summary>
    public static IReadOnlyCollection<string> OnCatalog => Sets.Value.Catalog;

    private static (HashSet<string>, HashSet<string>, HashSet<string>) Build()
    {
        var record = new HashSet<string>(StringComparer.Ordinal);
        var entity = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in new[] { TypeKind.Record, TypeKind.Entity })
        {
            var into = kind == TypeKind.Entity ? entity : record;
            // Fields of every shape, with constraints, so members written per field (GetRegex0, s_json1, ...) show too.
            var withPattern = FieldConstraints.None with { Pattern = "^a$", MinLength = 1 };
            var fields = new[]
            {
                new FieldModel { WireName = "probeA", PropertyName = "ProbeA", Type = TypeRefModel.Of(PrimitiveKind.String), Required = true, Constraints = withPattern },
                new FieldModel { WireName = "probeB", PropertyName = "ProbeB", Type = TypeRefModel.Of(PrimitiveKind.String), Deprecated = true, DeprecatedMessage = "old", Aliases = new[] { "probeOld" }.ToEquatableArray(), Constraints = withPattern },
                new FieldModel { WireName = "probeC", PropertyName = "ProbeC", Type = TypeRefModel.ListOf(TypeRefModel.Of(PrimitiveKind.Uri)), Constraints = FieldConstraints.None with { MinItems = 1, UniqueItems = true, Pattern = "^b$" } },
                new FieldModel { WireName = "probeD", PropertyName = "ProbeD", Type = TypeRefModel.MapOf(TypeRefModel.Of(PrimitiveKind.Int)), Constraints = FieldConstraints.None with { Minimum = "0" } },
                new FieldModel { WireName = "probeE", PropertyName = "ProbeE", Type = TypeRefModel.Of(PrimitiveKind.Int), DefaultText = "3", Constraints = FieldConstraints.None with { Maximum = "9" } },
            }.ToEquatableArray();
            var plain = new TypeModel { Name = "Plain", Namespace = Ns, Kind = kind, IdPattern = "^a$", Plural = kind == TypeKind.Entity ? "plains" : null, Fields = fields };
            var root = plain with
            {
                Name = "Root",
                Plural = kind == TypeKind.Entity ? "roots" : null,
                IsAbstract = true,
                Discriminator = "kind",
                Subtypes = new[] { new SubtypeModel("leaf", "Leaf", "global::" + Ns + ".Leaf") }.ToEquatableArray(),
                RootName = "Root",
                RootNamespace = Ns,
            };
            var leaf = plain with
            {
                Name = "Leaf",
                Plural = null,
                BaseFullName = "global::" + Ns + ".Root",
                Discriminator = "kind",
                Tag = "leaf",
                InheritedFieldCount = 1,
                RootName = "Root",
                RootNamespace = Ns,
                Ancestors = new[] { "global::" + Ns + ".Root" }.ToEquatableArray(),
            };
            foreach (var probe in new[] { plain, root, leaf })
            {
                foreach (var (_, source) in TypeEmitter.Emit(probe, CancellationToken.None))
                {
                    Collect(source, probe.Name, into);
                }
            }

            into.RemoveWhere(n => n.StartsWith("Probe", StringComparison.Ordinal) || n.StartsWith("_probe", StringComparison.Ordinal));
        }

        entity.UnionWith(record);
        var catalog = new HashSet<string>(StringComparer.Ordinal);
        var model = new CatalogModel(Ns, "ProbeCatalog", new[] { new CatalogEntityModel { Name = "Plain", FullName = "global::" + Ns + ".Plain", IdFullName = "global::" + Ns + ".PlainId", Plural = "plains", PropertyName = "Plains" } }.ToEquatableArray());
        Collect(CatalogEmitter.Emit(model, CancellationToken.None).Source, "ProbeCatalog", catalog);
        catalog.Remove("Plains");
        return (record, entity, catalog);
    }

    private static void Collect(string source, string typeName, HashSet<string> into)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        foreach (var type in root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(t => t.Identifier.ValueText == typeName))
        {
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case MethodDeclarationSyntax m:
                        into.Add(m.Identifier.ValueText);
                        break;
                    case PropertyDeclarationSyntax p:
                        into.Add(p.Identifier.ValueText);
                        break;
                    case BaseFieldDeclarationSyntax f:
                        foreach (var v in f.Declaration.Variables)
                        {
                            into.Add(v.Identifier.ValueText);
                        }

                        break;
                    case EventDeclarationSyntax e:
                        into.Add(e.Identifier.ValueText);
                        break;
                    case BaseTypeDeclarationSyntax t:
                        into.Add(t.Identifier.ValueText);
                        break;
                    case DelegateDeclarationSyntax d:
                        into.Add(d.Identifier.ValueText);
                        break;
                }
            }
        }
    }
}
