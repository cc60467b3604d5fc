using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;
using NewsSchema.Generated;

namespace NewsSchema.Generator.DataCheck;

/// <summary>One data error found at build time, as plain data (the runtime's <c>DataError</c>, and where it is).</summary>
/// <param name="Code">The data error code (<c>required</c>, <c>duplicate-id</c>, ...).</param>
/// <param name="Path">Where in the data, like <c>meetings[2].title</c>.</param>
/// <param name="Message">The runtime's message.</param>
/// <param name="Source">The data file's path.</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
public sealed record DataCheckError(string Code, string Path, string Message, string Source, int Line, int Column)
{
    /// <summary><c>file(line,col): error code at path: message</c>, as the runtime's <c>DataError.ToString()</c>.</summary>
    public override string ToString()
        => (Line > 0 ? string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", Source, Line, Column) : Source)
           + ": error " + Code + (Path.Length == 0 ? string.Empty : " at " + Path) + ": " + Message;
}

/// <summary>Resolved schema files, ready to check data files against (see <see cref="DataChecker.Load"/>).</summary>
public sealed class DataCheckSchema
{
    internal DataCheckSchema(DataSchema schema) => Schema = schema;

    internal DataSchema Schema { get; }

    /// <summary>Checks the files together: each file's parse and validation errors, then duplicate ids and unresolved references across them.</summary>
    public IReadOnlyList<DataCheckError> Check(IEnumerable<DataFileInput> files, CancellationToken cancellationToken = default)
        => DataChecker.Check(Schema, files, cancellationToken);
}

/// <summary>A declared data file: its path, text, and the type of its one entity (null: a catalog file).</summary>
public sealed record DataFileInput(string Path, string Text, string? TypeName = null);

/// <summary>An entity a file declares, for the reference pass.</summary>
internal sealed record EntityEntry(string Key, int Index, string Id, string ConcreteFullName, string Source, int Line, int Column, int IdLine, int IdColumn);

/// <summary>A ref a file holds, for the reference pass: where its error would be, and what it names.</summary>
internal sealed record RefEntry(string Key, int Index, string PathSuffix, string Source, int Line, int Column, RefTarget Target);

/// <summary>An error of one entity (or of the file), its path relative to the entity when <see cref="Index"/> is set.</summary>
internal sealed record FileError(string Key, int Index, string PathSuffix, DataCheckError Error);

/// <summary>
/// What checking one data file on its own found: its parse or validation errors, its entities
/// and its refs. Plain, equatable data: the per-file step of the generator's pipeline, cached
/// until the file (or the schema) changes.
/// </summary>
internal sealed record FileCheckResult(
    string Path,
    bool Parsed,
    bool IsEntityFile,
    bool NotChecked,
    EquatableArray<FileError> Errors,
    EquatableArray<EntityEntry> Entities,
    EquatableArray<RefEntry> Refs);

/// <summary>
/// The build-time data check: parses each declared file with the runtime's reader and limits,
/// validates it as the generated <c>Validate()</c> does, and then checks <c>duplicate-id</c> and
/// <c>unresolved-reference</c> across all files, as <c>EntityCatalog.Merge</c> +
/// <c>Validate()</c> (the NewsDesk checker) does at run time.
/// </summary>
public static class DataChecker
{
    /// <summary>Checks <paramref name="files"/> against the schema files <paramref name="schemas"/> (path, text); for tests and tools.</summary>
    public static IReadOnlyList<DataCheckError> Check(IEnumerable<(string Path, string Text)> schemas, IEnumerable<DataFileInput> files, CancellationToken cancellationToken = default)
        => Load(schemas, cancellationToken).Check(files, cancellationToken);

