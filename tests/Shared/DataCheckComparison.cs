#if NEWSSCHEMA_GENERATOR_ALIAS
extern alias gen;
#endif

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
#if NEWSSCHEMA_GENERATOR_ALIAS
using gen::NewsSchema.Generator.DataCheck;
#else
using NewsSchema.Generator.DataCheck;
#endif

namespace NewsSchema.Tests.Shared;

/// <summary>
/// The machinery of issue 17's differential tests, shared by the runtime's and the sample's:
/// one document through every generated record and entity type (ParseYaml + Validate) and the
/// catalog on the run-time side, and through the build-time data check on the other, compared
/// as sorted "source(line,col) code at 'path': message" keys. <c>custom</c> errors are left out of
/// the runtime side: ValidateCustom cannot run at build time.
/// </summary>
internal sealed class DataCheckComparison
{
    private readonly DataCheckSchema _schema;
    private readonly Func<IReadOnlyList<(string Path, string Text)>, IReadOnlyList<DataError>> _runCatalog;
    private readonly int _typesPerFuzzedDocument;

    /// <param name="schema">The build-time check of the project's schemas.</param>
    /// <param name="model">Any generated type: its namespace's records and entities are compared.</param>
    /// <param name="runCatalog">The catalog's run-time side, as the NewsDesk checker runs it.</param>
    /// <param name="typesPerFuzzedDocument">How many types (picked by the seeded random) each fuzzed document goes through.</param>
    public DataCheckComparison(DataCheckSchema schema, Type model, Func<IReadOnlyList<(string Path, string Text)>, IReadOnlyList<DataError>> runCatalog, int typesPerFuzzedDocument)
    {
        _schema = schema;
        _runCatalog = runCatalog;
        _typesPerFuzzedDocument = typesPerFuzzedDocument;
        Types = model.Assembly.GetTypes()
            .Where(t => t.Namespace == model.Namespace && t.GetMethod("ValidateInto", BindingFlags.NonPublic | BindingFlags.Instance) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (t.FullName!, (Func<string, string, IReadOnlyList<DataError>>)((text, source) => RunType(t, text, source))))
            .ToList();
    }

    /// <summary>Every generated record and entity type with its ParseYaml and Validate.</summary>
    public IReadOnlyList<(string Name, Func<string, string, IReadOnlyList<DataError>> Run)> Types { get; }

    private static IReadOnlyList<DataError> RunType(Type type, string text, string source)
    {
        var parse = type.GetMethod("ParseYaml", BindingFlags.Public | BindingFlags.Static, new[] { typeof(string), typeof(string), typeof(ParseOptions) })!;
        var result = parse.Invoke(null, new object?[] { text, source, null })!;
        var resultType = result.GetType();
        if (!(bool)resultType.GetProperty("IsSuccess")!.GetValue(result)!)
        {
            return (IReadOnlyList<DataError>)resultType.GetProperty("Errors")!.GetValue(result)!;
        }

        var value = resultType.GetProperty("Value")!.GetValue(result)!;
        var positions = (SourcePositions?)resultType.GetProperty("Positions")!.GetValue(result);
        var validate = type.GetMethod("Validate", new[] { typeof(SourcePositions) })!;
        return ((ValidationResult)validate.Invoke(value, new object?[] { positions })!).Errors;
    }

    private static string Key(string code, string path, int line, int column, string message, string? source)
        => $"{source}({line},{column}) {code} at '{path}': {message}";

    public static List<string> Runtime(IEnumerable<DataError> errors)
        => errors.Where(e => e.Code != DataErrorCodes.Custom).Select(e => Key(e.Code, e.Path, e.Line, e.Column, e.Message, e.Source)).OrderBy(k => k, StringComparer.Ordinal).ToList();

    public static List<string> BuildTime(IEnumerable<DataCheckError> errors)
        => errors.Select(e => Key(e.Code, e.Path, e.Line, e.Column, e.Message, e.Source)).OrderBy(k => k, StringComparer.Ordinal).ToList();

    /// <summary>Runs one document through every type and the catalog on both sides; returns how many comparisons and the errors compared.</summary>
    public (int Comparisons, int Errors) Compare(string source, string text, List<string> failures, Random? pick = null)
    {
        var comparisons = 0;
        var errors = 0;
        var types = pick is null ? Types : Types.OrderBy(_ => pick.Next()).Take(_typesPerFuzzedDocument).ToList();
        foreach (var (name, run) in types)
        {
            var expected = Runtime(run(text, source));
            // A single-entity file: the runtime's T.ParseYaml + Validate has no catalog to resolve refs
            // against, so the build's cross-file codes are left out here; the catalog runs below and
            // the test classes' cross-file tests cover them.
            var actual = BuildTime(_schema.Check(new[] { new DataFileInput(source, text, name) }).Where(e => e.Code is not ("unresolved-reference" or "duplicate-id")));
            comparisons++;
            errors += expected.Count;
            if (!expected.SequenceEqual(actual))
            {
                failures.Add($"{source} as {name}:\n  runtime:\n    {string.Join("\n    ", expected)}\n  build time:\n    {string.Join("\n    ", actual)}\n  text: {Escape(text)}");
            }
        }

        var catalogExpected = Runtime(_runCatalog(new[] { (source, text) }));
        var catalogActual = BuildTime(_schema.Check(new[] { new DataFileInput(source, text) }));
        comparisons++;
        errors += catalogExpected.Count;
        if (!catalogExpected.SequenceEqual(catalogActual))
        {
            failures.Add($"{source} as the catalog:\n  runtime:\n    {string.Join("\n    ", catalogExpected)}\n  build time:\n    {string.Join("\n    ", catalogActual)}\n  text: {Escape(text)}");
        }

        return (comparisons, errors);
    }

    private static string Escape(string text) => text.Length > 400 ? text.Substring(0, 400).Replace("\n", "\\n") + "..." : text.Replace("\n", "\\n");


    private static readonly string[] Inserts = { "[", "{", "]", "}", "&a ", "*a", "!tag ", "!!str ", "!!int ", "\t", "\"", "'", ":", ": ", "- ", "\n", "\n  ", "#", "?", "|", ">", "---\n", "\\", "é", "😀", ",", "null", "~", "1e999", "-1", "0", "2026-02-30", "true", "x" };

    /// <summary>One to four edits: cut, delete, duplicate a span, swap lines, or insert YAML punctuation and values.</summary>
    public static string Mutate(string seed, Random random)
    {
        var text = new StringBuilder(seed);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && text.Length > 0; e++)
        {
            var at = random.Next(text.Length);
            switch (random.Next(6))
            {
                case 0:
                    text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(3)));
                    break;
                case 1:
                    text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(20)));
                    break;
                case 2:
                    var count = Math.Min(text.Length - at, 1 + random.Next(60));
                    text.Insert(at, text.ToString(at, count));
                    break;
                case 3:
                    var lines = text.ToString().Split('\n');
                    var i = random.Next(lines.Length);
                    var j = random.Next(lines.Length);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    text.Clear().Append(string.Join("\n", lines));
                    break;
                default:
                    text.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
            }
        }

        return text.ToString();
    }
}
