using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Model;

namespace NewsSchema.Generator.Parsing;

/// <summary>
/// Reads one schema file into declarations plus located diagnostics. Never throws (except
/// <see cref="OperationCanceledException"/>): anything unexpected becomes NSG0025.
/// </summary>
/// <remarks>
/// Decisions where the contract leaves room:
/// <list type="bullet">
/// <item>Only the first YAML document counts. A second document (<c>---</c>) is reported as NSG0001 at its
/// start and ignored; the types of the first document are still generated.</item>
/// <item>Anchors are allowed and ignored; aliases (<c>*name</c>) are never expanded and are reported as
/// NSG0013 wherever a value is expected, so alias bombs cannot hang the build.</item>
/// <item>Duplicate keys in the <c>types</c> mapping are duplicate type names (NSG0004, from the resolver),
/// and duplicate keys in a <c>fields</c> mapping are duplicate fields (NSG0005); every other duplicate
/// key is NSG0021.</item>
/// </list>
/// <para>
/// The reader is split by what it reads: the top level here, types (<c>SchemaParser.Types.cs</c>),
/// fields (<c>.Fields.cs</c>), enum values (<c>.EnumValues.cs</c>), and the checked reading of
/// mappings, strings and booleans they all share (<c>.Nodes.cs</c>).
/// </para>
/// </remarks>
internal static partial class SchemaParser
{
    internal static readonly string[] TopKeys = { "namespace", "types" };

    internal static readonly string[] TypeKeys = { "kind", "description", "plural", "idPattern", "fields", "values", "extends", "abstract", "discriminator", "tag", "renamedFrom" };
    internal static readonly string[] FieldKeys =
    {
        "type", "required", "description", "default", "deprecated", "aliases", "renamedFrom",
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
        "minItems", "maxItems", "uniqueItems",
    };

    internal static readonly string[] ConstraintKeys =
    {
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems",
    };

    internal static readonly string[] EnumValueKeys = { "name", "description", "renamedFrom" };
    internal static readonly string[] Kinds = { "entity", "record", "enum" };

    /// <summary>Names of the schema language's own types; a declared type may not take them.</summary>
    internal static readonly string[] BuiltInTypeNames = { "string", "int", "long", "double", "decimal", "bool", "date", "datetime", "uri", "ref", "list", "map" };

    public static SchemaFile Parse(string path, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        path ??= string.Empty;
        try
        {
            TestHooks.Check("parse");
            return new Reader(path, cancellationToken).Read(text ?? string.Empty);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex)
        {
            var diagnostic = DiagnosticInfo.Create(
                DiagnosticDescriptors.InternalError,
                StartOfFile(path),
                "schema file '" + FileName(path) + "'",
                ex.GetType().Name + ": " + ex.Message);
            return new SchemaFile(path, null, null, EquatableArray<TypeDecl>.Empty, new[] { diagnostic }.ToEquatableArray());
        }
    }

    internal static LocationInfo StartOfFile(string path) => LocationInfo.FromMarks(path, 0, 1, 1, 0, 1, 1);

    internal static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash >= 0 ? path.Substring(slash + 1) : path;
    }
    /// <summary>One file's reading: the top level here, types, fields, enum values and nodes in the other parts.</summary>
    private sealed partial class Reader
    {
        private readonly string _path;
        private readonly CancellationToken _ct;
        private readonly List<DiagnosticInfo> _diagnostics = new();

        public Reader(string path, CancellationToken ct)
        {
            _path = path;
            _ct = ct;
        }

        public SchemaFile Read(string text)
        {
            var yaml = YamlTreeReader.Read(text, _ct);
            if (yaml.SyntaxError is not null)
            {
                var start = yaml.ErrorStart;
                Report(DiagnosticDescriptors.YamlSyntax, LocationInfo.FromMarks(_path, start.Index, start.Line, start.Column, start.Index, start.Line, start.Column), yaml.SyntaxError);
                return Result(null, null, new List<TypeDecl>());
            }

            if (yaml.SecondDocumentStart is { } second)
            {
                Report(
                    DiagnosticDescriptors.YamlSyntax,
                    LocationInfo.FromMarks(_path, second.Index, second.Line, second.Column, second.Index + 3, second.Line, second.Column + 3),
                    "a schema file holds one YAML document; this second document is ignored");
            }

            string? ns = null;
            LocationInfo? nsLocation = null;
            var types = new List<TypeDecl>();
            var root = yaml.Root;

            if (root is null || (root is YScalar rootScalar && rootScalar.IsNull))
            {
                Report(DiagnosticDescriptors.EmptySchema, StartOfFile(_path), FileName(_path));
                return Result(null, null, types);
            }

            if (root is not YMapping rootMap)
            {
                Report(DiagnosticDescriptors.InvalidValue, Loc(root), FileName(_path), "a mapping with the keys 'namespace' and 'types'", root.Describe());
                return Result(null, null, types);
            }

            YNode? typesNode = null;
            foreach (var (key, value) in Entries(rootMap, "the top level of the schema file", TopKeys))
            {
                switch (key.Value)
                {
                    case "namespace":
                        if (AsString(key.Value, value, "a namespace such as NewsKit.Model") is { } nsScalar)
                        {
                            ns = nsScalar.Value.Trim();
                            nsLocation = Loc(nsScalar);
                        }

                        break;
                    case "types":
                        typesNode = value;
                        break;
                }
            }

            if (typesNode is YMapping typesMap)
            {
                foreach (var entry in typesMap.Entries)
                {
                    _ct.ThrowIfCancellationRequested();
                    if (entry.Key is not YScalar nameScalar || nameScalar.IsNull)
                    {
                        Report(DiagnosticDescriptors.InvalidValue, Loc(entry.Key), "types", "type names as plain keys", entry.Key.Describe());
                        continue;
                    }

                    types.Add(ReadType(nameScalar, entry.Value));
                }
            }
            else if (typesNode is not null && !(typesNode is YScalar { IsNull: true }))
            {
                Report(DiagnosticDescriptors.InvalidValue, Loc(typesNode), "types", "a mapping of type names to type definitions", typesNode.Describe());
                return Result(ns, nsLocation, types);
            }

            if (types.Count == 0)
            {
                Report(DiagnosticDescriptors.EmptySchema, StartOfFile(_path), FileName(_path));
            }

            return Result(ns, nsLocation, types);
        }

        private SchemaFile Result(string? ns, LocationInfo? nsLocation, List<TypeDecl> types)
            => new(_path, ns, nsLocation, types.ToEquatableArray(), _diagnostics.ToEquatableArray());

        private LocationInfo Loc(YNode node) => node.Location(_path);

        private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args)
            => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        /// <summary>True when there is no <paramref name="problem"/>; else reports it and gives false.</summary>
        private bool Accept(DiagnosticInfo? problem)
        {
            if (problem is not null)
            {
                _diagnostics.Add(problem);
            }

            return problem is null;
        }
    }
}