    /// <summary>Parses and resolves the schema files once, for checking many data files against them.</summary>
    public static DataCheckSchema Load(IEnumerable<(string Path, string Text)> schemas, CancellationToken cancellationToken = default)
    {
        var parsed = System.Collections.Immutable.ImmutableArray.CreateRange(schemas.Select(s => SchemaParser.Parse(s.Path, s.Text, cancellationToken)));
        return new DataCheckSchema(new DataSchema(SchemaResolver.Resolve(parsed, new GeneratorOptions("Data", "EntityCatalog"), cancellationToken)));
    }

    /// <summary>Every file checked alone, then the reference pass over all of them.</summary>
    internal static IReadOnlyList<DataCheckError> Check(DataSchema schema, IEnumerable<DataFileInput> files, CancellationToken cancellationToken)
    {
        var results = files.Select(f => CheckFile(schema, f, cancellationToken)).ToList();
        return AllErrors(schema, results).ToList();
    }

    /// <summary>A file not checked: a JSON file (reported as NSD0021 when <paramref name="notChecked"/>), or any file while the analyzer reports.</summary>
    internal static FileCheckResult Unchecked(string path, bool notChecked)
        => new(path, Parsed: false, IsEntityFile: false, NotChecked: notChecked && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase), EquatableArray<FileError>.Empty, EquatableArray<EntityEntry>.Empty, EquatableArray<RefEntry>.Empty);

