using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsSchema.Generator.Export;

/// <summary>
/// A tiny ordered JSON tree and its writer (two-space indent, \n line ends, keys in insertion
/// order), so the exported JSON Schemas are byte-identical for the same schemas. The generator
/// targets netstandard2.0 and loads no JSON library of its own.
/// </summary>
internal abstract class JsonValue
{
    public static JsonValue Of(string text) => new JsonText(text);

    public static JsonValue Of(bool value) => value ? JsonLiteral.True : JsonLiteral.False;

    public static JsonValue Of(int value) => new JsonLiteral(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A number already in JSON form (invariant, no exponent surprises).</summary>
    public static JsonValue Number(string json) => new JsonLiteral(json);

    public static readonly JsonValue Null = new JsonLiteral("null");

    public string ToJson()
    {
        var sb = new StringBuilder();
        Write(sb, 0);
        sb.Append('\n');
        return sb.ToString();
    }

    internal abstract void Write(StringBuilder sb, int indent);

    internal static void Indent(StringBuilder sb, int indent) => sb.Append(' ', indent * 2);

    /// <summary>
    /// Writes <paramref name="text"/> as a JSON string: quote, backslash, \n, \r and \t escaped by name,
    /// other control characters (and those <paramref name="alsoEscape"/> names) as \uXXXX. A JSON
    /// string, not a C# literal: EmitHelpers.Literal escapes for C# source, with other rules.
    /// BaselineFormat.ReadQuoted reads it back. The runtime's writers escape on their own: the generator
    /// cannot reference the runtime.
    /// </summary>
    internal static void Quote(StringBuilder sb, string text, Func<char, bool>? alsoEscape = null)
    {
        sb.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || (alsoEscape is not null && alsoEscape(c)))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}

internal sealed class JsonLiteral : JsonValue
{
    public static readonly JsonLiteral True = new("true");
    public static readonly JsonLiteral False = new("false");

    public JsonLiteral(string raw) => Raw = raw;

    public string Raw { get; }

    internal override void Write(StringBuilder sb, int indent) => sb.Append(Raw);
}

internal sealed class JsonText : JsonValue
{
    public JsonText(string text) => Text = text;

    public string Text { get; }

    internal override void Write(StringBuilder sb, int indent) => Quote(sb, Text);
}

internal sealed class JsonArray : JsonValue
{
    public List<JsonValue> Items { get; } = new();

    public JsonArray Add(JsonValue value)
    {
        Items.Add(value);
        return this;
    }

    public static JsonArray Of(IEnumerable<string> texts)
    {
        var array = new JsonArray();
        foreach (var text in texts)
        {
            array.Add(JsonValue.Of(text));
        }

        return array;
    }

    internal override void Write(StringBuilder sb, int indent)
    {
        if (Items.Count == 0)
        {
            sb.Append("[]");
            return;
        }

        // Short arrays of scalars stay on one line.
        var flat = Items.TrueForAll(i => i is JsonLiteral or JsonText) && Items.Count <= 8;
        if (flat)
        {
            var one = new StringBuilder("[");
            for (var i = 0; i < Items.Count; i++)
            {
                one.Append(i == 0 ? string.Empty : ", ");
                Items[i].Write(one, 0);
            }

            one.Append(']');
            if (one.Length <= 100)
            {
                sb.Append(one);
                return;
            }
        }

        sb.Append("[\n");
        for (var i = 0; i < Items.Count; i++)
        {
            Indent(sb, indent + 1);
            Items[i].Write(sb, indent + 1);
            sb.Append(i < Items.Count - 1 ? ",\n" : "\n");
        }

        Indent(sb, indent);
        sb.Append(']');
    }
}

internal sealed class JsonObject : JsonValue
{
    private readonly List<KeyValuePair<string, JsonValue>> _members = new();

    public int Count => _members.Count;

    /// <summary>Sets <paramref name="key"/> (replacing an earlier value, keeping its place).</summary>
    public JsonObject Set(string key, JsonValue? value)
    {
        if (value is null)
        {
            return this;
        }

        for (var i = 0; i < _members.Count; i++)
        {
            if (_members[i].Key == key)
            {
                _members[i] = new KeyValuePair<string, JsonValue>(key, value);
                return this;
            }
        }

        _members.Add(new KeyValuePair<string, JsonValue>(key, value));
        return this;
    }

    public JsonObject Set(string key, string? text) => text is null ? this : Set(key, JsonValue.Of(text));

    public JsonValue? Get(string key)
    {
        foreach (var member in _members)
        {
            if (member.Key == key)
            {
                return member.Value;
            }
        }

        return null;
    }

    internal override void Write(StringBuilder sb, int indent)
    {
        if (_members.Count == 0)
        {
            sb.Append("{}");
            return;
        }

        sb.Append("{\n");
        for (var i = 0; i < _members.Count; i++)
        {
            Indent(sb, indent + 1);
            Quote(sb, _members[i].Key);
            sb.Append(": ");
            _members[i].Value.Write(sb, indent + 1);
            sb.Append(i < _members.Count - 1 ? ",\n" : "\n");
        }

        Indent(sb, indent);
        sb.Append('}');
    }
}
