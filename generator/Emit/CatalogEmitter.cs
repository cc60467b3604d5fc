using System.Globalization;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>
/// Writes the catalog class: every entity of the compilation under its plural key, loaded
/// from YAML or JSON catalog files, with <c>Find</c> by id and <c>Validate</c> that adds
/// duplicate-id and unresolved-reference checks to each entity's own.
/// </summary>
internal static partial class CatalogEmitter
{
    public static (string HintName, string Source) Emit(CatalogModel model, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var c = "global::" + model.Namespace + "." + model.Name;
        var w = StartFile(model.Namespace);
        DocComment(w, null, "Every entity of the schema, as read from catalog files whose keys are the entities' plural names.");
        w.Line(GeneratedCodeAttribute);
        w.Open($"public sealed partial class {model.Name} : {Runtime}.IReferenceResolver");
        EmitTables(w, model);
        EmitConstructor(w, model);
        EmitLookups(w, model);
        EmitParsing(w, model, c);
        EmitValidation(w, model);
        EmitWriting(w, model);
        w.Close();
        w.Close();
        return (model.Name + ".g.cs", w.ToString());
    }

    /// <summary>The camelCase name, for a parameter or local (escaped with @ when it is a keyword: plural "as").</summary>
    private static string Field(CatalogEntityModel e) => Parsing.Naming.IsKeyword(Raw(e)) ? "@" + Raw(e) : Raw(e);

    /// <summary>The camelCase name as is, for names built from it (<c>_asIndex</c>).</summary>
    private static string Raw(CatalogEntityModel e) => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName.Substring(1);

    /// <summary>The catalog keys, the family members (for the message on a member's plural), and per entity its id index and file starts.</summary>
    private static void EmitTables(CodeWriter w, CatalogModel model)
    {
        w.Line("private static readonly string[] s_keys = new string[]");
        w.Open();
        foreach (var e in model.Entities)
        {
            w.Line(Literal(e.Plural) + ",");
        }

        w.Close(";");
        w.Line();
        w.Block("""
            /// <summary>The types of each family below its root, with the family's plural and root: for the message on a key like 'candidates'.</summary>
            private static readonly (string Member, string Plural, string Family)[] s_members = new (string, string, string)[]
            """);
        w.Open();
        foreach (var e in model.Entities)
        {
            foreach (var member in e.Members)
            {
                w.Line($"({Literal(member)}, {Literal(e.Plural)}, {Literal(e.Name)}),");
            }
        }

        w.Close(";");
        w.Line();
        foreach (var e in model.Entities)
        {
            w.Block($$"""
                private readonly {{Collections}}.Dictionary<{{e.IdFullName}}, int> _{{Raw(e)}}Index;
                private int[]? _{{Raw(e)}}Starts; // where each file's {{XmlEscape(e.Plural)}} start, when merged by LoadFiles or Merge
                """);
        }

        w.Line();
    }

    private static void EmitConstructor(CodeWriter w, CatalogModel model)
    {
        w.Line("/// <summary>A catalog holding the given entities (any argument may be left out).</summary>");
        w.Block(NonUserCode);
        var parameters = string.Join(", ", model.Entities.Select(e => $"{Collections}.IEnumerable<{e.FullName}>? {Field(e)} = null"));
        w.Open($"public {model.Name}({parameters})");
        foreach (var e in model.Entities)
        {
            w.Block($$"""
                {{e.PropertyName}} = {{Runtime}}.EquatableList.From({{Field(e)}});
                _{{Raw(e)}}Index = new {{Collections}}.Dictionary<{{e.IdFullName}}, int>({{e.PropertyName}}.Count);
                for (var i = 0; i < {{e.PropertyName}}.Count; i++)
                {
                    _{{Raw(e)}}Index.TryAdd({{e.PropertyName}}[i].Id, i);
                }

                """);
        }

        w.Close();
        w.Line();
    }

