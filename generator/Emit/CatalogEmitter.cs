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
internal static class CatalogEmitter
{
    public static (string HintName, string Source) Emit(CatalogModel model, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var c = "global::" + model.Namespace + "." + model.Name;
        var w = StartFile(model.Namespace);
        DocComment(w, null, "Every entity of the schema, as read from catalog files whose keys are the entities' plural names.");
        w.Line(GeneratedCodeAttribute);
        w.Open($"public sealed partial class {model.Name} : {Runtime}.IReferenceResolver");
        w.Line("private static readonly string[] s_keys = new string[]");
        w.Open();
        foreach (var e in model.Entities)
        {
            w.Line(Literal(e.Plural) + ",");
        }

        w.Close(";");
        w.Line();
        w.Line("/// <summary>The types of each family below its root, with the family's plural and root: for the message on a key like 'candidates'.</summary>");
        w.Line("private static readonly (string Member, string Plural, string Family)[] s_members = new (string, string, string)[]");
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
            w.Line($"private readonly {Collections}.Dictionary<{e.IdFullName}, int> _{Raw(e)}Index;");
            w.Line($"private int[]? _{Raw(e)}Starts; // where each file's {XmlEscape(e.Plural)} start, when merged by LoadFiles or Merge");
        }

        w.Line();

        // Constructor.
        w.Line("/// <summary>A catalog holding the given entities (any argument may be left out).</summary>");
        var parameters = string.Join(", ", model.Entities.Select(e => $"{Collections}.IEnumerable<{e.FullName}>? {Field(e)} = null"));
        w.Open($"public {model.Name}({parameters})");
        foreach (var e in model.Entities)
        {
            var f = Field(e);
            w.Line($"{e.PropertyName} = {Runtime}.EquatableList.From({f});");
            w.Line($"_{Raw(e)}Index = new {Collections}.Dictionary<{e.IdFullName}, int>({e.PropertyName}.Count);");
            w.Open($"for (var i = 0; i < {e.PropertyName}.Count; i++)");
            w.Line($"_{Raw(e)}Index.TryAdd({e.PropertyName}[i].Id, i);");
            w.Close();
            w.Line();
        }

        w.Close();
        w.Line();

        foreach (var e in model.Entities)
        {
            w.Line($"/// <summary>Every <see cref=\"{e.FullName}\"/>, in file order (catalog key <c>{XmlEscape(e.Plural)}</c>).</summary>");
            w.Line($"public {Collections}.IReadOnlyList<{e.FullName}> {e.PropertyName} {{ get; }}");
            w.Line();
            w.Line($"/// <summary>The {e.Name} with <paramref name=\"id\"/>, or null (constant time).</summary>");
            w.Line($"public {e.FullName}? Find({e.IdFullName} id) => _{Raw(e)}Index.TryGetValue(id, out var i) ? {e.PropertyName}[i] : null;");
            w.Line();
        }

        w.Line("/// <summary>Where the entities were read (file, line, column), when the catalog was parsed from text.</summary>");
        w.Line($"public {Runtime}.SourcePositions? Positions {{ get; private set; }}");
        w.Line();

        w.Line($"bool {Runtime}.IReferenceResolver.Resolves<TEntity, TId>(TId id)");
        w.Open();
        foreach (var e in model.Entities)
        {
            // The typeof tests fold away when the JIT specialises this method for a value type.
            w.Line($"if (typeof(TId) == typeof({e.IdFullName}))");
            w.Open().Line($"return _{Raw(e)}Index.TryGetValue(global::System.Runtime.CompilerServices.Unsafe.As<TId, {e.IdFullName}>(ref id), out var i) && {e.PropertyName}[i] is TEntity;").Close();
            w.Line();
        }

        w.Line("return false;");
        w.Close();
        w.Line();

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

