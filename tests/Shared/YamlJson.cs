using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsSchema.Tests.Shared;

/// <summary>
/// Reads a YAML document into a JSON tree the way YAML 1.2's core schema (and so the YAML
/// language server) sees it: plain <c>null</c>, <c>~</c> and empty are null, <c>true</c>/<c>false</c>
/// are booleans, decimal, octal (<c>0o</c>) and hex (<c>0x</c>) integers and floats are numbers, and
/// everything else (quoted text, dates) is a string. The JSON Schema export is checked against
/// this view of the data, independently of NewsSchema's own schema-driven readers.
/// </summary>
internal static class YamlJson
{
    private static readonly Regex Null = new("^(?:null|Null|NULL|~|)$", RegexOptions.CultureInvariant);
    private static readonly Regex Bool = new("^(?:true|True|TRUE|false|False|FALSE)$", RegexOptions.CultureInvariant);
    private static readonly Regex Int = new("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex Float = new(@"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    /// <summary>The first document of <paramref name="yaml"/> as JSON; null for an empty stream.</summary>
    public static JsonNode? Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    /// <summary>As <see cref="Read"/>, as the <see cref="System.Text.Json.JsonElement"/> validators take.</summary>
    public static System.Text.Json.JsonElement ReadElement(string yaml) => ToElement(Read(yaml));

    public static System.Text.Json.JsonElement ToElement(JsonNode? node)
        => System.Text.Json.JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(e => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)e.Key).Value ?? string.Empty, Convert(e.Value)))),
        YamlSequenceNode seq => new JsonArray(seq.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException("unexpected YAML node " + node.NodeType),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        if (Null.IsMatch(text))
        {
            return null;
        }

        if (Bool.IsMatch(text))
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }

        if (Int.IsMatch(text))
        {
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? JsonValue.Create(i) : JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }

        if (text.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JsonValue.Create(hex);
        }

        if (text.StartsWith("0o", StringComparison.Ordinal) && text.Length > 2 && text.Skip(2).All(c => c is >= '0' and <= '7'))
        {
            return JsonValue.Create(System.Convert.ToInt64(text.Substring(2), 8));
        }

        if (Float.IsMatch(text))
        {
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d) : JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(text);
    }
}
