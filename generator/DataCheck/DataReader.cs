using System.Collections.Generic;
using NewsSchema.Generator.Model;
using NewsSchema.Generated;

namespace NewsSchema.Generator.DataCheck;

/// <summary>
/// Reads YAML data by interpreting the resolved model, calling the runtime's own
/// <see cref="YamlReader"/> (compiled into the generator) in exactly the order the generated
/// <c>ReadYaml</c> methods do (RecordEmitter.Readers, CatalogEmitter). Every statement here
/// has its twin in the emitted code; a change to one needs the same change to the other, and
/// the differential tests (tests/NewsSchema.Runtime.Tests/DataCheckDifferentialTests.cs and
/// tests/NewsSchema.Sample.Tests) fail when they drift apart.
/// </summary>
internal sealed class DataReader
{
    private readonly DataSchema _schema;

    public DataReader(DataSchema schema) => _schema = schema;

    /// <summary>As the generated catalog's <c>ReadYaml</c>: one list per catalog key.</summary>
    public Dictionary<string, List<RecordValue>>? ReadCatalog(YamlReader reader)
    {
        var keys = _schema.CatalogKeys;
        if (!reader.BeginMapping("a catalog mapping with the keys " + string.Join(", ", keys), out _, out _))
        {
            return null;
        }

        var errors = reader.Errors.Count;
        var lists = new Dictionary<string, List<RecordValue>>(System.StringComparer.Ordinal);
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        while (reader.TryReadKey(out var key))
        {
            var entity = System.Array.FindIndex(_schema.Entities, e => e.Plural == key);
            if (entity < 0)
            {
                reader.UnknownCatalogKey(key, keys, _schema.CatalogMembers);
            }
            else if (!seen.Add(key))
            {
                reader.DuplicateKey(key);
            }
            else if (!reader.TryReadNull())
            {
                var type = _schema.Find(_schema.Entities[entity].FullName);
                if (type is not null && ReadList(reader, type) is { } list)
                {
                    lists[key] = list;
                }
            }

            reader.EndEntry();
        }

        return reader.Errors.Count != errors ? null : lists;
    }

    /// <summary>As the generated <c>ReadYamlList</c>.</summary>
    public List<RecordValue>? ReadList(YamlReader reader, TypeInfo type)
    {
        if (!reader.BeginSequence("a list of " + type.Model.Name))
        {
            return null;
        }

        var errors = reader.Errors.Count;
        var items = new List<RecordValue>();
        for (var i = 0; reader.TryReadItem(i); i++)
        {
            var item = ReadRecord(reader, type);
            if (item is not null)
            {
                items.Add(item);
            }

            reader.EndItem();
        }

        return reader.Errors.Count == errors ? items : null;
    }