    /// <summary>The entity lists, <c>Find</c> by id, <c>Positions</c> and the reference resolver.</summary>
    private static void EmitLookups(CodeWriter w, CatalogModel model)
    {
        foreach (var e in model.Entities)
        {
            w.Block($$"""
                /// <summary>Every <see cref="{{e.FullName}}"/>, in file order (catalog key <c>{{XmlEscape(e.Plural)}}</c>).</summary>
                public {{Collections}}.IReadOnlyList<{{e.FullName}}> {{e.PropertyName}} { get; }

                /// <summary>The {{e.Name}} with <paramref name="id"/>, or null (constant time).</summary>
                {{NonUserCode}}
                public {{e.FullName}}? Find({{e.IdFullName}} id) => _{{Raw(e)}}Index.TryGetValue(id, out var i) ? {{e.PropertyName}}[i] : null;

                """);
        }

        w.Block($$"""
            /// <summary>Where the entities were read (file, line, column), when the catalog was parsed from text.</summary>
            public {{Runtime}}.SourcePositions? Positions { get; private set; }

            {{NonUserCode}}
            bool {{Runtime}}.IReferenceResolver.Resolves<TEntity, TId>(TId id)
            """);
        w.Open();
        foreach (var e in model.Entities)
        {
            // The typeof tests fold away when the JIT specialises this method for a value type.
            w.Block($$"""
                if (typeof(TId) == typeof({{e.IdFullName}}))
                {
                    return _{{Raw(e)}}Index.TryGetValue(global::System.Runtime.CompilerServices.Unsafe.As<TId, {{e.IdFullName}}>(ref id), out var i) && {{e.PropertyName}}[i] is TEntity;
                }

                """);
        }

        w.Line("return false;");
        w.Close();
        w.Line();
    }

