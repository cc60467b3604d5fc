using System.Linq;

namespace NewsSchema.Generator.Compatibility;

/// <summary>A line of a baseline file that cannot be read: 1-based line and what is wrong.</summary>
internal sealed record BaselineError(int Line, string Message);

/// <summary>
/// The text of a baseline file (docs/compatibility.md, "The baseline file"): one fact per line,
/// <c>keyword subject key value</c>, in a fixed order (types by name, then their fields and values
/// by wire name), so that a schema change shows up as a few changed lines in review. This file
/// holds the keys of each kind of fact; BaselineFormat.Writing.cs writes a baseline,
/// BaselineFormat.Reading.cs reads one back, and BaselineFormat.Lines.cs splits a line into its parts.
/// </summary>
internal static partial class BaselineFormat
{
    public const string FormatVersion = "1";

    internal static readonly string[] TypeKeys = { "kind", "csharp", "file", "abstract", "base", "discriminator", "tag", "plural", "catalogProperty", "idPattern", "idType" };

    internal static readonly string[] ConstraintKeys =
    {
        "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems",
    };

    internal static readonly string[] FieldKeys = new[] { "type", "property", "csharpType", "required", "default", "alias" }.Concat(ConstraintKeys).ToArray();

    internal static readonly string[] ValueKeys = { "member" };
}
