using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>
/// Writes an entity or record: the <c>sealed partial record</c> with its properties, the
/// generated YAML and JSON parsers and writers. The parsers read events and tokens straight
/// into locals and build the record once at the end; no reflection, no document tree.
/// </summary>
internal static partial class RecordEmitter
{
    private const string YamlReaderType = EmitHelpers.Serialization + ".YamlReader";
    private const string JsonContextType = EmitHelpers.Serialization + ".JsonContext";
    private const string ListBuilderType = EmitHelpers.Serialization + ".ListBuilder";
    private const string JsonReaderType = "global::NewsSchema.Generated.JsonReader";
    private const string JsonTokenType = "global::System.Text.Json.JsonTokenType";

    /// <summary>A field as the emitter sees it, with the implicit entity id first.</summary>
    private sealed class Member
    {
        public Member(FieldModel field, int index, bool inherited, bool isId = false)
        {
            Field = field;
            Index = index;
            Inherited = inherited;
            IsId = isId;
        }

        public FieldModel Field { get; }

        /// <summary>Whether this is an entity's own (implicit) <c>id</c>.</summary>
        public bool IsId { get; }

        /// <summary>Declared by a base type of the family: no property here, and no access to its backing field.</summary>
        public bool Inherited { get; }

        public int Index { get; }

        /// <summary>The field's local in the generated readers (<c>participants</c>), set by NameLocals.</summary>
        public string Local { get; set; } = string.Empty;

        public string SeenWord => "seen" + (Index / 64).ToString(CultureInfo.InvariantCulture);

        public string SeenBit => "0x" + (1UL << (Index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";

        public bool IsCollection => IsCollection(Field.Type);

        public bool HasDefault => Field.DefaultText is not null;

        /// <summary>The equatable field that stores a list or map: <c>_participants</c>.</summary>
        public string BackingField => "_" + char.ToLowerInvariant(Field.PropertyName[0]) + Field.PropertyName.Substring(1);
    }

    public static string Emit(TypeModel type, CancellationToken cancellationToken)
    {
        var members = Members(type);
        var w = StartFile(type.Namespace);
        var what = type.Kind == TypeKind.Entity ? "entity" : "record";
        DocComment(w, type.Description, type.IsAbstract
            ? $"The abstract <c>{type.Name}</c> {what} of the schema: the base of a family told apart by <c>{XmlEscape(type.Discriminator!)}</c>."
            : $"The <c>{type.Name}</c> {what} of the schema.");
        w.Line(GeneratedCodeAttribute);
        var modifiers = type.IsAbstract ? "abstract" : "sealed";
        var baseList = type.BaseFullName is null ? string.Empty : " : " + type.BaseFullName;
        w.Open($"public {modifiers} partial record {type.Name}{baseList}");
        if (type.Tag is not null)
        {
            w.Block($$"""
                /// <summary>The value of <c>{{XmlEscape(type.Discriminator!)}}</c> that marks {{A(type.Name)}} in YAML and JSON.</summary>
                public const string WireTag = {{Literal(type.Tag)}};

                """);
        }

        EmitProperties(w, type, members);
        EmitEquality(w, type, members);
        cancellationToken.ThrowIfCancellationRequested();
        EmitNames(w, type, members);
        EmitParseApi(w, type);
        if (type.IsAbstract)
        {
            EmitDispatch(w, type);
        }
        else
        {
            EmitYamlReader(w, type, members);
            cancellationToken.ThrowIfCancellationRequested();
            EmitJsonReader(w, type, members);
        }

        EmitWriters(w, type, members);
        cancellationToken.ThrowIfCancellationRequested();
        EmitValidation(w, type, members);
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static List<Member> Members(TypeModel type)
    {
        var fields = new List<FieldModel>();
        if (type.Kind == TypeKind.Entity)
        {
            fields.Add(type.IdField($"The id of this {type.RootName ?? type.Name}: unique among all {type.RootName ?? type.Name} entities."));
        }

        fields.AddRange(type.Fields);

        // The id and the first InheritedFieldCount fields come from the base of a family.
        var inherited = type.BaseFullName is null ? 0 : type.InheritedFieldCount + (type.Kind == TypeKind.Entity ? 1 : 0);
        return fields.Select((f, i) => new Member(f, i, i < inherited, isId: i == 0 && type.Kind == TypeKind.Entity)).ToList();
    }
}
