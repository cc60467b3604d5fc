using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;

namespace NewsSchema.Generator;

/// <summary>
/// Reports every schema mistake at its place in the schema file, as the IDE runs analyzers
/// (underlined as you type), and in <c>dotnet build</c>. It calls the generator's own parser and
/// resolver through <see cref="SchemaCheck"/>: one implementation, not two.
/// </summary>
/// <remarks>
/// <para>Cross-file mistakes (an unknown type, a duplicate type, a cycle) need every schema file.
/// The analyzer analyzes the whole set per file: a compilation-start action collects the schema
/// files of <see cref="AnalyzerOptions.AdditionalFiles"/>, and the first additional-file action
/// that needs them parses and resolves all of them once for that compilation. Each file's action
/// then reports the diagnostics located in its file. So a mistake in file A that makes file B's
/// reference unknown is reported in B as soon as B is analyzed, and clears when A is fixed. A
/// compilation-end action would not do: the IDE runs those only with full-solution analysis.</para>
/// <para>Each schema text is parsed once per analyzer instance: the parse is cached per
/// <see cref="SourceText"/> (the IDE keeps the same text object for a file that did not change), so
/// an edit re-parses the edited file and resolves the set again, as the generator's pipeline does.</para>
/// <para>Not reported here: NSG0025 (an internal error of the generator, reported by the generator
/// only) and diagnostics without a place in a schema file (an invalid <c>NewsSchemaNamespace</c> or
/// <c>NewsSchemaCatalogName</c>), which the generator reports on the project.
/// <see cref="GeneratorReporting"/> says when the generator reports the rest.</para>
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SchemaAnalyzer : DiagnosticAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> Supported = ImmutableArray.Create(
        DiagnosticDescriptors.YamlSyntax,
        DiagnosticDescriptors.UnknownKey,
        DiagnosticDescriptors.UnknownType,
        DiagnosticDescriptors.DuplicateType,
        DiagnosticDescriptors.DuplicateField,
        DiagnosticDescriptors.ConstraintTypeMismatch,
        DiagnosticDescriptors.InvalidPattern,
        DiagnosticDescriptors.InvalidRange,
        DiagnosticDescriptors.RefToNonEntity,
        DiagnosticDescriptors.InheritanceCycle,
        DiagnosticDescriptors.InvalidIdentifier,
        DiagnosticDescriptors.KeywordName,
        DiagnosticDescriptors.InvalidValue,
        DiagnosticDescriptors.MissingKey,
        DiagnosticDescriptors.InvalidTypeExpression,
        DiagnosticDescriptors.InvalidDefault,
        DiagnosticDescriptors.DuplicateEnumValue,
        DiagnosticDescriptors.InvalidNamespace,
        DiagnosticDescriptors.DuplicatePlural,
        DiagnosticDescriptors.DuplicateKey,
        DiagnosticDescriptors.ReservedMemberName,
        DiagnosticDescriptors.KeyNotValidForKind,
        DiagnosticDescriptors.EmptySchema,
        DiagnosticDescriptors.ExtendsNonAbstract,
        DiagnosticDescriptors.ExtendsKindMismatch,
        DiagnosticDescriptors.FieldRedeclared,
        DiagnosticDescriptors.DuplicateTag,
        DiagnosticDescriptors.DefaultOnRequiredField);

    private static readonly ImmutableHashSet<string> SupportedIds = Supported.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Parsed schema texts, per text object; entries go when the text is collected.</summary>
    private readonly ConditionalWeakTable<SourceText, ParsedText> _parsed = new();

    /// <summary>The last set resolved, so a C# edit (new compilation, same schema texts) does not resolve again.</summary>
    private ResolvedSet? _lastSet;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Supported;

    /// <summary>
    /// True for a diagnostic this analyzer reports (it has a place in a schema file and is not an
    /// internal error); the generator reports the others itself, always.
    /// </summary>
    internal static bool Reports(DiagnosticInfo diagnostic)
        => diagnostic.Location is not null && SupportedIds.Contains(diagnostic.Descriptor.Id);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var schemas = start.Options.AdditionalFiles.Where(t => NewsSchemaGenerator.IsSchemaPath(t.Path)).ToImmutableArray();
            if (schemas.IsEmpty)
            {
                return;
            }

            var options = GeneratorOptionsReader.Read(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var set = new SchemaSet(this, schemas, options);
            start.RegisterAdditionalFileAction(set.AnalyzeFile);
        });
    }

    private SchemaFile Parse(AdditionalText text, CancellationToken cancellationToken)
    {
        var source = text.GetText(cancellationToken);
        if (source is null)
        {
            return SchemaCheck.ParseFile(text.Path, string.Empty, cancellationToken);
        }

        lock (_parsed)
        {
            if (_parsed.TryGetValue(source, out var cached) && string.Equals(cached.Path, text.Path, StringComparison.Ordinal))
            {
                return cached.File;
            }
        }

        var file = SchemaCheck.ParseFile(text.Path, source.ToString(), cancellationToken);
        lock (_parsed)
        {
            _parsed.Remove(source);
            _parsed.Add(source, new ParsedText(text.Path, file));
        }

        return file;
    }

    private ResolvedSchema Check(ImmutableArray<SchemaFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var last = _lastSet;
        if (last is not null && last.Options.Equals(options) && last.Files.Length == files.Length
            && last.Files.Zip(files, (a, b) => ReferenceEquals(a, b)).All(same => same))
        {
            return last.Result;
        }

        var result = SchemaCheck.Check(files, options, cancellationToken);
        _lastSet = new ResolvedSet(files, options, result);
        return result;
    }

    private sealed class ParsedText
    {
        public ParsedText(string path, SchemaFile file)
        {
            Path = path;
            File = file;
        }

        public string Path { get; }

        public SchemaFile File { get; }
    }

    private sealed class ResolvedSet
    {
        public ResolvedSet(ImmutableArray<SchemaFile> files, GeneratorOptions options, ResolvedSchema result)
        {
            Files = files;
            Options = options;
            Result = result;
        }

        public ImmutableArray<SchemaFile> Files { get; }

        public GeneratorOptions Options { get; }

        public ResolvedSchema Result { get; }
    }

    /// <summary>The schema files of one compilation, checked together once, on first need.</summary>
    private sealed class SchemaSet
    {
        private readonly SchemaAnalyzer _owner;
        private readonly ImmutableArray<AdditionalText> _schemas;
        private readonly GeneratorOptions _options;
        private readonly object _gate = new();
        private Dictionary<string, List<DiagnosticInfo>>? _byPath;

        public SchemaSet(SchemaAnalyzer owner, ImmutableArray<AdditionalText> schemas, GeneratorOptions options)
        {
            _owner = owner;
            _schemas = schemas;
            _options = options;
        }

        public void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var path = context.AdditionalFile.Path;
            if (!NewsSchemaGenerator.IsSchemaPath(path))
            {
                return;
            }

            // A path listed twice is one file: report its mistakes once, from the first item.
            var first = _schemas.FirstOrDefault(t => string.Equals(t.Path, path, StringComparison.Ordinal));
            if (first is not null && !ReferenceEquals(first, context.AdditionalFile))
            {
                return;
            }

            if (!DiagnosticsByPath(context.CancellationToken).TryGetValue(path, out var diagnostics))
            {
                return;
            }

            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private Dictionary<string, List<DiagnosticInfo>> DiagnosticsByPath(CancellationToken cancellationToken)
        {
            lock (_gate)
            {
                // Not a Lazy<T>: a cancelled computation must not be remembered.
                if (_byPath is null)
                {
                    var files = _schemas.Select(t => _owner.Parse(t, cancellationToken)).ToImmutableArray();
                    var resolved = _owner.Check(files, _options, cancellationToken);
                    var byPath = new Dictionary<string, List<DiagnosticInfo>>(StringComparer.Ordinal);
                    foreach (var diagnostic in resolved.Diagnostics)
                    {
                        if (!Reports(diagnostic))
                        {
                            continue;
                        }

                        if (!byPath.TryGetValue(diagnostic.Location!.FilePath, out var list))
                        {
                            byPath.Add(diagnostic.Location.FilePath, list = new List<DiagnosticInfo>());
                        }

                        list.Add(diagnostic);
                    }

                    _byPath = byPath;
                }

                return _byPath;
            }
        }
    }
}
