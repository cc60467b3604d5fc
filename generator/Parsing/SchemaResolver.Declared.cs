using System.Collections.Generic;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

internal static partial class SchemaResolver
{
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
}
