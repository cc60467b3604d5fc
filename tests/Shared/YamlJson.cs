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

    /// <summary>Nodes an alias may expand to before the document is refused, as YAML tools refuse alias bombs.</summary>
    public const int MaxAliasExpansion = 10_000;

    /// <summary>The first document of <paramref name="yaml"/> as JSON; null for an empty stream.</summary>
    public static JsonNode? Read(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : new Converter().Convert(stream.Documents[0].RootNode);
    }

    /// <summary>As <see cref="Read"/>, as the <see cref="System.Text.Json.JsonElement"/> validators take.</summary>
    public static System.Text.Json.JsonElement ReadElement(string yaml) => ToElement(Read(yaml));

    public static System.Text.Json.JsonElement ToElement(JsonNode? node)
        => System.Text.Json.JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();

    private static readonly string[] CoreTags = { "str", "int", "float", "bool", "null", "map", "seq" };

    /// <summary>
    /// Reads JSON text strictly, as editors' JSON parsers do: a duplicate key is an error
    /// (System.Text.Json alone would keep the last one).
    /// </summary>
    public static System.Text.Json.JsonElement ReadJsonStrict(string json)
    {
        var element = System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();
        CheckKeys(element);
        return element;

        static void CheckKeys(System.Text.Json.JsonElement e)
        {
            if (e.ValueKind == System.Text.Json.JsonValueKind.Object)
            {
                var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    if (!seen.Add(p.Name))
                    {
                        throw new System.Text.Json.JsonException("duplicate key '" + p.Name + "'");
                    }

                    CheckKeys(p.Value);
                }
            }
            else if (e.ValueKind == System.Text.Json.JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    CheckKeys(item);
                }
            }
        }
    }

    /// <summary>One conversion; a node met a second time was reached through an alias, and counts as expanded.</summary>
    private sealed class Converter
    {
        private readonly System.Collections.Generic.HashSet<YamlNode> _seen = new(System.Collections.Generic.ReferenceEqualityComparer.Instance);
        private int _expanded;

        public JsonNode? Convert(YamlNode node)
        {
            if (!_seen.Add(node) && ++_expanded > MaxAliasExpansion)
            {
                throw new YamlException(node.Start, node.End, "aliases expand to more than " + MaxAliasExpansion + " nodes");
            }

            return YamlJson.Convert(node, this);
        }
    }

    private static JsonNode? Convert(YamlNode node, Converter converter)
    {
        // Like the YAML language server: a tag outside the core schema is an "unresolved tag" error.
        if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !CoreTags.Any(t => node.Tag.Value == "tag:yaml.org,2002:" + t))
        {
            throw new YamlException(node.Start, node.End, "unresolved tag " + node.Tag.Value);
        }

        return node switch
        {
            YamlMappingNode map => new JsonObject(map.Children.Select(e => new System.Collections.Generic.KeyValuePair<string, JsonNode?>(((YamlScalarNode)e.Key).Value ?? string.Empty, converter.Convert(e.Value)))),
            YamlSequenceNode seq => new JsonArray(seq.Children.Select(converter.Convert).ToArray()),
            YamlScalarNode scalar => Scalar(scalar),
            _ => throw new InvalidOperationException("unexpected YAML node " + node.NodeType),
        };
    }

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