    /// <summary>Every error of every file and of the reference pass; a file not checked gives an error with an empty code.</summary>
    internal static EquatableArray<DataCheckError> AllErrors(DataSchema schema, IReadOnlyList<FileCheckResult> results)
    {
        var errors = new List<DataCheckError>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].NotChecked)
            {
                errors.Add(new DataCheckError(string.Empty, string.Empty, string.Empty, results[i].Path, 0, 0));
            }

            errors.AddRange(FileErrors(results[i]));
        }

        errors.AddRange(ReferencePass(schema, results));
        return errors.ToEquatableArray();
    }

    /// <summary>Checks one file alone: parse, then (when it parsed) every constraint but the refs.</summary>
    internal static FileCheckResult CheckFile(DataSchema schema, DataFileInput file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reader = new DataReader(schema);
        var validator = new DataValidator(schema);
        var errors = new List<FileError>();
        var entities = new List<EntityEntry>();
        var refs = new List<RefEntry>();
        if (file.TypeName is { Length: > 0 } typeName)
        {
            var type = schema.FindByName(typeName);
            if (type is null || type.Model.Kind is TypeKind.Enum)
            {
                errors.Add(new FileError(string.Empty, -1, string.Empty, new DataCheckError("type", string.Empty, $"the data file is declared to hold a '{typeName}', which is no record or entity of the schema", file.Path, 1, 1)));
                return Result(file.Path, parsed: false, errors, entities, refs);
            }

            var result = YamlReader.ParseDocument<RecordValue>(file.Text, file.Path, null, r => reader.ReadRecord(r, type));
            if (!result.IsSuccess)
            {
                AddParseErrors(errors, result.Errors, file.Path);
                return Result(file.Path, parsed: false, errors, entities, refs);
            }

            var record = result.Value!;
            var key = type.Model.Kind == TypeKind.Entity ? schema.KeyOfId(type.Model.IdFullName) ?? string.Empty : string.Empty;
            var context = ValidationContext.Rent(result.Positions);
            validator.ValidateRecord(record, context);
            Collect(context.Finish(), validator, string.Empty, -1, string.Empty, errors, refs, file.Path);
            if (key.Length > 0)
            {
                entities.Add(Entity(key, 0, record, result.Positions, file.Path));
            }

            return Result(file.Path, parsed: true, errors, entities, refs, entityFile: true);
        }

        var catalog = YamlReader.ParseDocument<Dictionary<string, List<RecordValue>>>(file.Text, file.Path, null, reader.ReadCatalog);
        if (!catalog.IsSuccess)
        {
            AddParseErrors(errors, catalog.Errors, file.Path);
            return Result(file.Path, parsed: false, errors, entities, refs);
        }

        foreach (var key in schema.CatalogKeys)
        {
            if (!catalog.Value!.TryGetValue(key, out var list))
            {
                continue;
            }

            for (var i = 0; i < list.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var prefix = key + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                var context = ValidationContext.Rent(catalog.Positions);
                context.PushName(key);
                context.PushIndex(i);
                validator.ValidateRecord(list[i], context);
                context.Pop();
                context.Pop();
                Collect(context.Finish(), validator, key, i, prefix, errors, refs, file.Path);
                entities.Add(Entity(key, i, list[i], catalog.Positions, file.Path));
            }
        }

        return Result(file.Path, parsed: true, errors, entities, refs);
    }

    private static FileCheckResult Result(string path, bool parsed, List<FileError> errors, List<EntityEntry> entities, List<RefEntry> refs, bool entityFile = false)
        => new(path, parsed, entityFile, NotChecked: false, errors.ToEquatableArray(), entities.ToEquatableArray(), refs.ToEquatableArray());

    private static void AddParseErrors(List<FileError> errors, IReadOnlyList<DataError> parseErrors, string path)
    {
        foreach (var e in parseErrors)
        {
            errors.Add(new FileError(string.Empty, -1, string.Empty, new DataCheckError(e.Code, e.Path, e.Message, e.Source ?? path, e.Line, e.Column)));
        }
    }

    private static EntityEntry Entity(string key, int index, RecordValue record, SourcePositions? positions, string path)
    {
        var p = positions?.Find(record);
        var (idLine, idColumn) = p?.Field(0) ?? (0, 0);
        return new EntityEntry(key, index, (string)record.Fields[0]!, record.Type.FullName, p?.Source ?? path, p?.Line ?? 0, p?.Column ?? 0, idLine, idColumn);
    }

    /// <summary>Splits validation errors into real ones and ref placeholders; paths are kept relative to the entity.</summary>
    private static void Collect(ValidationResult result, DataValidator validator, string key, int index, string prefix, List<FileError> errors, List<RefEntry> refs, string path)
    {
        foreach (var e in result.Errors)
        {
            var suffix = prefix.Length > 0 && e.Path.StartsWith(prefix, StringComparison.Ordinal) ? e.Path.Substring(prefix.Length) : e.Path;
            if (e.Code == DataErrorCodes.UnresolvedReference && e.Message.StartsWith(DataValidator.RefMarker, StringComparison.Ordinal))
            {
                var target = validator.Refs[int.Parse(e.Message.Substring(DataValidator.RefMarker.Length), CultureInfo.InvariantCulture)];
                refs.Add(new RefEntry(key, index, suffix, e.Source ?? path, e.Line, e.Column, target));
            }
            else
            {
                errors.Add(new FileError(key, index, suffix, new DataCheckError(e.Code, e.Path, e.Message, e.Source ?? path, e.Line, e.Column)));
            }
        }
    }

    /// <summary>The files that parsed with their positions in the list, catalog files first, as they are merged.</summary>
    private static IEnumerable<(FileCheckResult File, int Index)> Ordered(IReadOnlyList<FileCheckResult> files)
        => files.Select((f, i) => (f, i)).Where(p => p.f.Parsed).OrderBy(p => p.f.IsEntityFile ? 1 : 0).ThenBy(p => p.i);

    /// <summary>The errors of one file as the runtime reports them: a merged catalog numbers each entity within its own file.</summary>
    internal static IEnumerable<DataCheckError> FileErrors(FileCheckResult file)
    {
        foreach (var error in file.Errors)
        {
            if (error.Index < 0)
            {
                yield return error.Error;
                continue;
            }

            // As the merged catalog's Validate(): an entity's index counts within its own file (LocalIndex).
            yield return error.Error with { Path = error.Key + "[" + error.Index.ToString(CultureInfo.InvariantCulture) + "]" + error.PathSuffix };
        }
    }

    /// <summary>
    /// <c>duplicate-id</c> and <c>unresolved-reference</c> across every file that parsed, as the
    /// merged catalog's <c>Validate()</c> reports them.
    /// </summary>
    internal static IReadOnlyList<DataCheckError> ReferencePass(DataSchema schema, IReadOnlyList<FileCheckResult> files)
    {
        var errors = new List<DataCheckError>();
        var ordered = Ordered(files).ToList();

        // One index per catalog key: the first entity with each id wins, as the catalog's constructor.
        var index = new Dictionary<string, Dictionary<string, EntityEntry>>(StringComparer.Ordinal);
        foreach (var key in schema.CatalogKeys)
        {
            index[key] = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
        }

        var duplicates = new List<(EntityEntry Entity, bool EntityFile)>();
        foreach (var (file, _) in ordered)
        {
            foreach (var entity in file.Entities)
            {
                if (!index.TryGetValue(entity.Key, out var ids))
                {
                    continue;
                }

                if (ids.ContainsKey(entity.Id))
                {
                    duplicates.Add((entity, file.IsEntityFile));
                }
                else
                {
                    ids.Add(entity.Id, entity);
                }
            }
        }

        foreach (var (entity, entityFile) in duplicates)
        {
            var first = index[entity.Key][entity.Id];
            var locate = first.Line > 0 ? string.Format(CultureInfo.InvariantCulture, " ({0}({1},{2}))", first.Source, first.Line, first.Column) : string.Empty;
            // Both indexes count within the entity's own file, as the merged catalog's LocalIndex.
            var path = entityFile ? "id" : entity.Key + "[" + entity.Index.ToString(CultureInfo.InvariantCulture) + "].id";
            var (line, column) = entity.IdLine > 0 ? (entity.IdLine, entity.IdColumn) : (entity.Line, entity.Column);
            errors.Add(new DataCheckError(DataErrorCodes.DuplicateId, path, $"the id '{entity.Id}' is already used by {entity.Key}[{first.Index.ToString(CultureInfo.InvariantCulture)}]{locate}", entity.Source, line, column));
        }

        foreach (var (file, _) in ordered)
        {
            foreach (var r in file.Refs)
            {
                var target = r.Target;
                var key = schema.KeyOfId(target.RefIdFullName);
                var root = target.RefIdFullName.EndsWith("Id", StringComparison.Ordinal) ? target.RefIdFullName.Substring(0, target.RefIdFullName.Length - 2) : target.RefIdFullName;
                var wanted = target.TargetFullName ?? root;
                var found = key is not null && index[key].TryGetValue(target.Id, out var hit) ? hit : null;
                if (found is not null && IsA(schema, found.ConcreteFullName, wanted))
                {
                    continue;
                }

                var message = $"no {target.RefName} has the id '{target.Id}'";
                if (target.TargetFullName is not null && target.TargetFullName != root && found is not null && IsA(schema, found.ConcreteFullName, root))
                {
                    message += "; that id names another kind of " + root.Substring(root.LastIndexOf('.') + 1);
                }

                string path;
                if (r.Index < 0)
                {
                    path = r.PathSuffix;
                }
                else
                {
                    path = r.Key + "[" + r.Index.ToString(CultureInfo.InvariantCulture) + "]" + r.PathSuffix;
                }

                errors.Add(new DataCheckError(DataErrorCodes.UnresolvedReference, path, message, r.Source, r.Line, r.Column));
            }
        }

        return errors;
    }

    /// <summary>True when an entity of concrete type <paramref name="concrete"/> is a <paramref name="wanted"/> (itself or a base).</summary>
    private static bool IsA(DataSchema schema, string concrete, string wanted)
    {
        if (string.Equals(concrete, wanted, StringComparison.Ordinal))
        {
            return true;
        }

        var type = schema.Find(concrete);
        if (type is null)
        {
            return false;
        }

        foreach (var ancestor in type.Model.Ancestors)
        {
            if (string.Equals(Global(ancestor), wanted, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Global(string name) => name.StartsWith("global::", StringComparison.Ordinal) ? name : "global::" + name;
}
