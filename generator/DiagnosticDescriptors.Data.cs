using Microsoft.CodeAnalysis;

namespace NewsSchema.Generator;

/// <summary>
/// The NSD diagnostics: data files checked at build time (issue 17). One id per data error code,
/// so .editorconfig can set each one's severity. Every message is "{0}{1}: {2}": the data error's
/// code, " at path" (or nothing), and the runtime's message.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    private static DiagnosticDescriptor Data(string id, string code, bool compilationEnd = false)
        => new(id, "Data error: " + code, "{0}{1}: {2}", DataCategory, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant(), customTags: compilationEnd ? new[] { WellKnownDiagnosticTags.CompilationEnd } : System.Array.Empty<string>());

    private const string DataCategory = Category;

    public static readonly DiagnosticDescriptor DataSyntax = Data("NSD0001", "syntax");
    public static readonly DiagnosticDescriptor DataType = Data("NSD0002", "type");
    public static readonly DiagnosticDescriptor DataRequired = Data("NSD0003", "required");
    public static readonly DiagnosticDescriptor DataUnknownField = Data("NSD0004", "unknown-field");
    public static readonly DiagnosticDescriptor DataDuplicateKey = Data("NSD0005", "duplicate-key");
    public static readonly DiagnosticDescriptor DataEnum = Data("NSD0006", "enum");
    public static readonly DiagnosticDescriptor DataMinLength = Data("NSD0007", "min-length");
    public static readonly DiagnosticDescriptor DataMaxLength = Data("NSD0008", "max-length");
    public static readonly DiagnosticDescriptor DataPattern = Data("NSD0009", "pattern");
    public static readonly DiagnosticDescriptor DataMinimum = Data("NSD0010", "minimum");
    public static readonly DiagnosticDescriptor DataMaximum = Data("NSD0011", "maximum");
    public static readonly DiagnosticDescriptor DataExclusiveMinimum = Data("NSD0012", "exclusive-minimum");
    public static readonly DiagnosticDescriptor DataExclusiveMaximum = Data("NSD0013", "exclusive-maximum");
    public static readonly DiagnosticDescriptor DataMinItems = Data("NSD0014", "min-items");
    public static readonly DiagnosticDescriptor DataMaxItems = Data("NSD0015", "max-items");
    public static readonly DiagnosticDescriptor DataUniqueItems = Data("NSD0016", "unique-items");
    public static readonly DiagnosticDescriptor DataUnknownTag = Data("NSD0017", "unknown-tag");
    public static readonly DiagnosticDescriptor DataLimit = Data("NSD0018", "limit");

    /// <summary>Needs every data file: reported at the end of the compilation by the analyzer.</summary>
    public static readonly DiagnosticDescriptor DataDuplicateId = Data("NSD0019", "duplicate-id", compilationEnd: true);

    /// <summary>Needs every data file: reported at the end of the compilation by the analyzer.</summary>
    public static readonly DiagnosticDescriptor DataUnresolvedReference = Data("NSD0020", "unresolved-reference", compilationEnd: true);

    /// <summary>{0}: the file. A declared data file the build cannot check (JSON).</summary>
    public static readonly DiagnosticDescriptor DataFileNotChecked = new(
        "NSD0021", "Data file not checked at build time", "The data file '{0}' is not checked at build time: only YAML data files are; its errors show when the program loads it", DataCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpBase + "nsd0021");

    /// <summary>The NSD descriptor of each data error code.</summary>
    public static readonly System.Collections.Generic.IReadOnlyDictionary<string, DiagnosticDescriptor> DataByCode = new System.Collections.Generic.Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal)
    {
        ["syntax"] = DataSyntax,
        ["type"] = DataType,
        ["required"] = DataRequired,
        ["unknown-field"] = DataUnknownField,
        ["duplicate-key"] = DataDuplicateKey,
        ["enum"] = DataEnum,
        ["min-length"] = DataMinLength,
        ["max-length"] = DataMaxLength,
        ["pattern"] = DataPattern,
        ["minimum"] = DataMinimum,
        ["maximum"] = DataMaximum,
        ["exclusive-minimum"] = DataExclusiveMinimum,
        ["exclusive-maximum"] = DataExclusiveMaximum,
        ["min-items"] = DataMinItems,
        ["max-items"] = DataMaxItems,
        ["unique-items"] = DataUniqueItems,
        ["unknown-tag"] = DataUnknownTag,
        ["limit"] = DataLimit,
        ["duplicate-id"] = DataDuplicateId,
        ["unresolved-reference"] = DataUnresolvedReference,
    };
}