    private static void EmitParsing(CodeWriter w, CatalogModel model, string c)
    {
        var result = $"{Runtime}.ParseResult<{c}>";
        var options = $"{Runtime}.ParseOptions? options = null";
        w.Block($$"""
            /// <summary>Parses a YAML catalog file; throws <see cref="global::NewsSchema.DataException"/> with every error.</summary>
            {{NonUserCode}}
            public static {{c}} FromYaml(string yaml, string? source = null, {{options}}) => ParseYaml(yaml, source, options).GetValueOrThrow();

            /// <summary>Parses a YAML catalog file, collecting every error with its line and column.</summary>
            {{NonUserCode}}
            public static {{result}} ParseYaml(string yaml, string? source = null, {{options}})
                => WithPositions({{Serialization}}.YamlReader.ParseDocument<{{c}}>(yaml, source, options, static reader => ReadYaml(reader)));

            /// <summary>Parses a YAML catalog given as bytes (UTF-8, or UTF-16 with a byte order mark).</summary>
            {{NonUserCode}}
            public static {{result}} ParseYaml(global::System.ReadOnlySpan<byte> utf8Yaml, string? source = null, {{options}})
                => WithPositions({{Serialization}}.YamlReader.ParseDocument<{{c}}>(utf8Yaml, source, options, static reader => ReadYaml(reader)));

            /// <summary>Parses a YAML catalog given as an array of bytes, read in place without a copy: the array must not change until the call returns.</summary>
            {{NonUserCode}}
            public static {{result}} ParseYaml(byte[] utf8Yaml, string? source = null, {{options}})
                => WithPositions({{Serialization}}.YamlReader.ParseDocument<{{c}}>(utf8Yaml, source, options, static reader => ReadYaml(reader)));

            /// <summary>Parses a YAML catalog read from a stream to its end (UTF-8, or UTF-16 with a byte order mark); the stream is not disposed.</summary>
            {{NonUserCode}}
            public static {{result}} ParseYaml(global::System.IO.Stream utf8Yaml, string? source = null, {{options}})
                => WithPositions({{Serialization}}.YamlReader.ParseDocument<{{c}}>(utf8Yaml, source, options, static reader => ReadYaml(reader)));

            /// <summary>Parses a JSON catalog file; throws <see cref="global::NewsSchema.DataException"/> with every error.</summary>
            {{NonUserCode}}
            public static {{c}} FromJson(string json, string? source = null, {{options}}) => ParseJson(json, source, options).GetValueOrThrow();

            /// <summary>Parses a JSON catalog, collecting every error with its line and column.</summary>
            {{NonUserCode}}
            public static {{result}} ParseJson(string json, string? source = null, {{options}})
                => WithPositions({{Serialization}}.JsonContext.ParseDocument<{{c}}>(json, source, options, ReadJson));

            /// <summary>Parses a JSON catalog given as UTF-8 bytes.</summary>
            {{NonUserCode}}
            public static {{result}} ParseJson(global::System.ReadOnlySpan<byte> utf8Json, string? source = null, {{options}})
                => WithPositions({{Serialization}}.JsonContext.ParseDocument<{{c}}>(utf8Json, source, options, ReadJson));

            /// <summary>Parses a JSON catalog read from <paramref name="utf8Json"/> to its end (UTF-8); the stream is not closed.</summary>
            {{NonUserCode}}
            public static {{result}} ParseJson(global::System.IO.Stream utf8Json, string? source = null, {{options}})
                => WithPositions({{Serialization}}.JsonContext.ParseDocument<{{c}}>(utf8Json, source, options, ReadJson));

            /// <summary>
            /// Reads and merges catalog files (<c>.json</c> as JSON, anything else as YAML). The result
            /// fails with every parse error of every file, and a <c>file</c> error for each file that cannot be read.
            /// </summary>
            {{NonUserCode}}
            public static {{result}} LoadFiles({{Collections}}.IEnumerable<string> paths, {{options}})
            {
                var errors = new {{Collections}}.List<{{Runtime}}.DataError>();
                var warnings = new {{Collections}}.List<{{Runtime}}.DataError>();
                var parts = new {{Collections}}.List<{{c}}>();
                foreach (var path in paths)
                {
                    if (!{{Serialization}}.DataFiles.TryRead(path, out var bytes, out var unreadable))
                    {
                        errors.Add(unreadable!);
                        continue;
                    }

                    // The file's bytes are this call's own: YAML reads them in place, without a copy.
                    var part = path.EndsWith(".json", global::System.StringComparison.OrdinalIgnoreCase)
                        ? ParseJson(bytes, path, options)
                        : WithPositions({{Serialization}}.YamlReader.ParseDocument<{{c}}>(bytes, path, options, static reader => ReadYaml(reader)));
                    warnings.AddRange(part.Warnings);
                    if (part.IsSuccess)
                    {
                        parts.Add(part.Value!);
                    }
                    else
                    {
                        errors.AddRange(part.Errors);
                    }
                }

                if (errors.Count > 0)
                {
                    return {{result}}.Create(null, errors, warnings);
                }

                var merged = Merge(parts);
                return {{result}}.Create(merged, global::System.Array.Empty<{{Runtime}}.DataError>(), warnings, merged.Positions);
            }

            """);
        EmitMerge(w, model, c);
        w.Block($$"""
            {{NonUserCode}}
            private static void AddStarts({{Collections}}.List<int> starts, int[]? partStarts, int offset, int count)
            {
                if (partStarts is null)
                {
                    starts.Add(offset);
                    return;
                }

                foreach (var start in partStarts)
                {
                    starts.Add(offset + start);
                }
            }

            /// <summary>The index of item <paramref name="i"/> in the file it came from (a merged catalog counts per file).</summary>
            {{NonUserCode}}
            private static int LocalIndex(int[]? starts, int i)
            {
                var start = 0;
                if (starts is not null)
                {
                    foreach (var fileStart in starts)
                    {
                        if (fileStart > i)
                        {
                            break;
                        }

                        start = fileStart;
                    }
                }

                return i - start;
            }

            {{NonUserCode}}
            private static {{result}} WithPositions({{result}} result)
            {
                if (result.IsSuccess)
                {
                    result.Value!.Positions = result.Positions;
                }

                return result;
            }

            """);

        var locals = ReaderLocals(model);

        // YAML. The key loop has the shape of a record's reader (RecordEmitter.YamlReader.cs and
        // .JsonReader.cs); here each key is an entity's plural, read as a list of that entity.
        w.Block($$"""
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal static {{c}}? ReadYaml({{EmitHelpers.Serialization}}.YamlReader reader)
            {
                if (!reader.BeginMapping("a catalog mapping with the keys " + string.Join(", ", s_keys), out _, out _))
                {
                    return null;
                }

                var errors = reader.Errors.Count;
            """);
        w.Indent();
        ReaderLocalDeclarations(w, model, locals);
        w.Open("while (reader.TryReadKey(out var key))");
        w.Open("switch (key)");
        foreach (var (e, (list, seen)) in model.Entities.Zip(locals, (e, l) => (e, l)))
        {
            w.Block($$"""
                case {{Literal(e.Plural)}}:
                    if ({{seen}})
                    {
                        reader.DuplicateKey(key);
                        break;
                    }

                    {{seen}} = true;
                    if (!reader.TryReadNull())
                    {
                        {{list}} = {{e.FullName}}.ReadYamlList(reader);
                    }

                    break;
                """);
        }

        w.Block("""
            default:
                reader.UnknownCatalogKey(key, s_keys, s_members);
                break;
            """);
        w.Close();
        w.Line();
        w.Line("reader.EndEntry();");
        w.Close();
        w.Line();
        Construct(w, model, c, "reader.Errors.Count", locals);
        w.Close();
        w.Line();

        // JSON.
        w.Block($$"""
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal static {{c}}? ReadJson(ref global::NewsSchema.Generated.JsonReader reader, {{EmitHelpers.Serialization}}.JsonContext context)
            {
                if (!context.BeginObject(ref reader, "a catalog object with the keys " + string.Join(", ", s_keys), out _))
                {
                    return null;
                }

                var errors = context.Errors.Count;
            """);
        w.Indent();
        ReaderLocalDeclarations(w, model, locals);
        w.Open("while (context.NextProperty(ref reader))");
        w.Line($"var key = {EmitHelpers.Serialization}.JsonContext.PropertyName(ref reader);");
        w.Open("switch (key)");
        foreach (var (e, (list, seen)) in model.Entities.Zip(locals, (e, l) => (e, l)))
        {
            w.Block($$"""
                case {{Literal(e.Plural)}}:
                    if ({{seen}})
                    {
                        context.DuplicateProperty(ref reader, key);
                        break;
                    }

                    {{seen}} = true;
                    context.EnterProperty(ref reader, key);
                    if (reader.TokenType != global::System.Text.Json.JsonTokenType.Null)
                    {
                        {{list}} = {{e.FullName}}.ReadJsonList(ref reader, context);
                    }

                    context.ExitProperty();
                    break;
                """);
        }

        w.Block("""
            default:
                context.UnknownCatalogKey(ref reader, s_keys, s_members);
                break;
            """);
        w.Close();
        w.Close();
        w.Line();
        Construct(w, model, c, "context.Errors.Count", locals);
        w.Close();
        w.Line();
    }