    private static void EmitParsing(CodeWriter w, CatalogModel model, string c)
    {
        var result = $"{Runtime}.ParseResult<{c}>";
        var options = $"{Runtime}.ParseOptions? options = null";
        w.Line("/// <summary>Parses a YAML catalog file; throws <see cref=\"global::NewsSchema.DataException\"/> with every error.</summary>");
        w.Line($"public static {c} FromYaml(string yaml, string? source = null, {options}) => ParseYaml(yaml, source, options).GetValueOrThrow();");
        w.Line();
        w.Line("/// <summary>Parses a YAML catalog file, collecting every error with its line and column.</summary>");
        w.Line($"public static {result} ParseYaml(string yaml, string? source = null, {options})");
        w.Line($"    => WithPositions({EmitHelpers.Serialization}.YamlReader.ParseDocument<{c}>(yaml, source, options, static reader => ReadYaml(reader)));");
        w.Line();
        w.Line("/// <summary>Parses a YAML catalog given as bytes (UTF-8, or UTF-16 with a byte order mark).</summary>");
        w.Line($"public static {result} ParseYaml(global::System.ReadOnlySpan<byte> utf8Yaml, string? source = null, {options})");
        w.Line($"    => WithPositions({EmitHelpers.Serialization}.YamlReader.ParseDocument<{c}>(utf8Yaml, source, options, static reader => ReadYaml(reader)));");
        w.Line();
        w.Line("/// <summary>Parses a JSON catalog file; throws <see cref=\"global::NewsSchema.DataException\"/> with every error.</summary>");
        w.Line($"public static {c} FromJson(string json, string? source = null, {options}) => ParseJson(json, source, options).GetValueOrThrow();");
        w.Line();
        w.Line("/// <summary>Parses a JSON catalog, collecting every error with its line and column.</summary>");
        w.Line($"public static {result} ParseJson(string json, string? source = null, {options})");
        w.Line($"    => WithPositions({EmitHelpers.Serialization}.JsonContext.ParseDocument<{c}>(json, source, options, ReadJson));");
        w.Line();
        w.Line("/// <summary>Parses a JSON catalog given as UTF-8 bytes.</summary>");
        w.Line($"public static {result} ParseJson(global::System.ReadOnlySpan<byte> utf8Json, string? source = null, {options})");
        w.Line($"    => WithPositions({EmitHelpers.Serialization}.JsonContext.ParseDocument<{c}>(utf8Json, source, options, ReadJson));");
        w.Line();
        w.Line("/// <summary>");
        w.Line("/// Reads and merges catalog files (<c>.json</c> as JSON, anything else as YAML). The result");
        w.Line("/// fails with every parse error of every file, and a <c>file</c> error for each file that cannot be read.");
        w.Line("/// </summary>");
        w.Open($"public static {result} LoadFiles({Collections}.IEnumerable<string> paths, {options})");
        w.Line($"var errors = new {Collections}.List<{Runtime}.DataError>();");
        w.Line($"var warnings = new {Collections}.List<{Runtime}.DataError>();");
        w.Line($"var parts = new {Collections}.List<{c}>();");
        w.Open("foreach (var path in paths)");
        w.Line($"if (!{Serialization}.DataFiles.TryRead(path, out var bytes, out var unreadable))");
        w.Open().Line("errors.Add(unreadable!);").Line("continue;").Close();
        w.Line();
        w.Line("var part = path.EndsWith(\".json\", global::System.StringComparison.OrdinalIgnoreCase) ? ParseJson(bytes, path, options) : ParseYaml(bytes, path, options);");
        w.Line("warnings.AddRange(part.Warnings);");
        w.Line("if (part.IsSuccess)");
        w.Open().Line("parts.Add(part.Value!);").Close();
        w.Line("else");
        w.Open().Line("errors.AddRange(part.Errors);").Close();
        w.Close();
        w.Line();
        w.Line("if (errors.Count > 0)");
        w.Open().Line($"return {result}.Create(null, errors, warnings);").Close();
        w.Line();
        w.Line("var merged = Merge(parts);");
        w.Line($"return {result}.Create(merged, global::System.Array.Empty<{Runtime}.DataError>(), warnings, merged.Positions);");
        w.Close();
        w.Line();
        w.Line("/// <summary>One catalog holding the entities of all <paramref name=\"catalogs\"/>, in order, with their positions.</summary>");
        w.Open($"public static {c} Merge({Collections}.IEnumerable<{c}> catalogs)");
        foreach (var e in model.Entities)
        {
            w.Line($"var {Field(e)} = new {Collections}.List<{e.FullName}>();");
        }

        foreach (var e in model.Entities)
        {
            w.Line($"var {Field(e)}Starts = new {Collections}.List<int>();");
        }

        w.Line($"var positions = new {Runtime}.SourcePositions();");
        w.Open("foreach (var catalog in catalogs)");
        foreach (var e in model.Entities)
        {
            // A merged catalog's parts keep their own starts (a merge of merges stays per file).
            w.Line($"AddStarts({Field(e)}Starts, catalog._{Raw(e)}Starts, {Field(e)}.Count, catalog.{e.PropertyName}.Count);");
            w.Line($"{Field(e)}.AddRange(catalog.{e.PropertyName});");
        }

        w.Line("if (catalog.Positions is { } p)");
        w.Open().Line("positions.AddRange(p);").Close();
        w.Close();
        w.Line();
        var args = string.Join(", ", model.Entities.Select(Field));
        w.Line($"var merged = new {c}({args}) {{ Positions = positions }};");
        foreach (var e in model.Entities)
        {
            w.Line($"merged._{Raw(e)}Starts = {Field(e)}Starts.ToArray();");
        }

        w.Line("return merged;");
        w.Close();
        w.Line();
        w.Open($"private static void AddStarts({Collections}.List<int> starts, int[]? partStarts, int offset, int count)");
        w.Line("if (partStarts is null)");
        w.Open().Line("starts.Add(offset);").Line("return;").Close();
        w.Line();
        w.Open("foreach (var start in partStarts)");
        w.Line("starts.Add(offset + start);");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>The index of item <paramref name=\"i\"/> in the file it came from (a merged catalog counts per file).</summary>");
        w.Open("private static int LocalIndex(int[]? starts, int i)");
        w.Line("var start = 0;");
        w.Open("if (starts is not null)");
        w.Open("foreach (var s in starts)");
        w.Line("if (s > i)");
        w.Open().Line("break;").Close();
        w.Line();
        w.Line("start = s;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("return i - start;");
        w.Close();
        w.Line();
        w.Open($"private static {result} WithPositions({result} result)");
        w.Line("if (result.IsSuccess)");
        w.Open().Line("result.Value!.Positions = result.Positions;").Close();
        w.Line();
        w.Line("return result;");
        w.Close();
        w.Line();

        var locals = ReaderLocals(model);

        // YAML. The key loop has the shape of a record's reader (RecordEmitter.YamlReader.cs and
        // .JsonReader.cs); here each key is an entity's plural, read as a list of that entity.
        w.Block($$"""
            {{EditorBrowsableNever}}
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
            internal static {{c}}? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, {{EmitHelpers.Serialization}}.JsonContext context)
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

    private const string EditorBrowsableNever = "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

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

    private static void EmitValidation(CodeWriter w, CatalogModel model)
    {
        w.Line("/// <summary>");
        w.Line("/// Validates every entity (its own constraints and custom rules), and adds <c>duplicate-id</c>");
        w.Line("/// for an id used twice and <c>unresolved-reference</c> for a <c>ref&lt;&gt;</c> to an id no");
        w.Line("/// entity has. Errors carry file, line and column when the catalog was parsed, and come ordered");
        w.Line("/// by file, line and column.");
        w.Line("/// </summary>");
        w.Open($"public {Runtime}.ValidationResult Validate()");
        w.Line($"var context = {Runtime}.ValidationContext.Rent(Positions, this);");
        foreach (var e in model.Entities)
        {
            var f = Field(e);
            w.Open($"for (var i = 0; i < {e.PropertyName}.Count; i++)");
            w.Line($"var item = {e.PropertyName}[i];");
            w.Line($"context.PushName({Literal(e.Plural)});");
            w.Line($"context.PushIndex(LocalIndex(_{Raw(e)}Starts, i));");
            w.Line("item.ValidateInto(context);");
            w.Line($"if (_{Raw(e)}Index.TryGetValue(item.Id, out var first) && first != i)");
            w.Open();
            w.Line($"context.RecordError(item, 0, \"id\", \"duplicate-id\", $\"the id '{{item.Id}}' is already used by {XmlSafe(e.Plural)}[{{LocalIndex(_{Raw(e)}Starts, first)}}]{{context.Locate({e.PropertyName}[first])}}\");");
            w.Close();
            w.Line();
            w.Line("context.Pop();");
            w.Line("context.Pop();");
            w.Close();
            w.Line();
        }

        w.Line("return context.FinishSorted();");
        w.Close();
        w.Line();
    }

    private static string XmlSafe(string plural) => plural.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("{", "{{").Replace("}", "}}");

    private static void EmitWriting(CodeWriter w, CatalogModel model)
    {
        w.Line("/// <summary>Writes the catalog as a YAML catalog file.</summary>");
        w.Open("public string ToYaml()");
        w.Line($"var writer = new {EmitHelpers.Serialization}.YamlWriter();");
        w.Line("writer.BeginMapping();");
        foreach (var e in model.Entities)
        {
            w.Open($"if ({e.PropertyName}.Count > 0)");
            w.Line($"writer.WriteKey({Literal(e.Plural)});");
            w.Line("writer.BeginSequence();");
            w.Open($"foreach (var item in {e.PropertyName})");
            w.Line("writer.BeginItem();");
            w.Line("writer.BeginMapping();");
            w.Line("item.WriteYamlBody(writer);");
            w.Line("writer.EndMapping();");
            w.Line("writer.EndItem();");
            w.Close();
            w.Line();
            w.Line("writer.EndSequence();");
            w.Close();
            w.Line();
        }

        w.Line("writer.EndMapping();");
        w.Line("return writer.ToString();");
        w.Close();
        w.Line();
        w.Line("/// <summary>Writes the catalog as indented JSON.</summary>");
        w.Line($"public string ToJson() => {EmitHelpers.Serialization}.JsonWriting.ToJsonString(this, static (writer, catalog) => catalog.WriteJson(writer));");
        w.Line();
        w.Line("/// <summary>Writes the catalog as a JSON object.</summary>");
        w.Open("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)");
        w.Line("writer.WriteStartObject();");
        foreach (var e in model.Entities)
        {
            w.Open($"if ({e.PropertyName}.Count > 0)");
            w.Line($"writer.WritePropertyName({Literal(e.Plural)});");
            w.Line("writer.WriteStartArray();");
            w.Open($"foreach (var item in {e.PropertyName})");
            w.Line("item.WriteJson(writer);");
            w.Close();
            w.Line();
            w.Line("writer.WriteEndArray();");
            w.Close();
            w.Line();
        }

        w.Line("writer.WriteEndObject();");
        w.Close();
    }
}
