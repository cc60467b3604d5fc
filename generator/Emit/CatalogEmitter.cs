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
        foreach (var e in model.Entities)
        {
            w.Line($"private readonly {Collections}.Dictionary<{e.IdFullName}, int> _{Field(e)}Index;");
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
            w.Line($"_{f}Index = new {Collections}.Dictionary<{e.IdFullName}, int>({e.PropertyName}.Count);");
            w.Open($"for (var i = 0; i < {e.PropertyName}.Count; i++)");
            w.Line($"_{f}Index.TryAdd({e.PropertyName}[i].Id, i);");
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
            w.Line($"public {e.FullName}? Find({e.IdFullName} id) => _{Field(e)}Index.TryGetValue(id, out var i) ? {e.PropertyName}[i] : null;");
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
            w.Open().Line($"return _{Field(e)}Index.TryGetValue(global::System.Runtime.CompilerServices.Unsafe.As<TId, {e.IdFullName}>(ref id), out var i) && {e.PropertyName}[i] is TEntity;").Close();
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

    private static string Field(CatalogEntityModel e) => char.ToLowerInvariant(e.PropertyName[0]) + e.PropertyName.Substring(1);

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
        w.Line("/// fails with every parse error of every file; I/O errors are thrown as usual.");
        w.Line("/// </summary>");
        w.Open($"public static {result} LoadFiles({Collections}.IEnumerable<string> paths, {options})");
        w.Line($"var errors = new {Collections}.List<{Runtime}.DataError>();");
        w.Line($"var parts = new {Collections}.List<{c}>();");
        w.Open("foreach (var path in paths)");
        w.Line("var bytes = global::System.IO.File.ReadAllBytes(path);");
        w.Line("var part = path.EndsWith(\".json\", global::System.StringComparison.OrdinalIgnoreCase) ? ParseJson(bytes, path, options) : ParseYaml(bytes, path, options);");
        w.Line("if (part.IsSuccess)");
        w.Open().Line("parts.Add(part.Value!);").Close();
        w.Line("else");
        w.Open().Line("errors.AddRange(part.Errors);").Close();
        w.Close();
        w.Line();
        w.Line("if (errors.Count > 0)");
        w.Open().Line($"return {result}.Failure(errors);").Close();
        w.Line();
        w.Line("var merged = Merge(parts);");
        w.Line($"return {result}.Success(merged, merged.Positions);");
        w.Close();
        w.Line();
        w.Line("/// <summary>One catalog holding the entities of all <paramref name=\"catalogs\"/>, in order, with their positions.</summary>");
        w.Open($"public static {c} Merge({Collections}.IEnumerable<{c}> catalogs)");
        foreach (var e in model.Entities)
        {
            w.Line($"var {Field(e)} = new {Collections}.List<{e.FullName}>();");
        }

        w.Line($"var positions = new {Runtime}.SourcePositions();");
        w.Open("foreach (var catalog in catalogs)");
        foreach (var e in model.Entities)
        {
            w.Line($"{Field(e)}.AddRange(catalog.{e.PropertyName});");
        }

        w.Line("if (catalog.Positions is { } p)");
        w.Open().Line("positions.AddRange(p);").Close();
        w.Close();
        w.Line();
        var args = string.Join(", ", model.Entities.Select(Field));
        w.Line($"return new {c}({args}) {{ Positions = positions }};");
        w.Close();
        w.Line();
        w.Open($"private static {result} WithPositions({result} result)");
        w.Line("if (result.IsSuccess)");
        w.Open().Line("result.Value!.Positions = result.Positions;").Close();
        w.Line();
        w.Line("return result;");
        w.Close();
        w.Line();

        // YAML.
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static {c}? ReadYaml({EmitHelpers.Serialization}.YamlReader reader)");
        w.Line("if (!reader.BeginMapping(\"a catalog mapping with the keys \" + string.Join(\", \", s_keys), out _, out _))");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Line("var errors = reader.Errors.Count;");
        Locals(w, model);
        w.Open("while (reader.TryReadKey(out var key))");
        w.Open("switch (key)");
        var i = 0;
        foreach (var e in model.Entities)
        {
            var n = (i++).ToString(CultureInfo.InvariantCulture);
            w.Line($"case {Literal(e.Plural)}:");
            w.Indent();
            w.Line($"if (seen{n})");
            w.Open().Line("reader.DuplicateKey(key);").Line("break;").Close();
            w.Line();
            w.Line($"seen{n} = true;");
            w.Line("if (!reader.TryReadNull())");
            w.Open().Line($"l{n} = {e.FullName}.ReadYamlList(reader);").Close();
            w.Line();
            w.Line("break;");
            w.Outdent();
        }

        w.Line("default:");
        w.Indent().Line("reader.UnknownField(key, \"the catalog\", s_keys);").Line("break;").Outdent();
        w.Close();
        w.Line();
        w.Line("reader.EndEntry();");
        w.Close();
        w.Line();
        Construct(w, model, c, "reader.Errors.Count");
        w.Close();
        w.Line();

        // JSON.
        w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        w.Open($"internal static {c}? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader, {EmitHelpers.Serialization}.JsonContext context)");
        w.Line("if (!context.BeginObject(ref reader, \"a catalog object with the keys \" + string.Join(\", \", s_keys), out _))");
        w.Open().Line("return null;").Close();
        w.Line();
        w.Line("var errors = context.Errors.Count;");
        Locals(w, model);
        w.Open("while (context.NextProperty(ref reader))");
        w.Line($"var key = {EmitHelpers.Serialization}.JsonContext.PropertyName(ref reader);");
        w.Open("switch (key)");
        i = 0;
        foreach (var e in model.Entities)
        {
            var n = (i++).ToString(CultureInfo.InvariantCulture);
            w.Line($"case {Literal(e.Plural)}:");
            w.Indent();
            w.Line($"if (seen{n})");
            w.Open().Line("context.DuplicateProperty(ref reader, key);").Line("break;").Close();
            w.Line();
            w.Line($"seen{n} = true;");
            w.Line("context.EnterProperty(ref reader, key);");
            w.Line("if (reader.TokenType != global::System.Text.Json.JsonTokenType.Null)");
            w.Open().Line($"l{n} = {e.FullName}.ReadJsonList(ref reader, context);").Close();
            w.Line();
            w.Line("context.ExitProperty();");
            w.Line("break;");
            w.Outdent();
        }

        w.Line("default:");
        w.Indent().Line("context.UnknownProperty(ref reader, \"the catalog\", s_keys);").Line("break;").Outdent();
        w.Close();
        w.Close();
        w.Line();
        Construct(w, model, c, "context.Errors.Count");
        w.Close();
        w.Line();
    }

    private static void Locals(CodeWriter w, CatalogModel model)
    {
        var i = 0;
        foreach (var e in model.Entities)
        {
            var n = (i++).ToString(CultureInfo.InvariantCulture);
            w.Line($"var seen{n} = false;");
            w.Line($"{Collections}.IReadOnlyList<{e.FullName}>? l{n} = null;");
        }
    }

    private static void Construct(CodeWriter w, CatalogModel model, string c, string errorCount)
    {
        w.Line($"if ({errorCount} != errors)");
        w.Open().Line("return null;").Close();
        w.Line();
        var args = string.Join(", ", model.Entities.Select((e, i) => $"{Field(e)}: l{i.ToString(CultureInfo.InvariantCulture)}"));
        w.Line($"return new {c}({args});");
    }

    private static void EmitValidation(CodeWriter w, CatalogModel model)
    {
        w.Line("/// <summary>");
        w.Line("/// Validates every entity (its own constraints and custom rules), and adds <c>duplicate-id</c>");
        w.Line("/// for an id used twice and <c>unresolved-reference</c> for a <c>ref&lt;&gt;</c> to an id no");
        w.Line("/// entity has. Errors carry file, line and column when the catalog was parsed from YAML.");
        w.Line("/// </summary>");
        w.Open($"public {Runtime}.ValidationResult Validate()");
        w.Line($"var context = {Runtime}.ValidationContext.Rent(Positions, this);");
        foreach (var e in model.Entities)
        {
            var f = Field(e);
            w.Open($"for (var i = 0; i < {e.PropertyName}.Count; i++)");
            w.Line($"var item = {e.PropertyName}[i];");
            w.Line($"context.PushName({Literal(e.Plural)});");
            w.Line("context.PushIndex(i);");
            w.Line("item.ValidateInto(context);");
            w.Line($"if (_{f}Index.TryGetValue(item.Id, out var first) && first != i)");
            w.Open();
            w.Line($"context.RecordError(item, 0, \"id\", \"duplicate-id\", $\"the id '{{item.Id}}' is already used by {XmlSafe(e.Plural)}[{{first}}]{{context.Locate({e.PropertyName}[first])}}\");");
            w.Close();
            w.Line();
            w.Line("context.Pop();");
            w.Line("context.Pop();");
            w.Close();
            w.Line();
        }

        w.Line("return context.Finish();");
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
