using NewsSchema.Generated;
using System;
using System.Collections.Concurrent;
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

namespace NewsSchema.Generator.DataCheck;

/// <summary>
/// Reports data errors of the declared data files (NSD0001 onward) as the IDE and the build run
/// analyzers: each file's parse and validation errors from an additional-file action (so the
/// IDE underlines a file as it is edited), and <c>duplicate-id</c> / <c>unresolved-reference</c>,
/// which need every file, from a compilation-end action. The generator reports the same errors
/// only when analyzers are off (<see cref="DataFiles.AnalyzersRun"/>), so each is reported once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DataFileAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.DataByCode.Values.Append(DiagnosticDescriptors.DataFileNotChecked).Distinct().ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var options = start.Options;
            var provider = options.AnalyzerConfigOptionsProvider;
            var dataFiles = options.AdditionalFiles.Where(f => DataFiles.IsDataFile(provider.GetOptions(f))).ToList();
            if (dataFiles.Count == 0)
            {
                return;
            }

            var schemaOptions = GeneratorOptionsReader.Read(provider.GlobalOptions);
            var session = new Session(SchemaCache.Get(options.AdditionalFiles, schemaOptions, start.CancellationToken), dataFiles, provider);
            start.RegisterAdditionalFileAction(session.AnalyzeFile);
            start.RegisterCompilationEndAction(session.ReportReferences);
        });
    }

    /// <summary>One compilation's data files; each file's own check is cached by its text (unchanged files are not re-read).</summary>
    private sealed class Session
    {
        private static readonly ConditionalWeakTable<SourceText, CachedCheck> s_checks = new();

        private readonly DataSchema _schema;
        private readonly List<AdditionalText> _files;
        private readonly AnalyzerConfigOptionsProvider _provider;
        private readonly ConcurrentDictionary<string, FileCheckResult> _results = new(StringComparer.Ordinal);

        public Session(DataSchema schema, List<AdditionalText> files, AnalyzerConfigOptionsProvider provider)
        {
            _schema = schema;
            _files = files;
            _provider = provider;
        }

        public void AnalyzeFile(AdditionalFileAnalysisContext context)
        {
            var file = context.AdditionalFile;
            if (!_files.Contains(file))
            {
                return;
            }

            if (file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                context.ReportDiagnostic(DataFiles.NotChecked(file.Path));
                return;
            }

            var result = Result(file, context.CancellationToken);
            if (result.Errors.Count == 0)
            {
                return;
            }

            // Entity paths count within this file (as a merged catalog numbers them): no other file is needed.
            var text = file.GetText(context.CancellationToken);
            foreach (var error in DataChecker.FileErrors(result))
            {
                context.ReportDiagnostic(DataFiles.ToDiagnostic(error, text));
            }
        }

        public void ReportReferences(CompilationAnalysisContext context)
        {
            var texts = _files.ToDictionary(f => f.Path, f => f, StringComparer.Ordinal);
            foreach (var error in DataChecker.ReferencePass(_schema, All(context.CancellationToken)))
            {
                var text = texts.TryGetValue(error.Source, out var file) ? file.GetText(context.CancellationToken) : null;
                context.ReportDiagnostic(DataFiles.ToDiagnostic(error, text));
            }
        }

        private IReadOnlyList<FileCheckResult> All(CancellationToken cancellationToken)
            => _files.Select(f => Result(f, cancellationToken)).ToList();

        private FileCheckResult Result(AdditionalText file, CancellationToken cancellationToken)
            => _results.GetOrAdd(file.Path, _ =>
            {
                if (file.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    return DataChecker.Unchecked(file.Path, notChecked: false);
                }

                var text = file.GetText(cancellationToken);
                var input = DataFiles.Read(file, _provider.GetOptions(file), cancellationToken)!;
                if (text is not null && s_checks.TryGetValue(text, out var cached) && cached.Schema.Equals(_schema) && cached.Input.Equals(input))
                {
                    return cached.Result;
                }

                var result = DataChecker.CheckFile(_schema, input.ToInput(), cancellationToken);
                if (text is not null)
                {
                    s_checks.Remove(text);
                    s_checks.Add(text, new CachedCheck(_schema, input, result));
                }

                return result;
            });
    }

    private sealed record CachedCheck(DataSchema Schema, DataFileText Input, FileCheckResult Result);

    /// <summary>The resolved schema of the last set of schema files seen: resolved again only when a schema file changes.</summary>
    private static class SchemaCache
    {
        private static readonly object s_lock = new();
        private static (EquatableArray<SchemaText> Key, GeneratorOptions Options, DataSchema Schema)? s_last;

        /// <summary>The schema as the generator resolves it (same options), so a <c>Type</c> metadata names the same types in both.</summary>
        public static DataSchema Get(ImmutableArray<AdditionalText> files, GeneratorOptions options, CancellationToken cancellationToken)
        {
            var key = files
                .Where(f => NewsSchemaGenerator.IsSchemaPath(f.Path))
                .Select(f => new SchemaText(f.Path, f.GetText(cancellationToken)?.ToString() ?? string.Empty))
                .ToEquatableArray();
            lock (s_lock)
            {
                if (s_last is { } last && last.Key.Equals(key) && last.Options.Equals(options))
                {
                    return last.Schema;
                }
            }

            var parsed = ImmutableArray.CreateRange(key.Select(s => SchemaParser.Parse(s.Path, s.Text, cancellationToken)));
            var schema = new DataSchema(SchemaResolver.Resolve(parsed, options, cancellationToken));
            lock (s_lock)
            {
                s_last = (key, options, schema);
            }

            return schema;
        }
    }
}
