using Microsoft.CodeAnalysis;

namespace NewsSchema.Generator;

/// <summary>
/// Every diagnostic the generator reports. Ids are stable public API: never renumber, never
/// reuse; add new ones at the end and list them in AnalyzerReleases.Unshipped.md and
/// docs/diagnostics.md. The NSD descriptors of data files checked at build time are in
/// DiagnosticDescriptors.Data.cs.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    private const string Category = "NewsSchema";
    private const string HelpBase = "https://github.com/newsschema/newsschema/blob/main/docs/diagnostics.md#";

    private static DiagnosticDescriptor Error(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string format)
        => new(id, title, format, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());

    /// <summary>{0}: the parser's message.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = Error("NSG0001", "YAML syntax error", "YAML syntax error: {0}");

    /// <summary>{0}: key, {1}: where (e.g. "field 'title'"), {2}: allowed keys, {3}: suggestion sentence or empty.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Error("NSG0002", "Unknown key", "Unknown key '{0}' in {1}; expected one of: {2}{3}");

    /// <summary>{0}: type name, {1}: suggestion sentence or empty.</summary>
    public static readonly DiagnosticDescriptor UnknownType = Error("NSG0003", "Unknown type", "Unknown type '{0}'{1}");

    /// <summary>{0}: type name, {1}: where it was first declared.</summary>
    public static readonly DiagnosticDescriptor DuplicateType = Error("NSG0004", "Duplicate type name", "Type '{0}' is declared more than once; first declared at {1}");

    /// <summary>{0}: field name, {1}: type name, {2}: detail.</summary>
    public static readonly DiagnosticDescriptor DuplicateField = Error("NSG0005", "Duplicate field name", "Field '{0}' of type '{1}' is declared more than once: {2}");

    /// <summary>{0}: constraint key, {1}: field type, {2}: what it applies to.</summary>
    public static readonly DiagnosticDescriptor ConstraintTypeMismatch = Error("NSG0006", "Constraint does not fit the field's type", "'{0}' does not apply to a field of type '{1}'; it applies to {2}");

    /// <summary>{0}: the pattern, {1}: the regex engine's message.</summary>
    public static readonly DiagnosticDescriptor InvalidPattern = Error("NSG0007", "Invalid regular expression", "Invalid regular expression '{0}': {1}");

    /// <summary>{0}: lower key, {1}: its value, {2}: upper key, {3}: its value.</summary>
    public static readonly DiagnosticDescriptor InvalidRange = Error("NSG0008", "Lower bound above upper bound", "'{0}' ({1}) is greater than '{2}' ({3}); no value can satisfy both");

    /// <summary>{0}: type name, {1}: its kind with its article ("an enum").</summary>
    public static readonly DiagnosticDescriptor RefToNonEntity = Error("NSG0009", "ref<> to a type that is not an entity", "ref<{0}> needs an entity, but '{0}' is {1}; use '{0}' directly to embed it");

    /// <summary>{0}: the cycle, e.g. "A -> B -> A".</summary>
    public static readonly DiagnosticDescriptor InheritanceCycle = Error("NSG0010", "Inheritance cycle", "Inheritance cycle: {0}");

    /// <summary>{0}: the name, {1}: what it names with its article ("an enum member"), {2}: detail.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("NSG0011", "Name is not a valid C# identifier", "'{0}' cannot name {1}: {2}");

    /// <summary>{0}: the name, {1}: what it names with its article.</summary>
    public static readonly DiagnosticDescriptor KeywordName = Error("NSG0012", "Name is a C# keyword", "'{0}' is a C# keyword and cannot name {1}");

    /// <summary>{0}: key, {1}: what is expected, {2}: what was found.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error("NSG0013", "Value of the wrong kind", "'{0}' expects {1}, found {2}");

    /// <summary>{0}: what (e.g. "type 'Meeting'"), {1}: the missing key, {2}: hint.</summary>
    public static readonly DiagnosticDescriptor MissingKey = Error("NSG0014", "Required key missing", "{0} needs '{1}'{2}");

    /// <summary>{0}: the expression, {1}: what is wrong.</summary>
    public static readonly DiagnosticDescriptor InvalidTypeExpression = Error("NSG0015", "Invalid type expression", "'{0}' is not a valid type expression: {1}");

    /// <summary>{0}: the key, {1}: detail.</summary>
    public static readonly DiagnosticDescriptor NotSupportedYet = Error("NSG0016", "Not supported yet", "'{0}' is not supported yet: {1}");

    /// <summary>{0}: the default text, {1}: the field type, {2}: detail.</summary>
    public static readonly DiagnosticDescriptor InvalidDefault = Error("NSG0017", "Invalid default value", "Default '{0}' does not fit a field of type '{1}': {2}");

    /// <summary>{0}: the enum, {1}: the value, {2}: detail.</summary>
    public static readonly DiagnosticDescriptor DuplicateEnumValue = Error("NSG0018", "Duplicate enum value", "Enum '{0}' has the value '{1}' more than once{2}");

    /// <summary>{0}: the namespace.</summary>
    public static readonly DiagnosticDescriptor InvalidNamespace = Error("NSG0019", "Invalid namespace", "'{0}' is not a valid C# namespace");

    /// <summary>{0}: the plural, {1}: the first entity, {2}: the second.</summary>
    public static readonly DiagnosticDescriptor DuplicatePlural = Error("NSG0020", "Duplicate plural name", "Plural '{0}' is used by both '{1}' and '{2}'; catalog keys must be unique");

    /// <summary>{0}: the key, {1}: where it was first written.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Error("NSG0021", "Duplicate key", "Key '{0}' appears more than once in the same mapping; first at {1}");

    /// <summary>{0}: field name, {1}: generated member, {2}: what it collides with.</summary>
    public static readonly DiagnosticDescriptor ReservedMemberName = Error("NSG0022", "Field name collides with a generated member", "Field '{0}' would generate the member '{1}', which collides with {2}");

    /// <summary>{0}: the key, {1}: the kinds it applies to, {2}: the actual kind with its article.</summary>
    public static readonly DiagnosticDescriptor KeyNotValidForKind = Error("NSG0023", "Key does not apply to this kind", "'{0}' applies only to {1}, not to {2}");

    /// <summary>{0}: file name.</summary>
    public static readonly DiagnosticDescriptor EmptySchema = Warning("NSG0024", "Schema file declares no types", "Schema file '{0}' declares no types");

    /// <summary>{0}: what failed, {1}: the exception type and message. A bug in the generator, never the user's fault.</summary>
    public static readonly DiagnosticDescriptor InternalError = Error("NSG0025", "Internal generator error", "NewsSchema could not process {0} because of an internal error; please report it: {1}");

    /// <summary>{0}: the derived type, {1}: its base.</summary>
    public static readonly DiagnosticDescriptor ExtendsNonAbstract = Error("NSG0026", "Base type is not abstract", "'{0}' extends '{1}', which is not abstract; add 'abstract: true' to '{1}' (only abstract types can be extended)");

    /// <summary>{0}: the derived type, {1}: its kind, {2}: the base, {3}: the base's kind.</summary>
    public static readonly DiagnosticDescriptor ExtendsKindMismatch = Error("NSG0027", "Base type of another kind", "'{0}' is {1} but extends '{2}', which is {3}; a family is all entities or all records");

    /// <summary>{0}: the field, {1}: the derived type, {2}: the base that declares it.</summary>
    public static readonly DiagnosticDescriptor FieldRedeclared = Error("NSG0028", "Field redeclared in a derived type", "Field '{0}' of '{1}' is already declared by its base type '{2}'; a derived type cannot redeclare an inherited field");

    /// <summary>{0}: the tag, {1}: the first type, {2}: the second type, {3}: the family root.</summary>
    public static readonly DiagnosticDescriptor DuplicateTag = Error("NSG0029", "Two types with one tag", "The tag '{0}' is used by both '{1}' and '{2}' in the family of '{3}'; give one of them another 'tag'");

    /// <summary>{0}: what changed, {1}: why old data no longer reads, and what to do.</summary>
    public static readonly DiagnosticDescriptor BreaksBackward = Error("NSG0060", "Schema change breaks backward compatibility", "{0}; this breaks backward compatibility: {1}");

    /// <summary>{0}: what changed, {1}: why programs built from the baseline cannot read new data, and what to do.</summary>
    public static readonly DiagnosticDescriptor BreaksForward = Error("NSG0061", "Schema change breaks forward compatibility", "{0}; this breaks forward compatibility: {1}");

    /// <summary>{0}: what changed, {1}: which code no longer compiles, and what to do.</summary>
    public static readonly DiagnosticDescriptor BreaksSource = Error("NSG0062", "Schema change breaks source compatibility", "{0}; this breaks source compatibility: {1}");

    /// <summary>{0}: the value of NewsSchemaCompatibility.</summary>
    public static readonly DiagnosticDescriptor InvalidCompatibilityMode = Error("NSG0063", "Unknown compatibility mode", "'{0}' is not a compatibility mode (MSBuild property NewsSchemaCompatibility); expected none, backward, forward or full, each optionally combined with source, e.g. full+source");

    /// <summary>{0}: the mode, {1}: the expected baseline path.</summary>
    public static readonly DiagnosticDescriptor MissingBaseline = Error("NSG0064", "Compatibility baseline missing", "Compatibility mode '{0}' compares the schemas with a baseline, but there is none at '{1}'; create it with 'dotnet build -p:NewsSchemaUpdateBaseline=true' and commit it, or set NewsSchemaBaseline to its path");

    /// <summary>{0}: what is wrong with the line.</summary>
    public static readonly DiagnosticDescriptor InvalidBaseline = Error("NSG0065", "Compatibility baseline cannot be read", "The compatibility baseline cannot be read: {0}; write it again with 'dotnet build -p:NewsSchemaUpdateBaseline=true'");

    /// <summary>{0}: the former name, {1}: what declares it, {2}: detail.</summary>
    public static readonly DiagnosticDescriptor InvalidRenamedFrom = Error("NSG0066", "renamedFrom names something that still exists", "'renamedFrom: {0}' on {1} cannot pair it with '{0}': {2}");

    /// <summary>{0}: the field.</summary>
    public static readonly DiagnosticDescriptor DefaultOnRequiredField = Error("NSG0040", "Default on a required field", "A required field cannot have a default: '{0}' must always be present in the data, so its default would never be used; remove 'default' or 'required'");
}
