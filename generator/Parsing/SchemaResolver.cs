using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
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
/// <para>
/// <c>Resolver.Run</c> runs the phases in order, one partial file each: declare and check types
/// (<c>SchemaResolver.Types.cs</c>), extends cycles and families (<c>.Families.cs</c>), plurals
/// (<c>.Plurals.cs</c>), fields and type expressions (<c>.Fields.cs</c>, <c>.TypeExpressions.cs</c>),
/// constraints and defaults (<c>.Constraints.cs</c>, <c>.Defaults.cs</c>), and the models
/// (<c>.Models.cs</c>). What the phases know of a type is kept in <c>Declared</c> (<c>.Declared.cs</c>).
/// </para>
/// </remarks>
internal static partial class SchemaResolver
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

    /// <summary>One resolution: the phases run in order over the declared types, each reporting into one list.</summary>
    private sealed partial class Resolver
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

        /// <summary>Runs the phases in order; each file of this class holds one of them.</summary>
        public ResolvedSchema Run(ImmutableArray<SchemaFile> files)
        {
            CheckOptions();
            Declare(files);
            CheckTypes();
            CheckExtendsCycles();
            ResolveFamilies();
            AssignPlurals();

            // Fields, their type expressions, constraints and defaults are resolved as the models are built.
            var models = BuildModels();
            var catalog = BuildCatalog();
            return new ResolvedSchema(models, catalog, SortedDiagnostics());
        }

        /// <summary>The diagnostics in file and position order (then by id, then as reported), so output is deterministic.</summary>
        private EquatableArray<DiagnosticInfo> SortedDiagnostics()
            => _diagnostics
                .Select((d, i) => (d, i))
                .OrderBy(x => x.d.Location?.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(x => x.d.Location?.Span.Start ?? -1)
                .ThenBy(x => x.d.Descriptor.Id, StringComparer.Ordinal)
                .ThenBy(x => x.i)
                .Select(x => x.d)
                .ToEquatableArray();

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

        /// <summary>A location as the messages write it: <c>path(line,column)</c>.</summary>
        private static string At(LocationInfo at)
            => at.FilePath + "(" + (at.LineSpan.Start.Line + 1) + "," + (at.LineSpan.Start.Character + 1) + ")";

        /// <summary>A kind with its article, as the messages write it: "an entity".</summary>
        private static string A(TypeKind kind) => kind switch
        {
            TypeKind.Entity => "an entity",
            TypeKind.Enum => "an enum",
            _ => "a record",
        };

        /// <summary>A scalar as the messages quote it, cut at 40 characters.</summary>
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