    /// <summary>As the generated <c>ReadYaml</c> of a record, entity or family base.</summary>
    public RecordValue? ReadRecord(YamlReader reader, TypeInfo type)
    {
        var model = type.Model;
        if (model.IsAbstract)
        {
            if (!reader.ReadDiscriminator(model.Discriminator!, Suggestions.A(model.Name) + " mapping", type.Tags, out var tag, out var tagLine, out var tagColumn))
            {
                return null;
            }

            foreach (var subtype in model.Subtypes)
            {
                if (subtype.Tag == tag)
                {
                    return _schema.Find(subtype.FullName) is { } concrete ? ReadRecord(reader, concrete) : null;
                }
            }

            reader.UnknownTag(model.Discriminator!, tag, model.Name, type.Tags, tagLine, tagColumn);
            return null;
        }

        if (!reader.BeginMapping(Suggestions.A(model.Name) + " mapping", out var line, out var column))
        {
            return null;
        }

        var members = type.Members;
        var errorCount = reader.Errors.Count;
        var positions = reader.StartPositions(line, column, type.FieldNames);
        var seen = new bool[members.Length];
        var seenTag = false;
        var values = (object?[])type.Defaults.Clone();
        while (reader.TryReadKey(out var key))
        {
            if (type.TryFindMember(key, out var index))
            {
                var field = members[index];
                if (seen[index])
                {
                    reader.DuplicateKey(key);
                }
                else
                {
                    seen[index] = true;
                    reader.MarkField(positions, index);
                    if (reader.IsNull)
                    {
                        if (field.Required)
                        {
                            reader.NullNotAllowed(field.WireName);
                        }
                        else
                        {
                            reader.Advance();
                        }
                    }
                    else
                    {
                        ReadValue(reader, field.Type, out var value, positions, index);
                        if (value is not null)
                        {
                            values[index] = value;
                        }
                    }
                }
            }
            else if (model.Tag is not null && key == model.Discriminator)
            {
                if (seenTag)
                {
                    reader.DuplicateKey(key);
                }
                else
                {
                    seenTag = true;
                    reader.ExpectTag(model.Discriminator!, model.Tag, model.Name);
                }
            }
            else
            {
                reader.UnknownField(key, model.Name, type.FieldNames);
            }

            reader.EndEntry();
        }

        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].Required && !seen[i])
            {
                reader.Missing(members[i].WireName, model.Name, line, column);
            }
        }

        if (reader.Errors.Count != errorCount)
        {
            return null;
        }

        var result = new RecordValue(model, values);
        reader.EndPositions(positions, result);

        return result;
    }

    /// <summary>As the generated <c>YamlValue</c> statements: reads one value; null when it had errors.</summary>
    private void ReadValue(YamlReader reader, TypeRefModel type, out object? value, long positions, int positionField)
    {
        value = null;
        switch (type.Kind)
        {
            case TypeRefKind.Primitive:
                value = ReadScalar(reader, type.Primitive);
                break;
            case TypeRefKind.Ref:
                if (reader.ReadString(out var id))
                {
                    value = id;
                }

                break;
            case TypeRefKind.Enum:
                if (reader.ReadEnumText(type.Name!, out var text, out var line, out var column))
                {
                    var enumType = _schema.Find(type.FullName);
                    if (enumType is not null && Contains(enumType.WireNames, text))
                    {
                        value = text;
                    }
                    else
                    {
                        reader.EnumError(text, type.Name!, enumType?.WireNames ?? System.Array.Empty<string>(), line, column);
                    }
                }

                break;
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                if (_schema.Find(type.FullName) is { } recordType)
                {
                    value = ReadRecord(reader, recordType);
                }
                else
                {
                    reader.SkipNode();
                }

                break;
            case TypeRefKind.List:
                if (reader.BeginSequence("a list"))
                {
                    var items = new List<object>();
                    for (var i = 0; reader.TryReadItem(i); i++)
                    {
                        if (positionField >= 0)
                        {
                            reader.MarkItem(positions, positionField, i);
                        }

                        if (reader.IsNull)
                        {
                            reader.NullItem(Emit.EmitHelpers.Describe(type.Element!, json: false));
                        }
                        else
                        {
                            ReadValue(reader, type.Element!, out var item, -1, -1);
                            if (item is not null)
                            {
                                items.Add(item);
                            }
                        }

                        reader.EndItem();
                    }

                    value = new ListValue(items);
                }

                break;
            case TypeRefKind.Map:
                if (reader.BeginMapping("a mapping", out _, out _))
                {
                    var map = new MapValue();
                    while (reader.TryReadKey(out var key))
                    {
                        if (positionField >= 0)
                        {
                            // As the generated reader: entry i of the finished map is the i-th added, its position kept under that index.
                            reader.MarkItem(positions, positionField, map.Entries.Count);
                        }

                        if (map.ContainsKey(key))
                        {
                            reader.DuplicateKey(key);
                        }
                        else if (reader.IsNull)
                        {
                            reader.NullItem(Emit.EmitHelpers.Describe(type.Element!, json: false));
                        }
                        else
                        {
                            ReadValue(reader, type.Element!, out var entry, -1, -1);
                            if (entry is not null)
                            {
                                map.Add(key, entry);
                            }
                        }

                        reader.EndEntry();
                    }

                    value = map;
                }

                break;
        }
    }

    private static object? ReadScalar(YamlReader reader, PrimitiveKind kind)
    {
        switch (kind)
        {
            case PrimitiveKind.Int:
                return reader.ReadInt32(out var i) ? i : null;
            case PrimitiveKind.Long:
                return reader.ReadInt64(out var l) ? l : null;
            case PrimitiveKind.Double:
                return reader.ReadDouble(out var d) ? d : null;
            case PrimitiveKind.Decimal:
                return reader.ReadDecimal(out var m) ? m : null;
            case PrimitiveKind.Bool:
                return reader.ReadBoolean(out var b) ? b : null;
            case PrimitiveKind.Date:
                return reader.ReadDate(out var date) ? date : null;
            case PrimitiveKind.DateTime:
                return reader.ReadDateTime(out var dateTime) ? dateTime : null;
            case PrimitiveKind.Uri:
                return reader.ReadUri(out var uri) ? uri : null;
            default:
                return reader.ReadString(out var s) ? s : null;
        }
    }

    private static bool Contains(IReadOnlyList<string> names, string text)
    {
        foreach (var name in names)
        {
            if (string.Equals(name, text, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