    /// <summary>
    /// The catalog readers' locals, one list and one seen-flag per entity, named after it
    /// (<c>meetings</c>, <c>meetingsSeen</c>) and clear of the readers' own names.
    /// </summary>
    private static (string List, string Seen)[] ReaderLocals(CatalogModel model)
    {
        var taken = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal) { "reader", "context", "errors", "key", "s_keys", "s_members" };
        string Unique(string name)
        {
            while (!taken.Add(name))
            {
                name += "Value";
            }

            return Parsing.Naming.IsKeyword(name) ? "@" + name : name;
        }

        return model.Entities.Select(e => (Unique(Raw(e)), Unique(Raw(e) + "Seen"))).ToArray();
    }

    private static void ReaderLocalDeclarations(CodeWriter w, CatalogModel model, (string List, string Seen)[] locals)
    {
        foreach (var (e, (list, seen)) in model.Entities.Zip(locals, (e, l) => (e, l)))
        {
            w.Line($"var {seen} = false;");
            w.Line($"{Collections}.IReadOnlyList<{e.FullName}>? {list} = null;");
        }

        w.Line();
    }

    private static void Construct(CodeWriter w, CatalogModel model, string c, string errorCount, (string List, string Seen)[] locals)
    {
        w.Line($"if ({errorCount} != errors)");
        w.Open().Line("return null;").Close();
        w.Line();
        var args = string.Join(", ", model.Entities.Zip(locals, (e, l) => $"{Field(e)}: {l.List}"));
        w.Line($"return new {c}({args});");
    }

    /// <summary><c>Merge</c>: the entities of every part in order, with their positions and per-file starts.</summary>
    private static void EmitMerge(CodeWriter w, CatalogModel model, string c)
    {
        // The entity lists are named after their plurals, which may be any name ("positions"): they
        // are named first, and the method's other locals give way to them.
        var names = new LocalNames(new[] { "catalogs" });
        var lists = model.Entities.ToDictionary(e => e, e => (Items: names.Take(Raw(e)), Starts: names.Take(Raw(e) + "Starts")));
        var positions = names.Take("positions");
        var catalog = names.Take("catalog");
        var partPositions = names.Take("partPositions");
        var merged = names.Take("merged");
        w.Line("/// <summary>One catalog holding the entities of all <paramref name=\"catalogs\"/>, in order, with their positions.</summary>");
        w.Block(NonUserCode);
        w.Open($"public static {c} Merge({Collections}.IEnumerable<{c}> catalogs)");
        foreach (var e in model.Entities)
        {
            w.Line($"var {lists[e].Items} = new {Collections}.List<{e.FullName}>();");
        }

        foreach (var e in model.Entities)
        {
            w.Line($"var {lists[e].Starts} = new {Collections}.List<int>();");
        }

        w.Line($"var {positions} = new {Runtime}.SourcePositions();");
        w.Open($"foreach (var {catalog} in catalogs)");
        foreach (var e in model.Entities)
        {
            // A merged catalog's parts keep their own starts (a merge of merges stays per file).
            var (items, starts) = lists[e];
            w.Block($$"""
                AddStarts({{starts}}, {{catalog}}._{{Raw(e)}}Starts, {{items}}.Count, {{catalog}}.{{e.PropertyName}}.Count);
                {{items}}.AddRange({{catalog}}.{{e.PropertyName}});
                """);
        }

        w.Block($$"""

            if ({{catalog}}.Positions is { } {{partPositions}})
            {
                {{positions}}.AddRange({{partPositions}});
            }
            """);
        w.Close();
        w.Line();
        var args = string.Join(", ", model.Entities.Select(e => lists[e].Items));
        w.Line($"var {merged} = new {c}({args}) {{ Positions = {positions} }};");
        foreach (var e in model.Entities)
        {
            w.Line($"{merged}._{Raw(e)}Starts = {lists[e].Starts}.ToArray();");
        }

        w.Line($"return {merged};");
        w.Close();
        w.Line();
    }
}
