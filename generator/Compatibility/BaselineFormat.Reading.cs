using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsSchema.Generator.Compatibility;

// Reading a baseline: each line is one fact, applied to the type, field or value it names. Any
// line that cannot be read is an error at its line number, and the whole baseline is then refused.
internal static partial class BaselineFormat
{
    /// <summary>Reads a baseline file. Any line it cannot read is an error; the baseline is then null.</summary>
    public static Baseline? Read(string text, out List<BaselineError> errors)
    {
        errors = new List<BaselineError>();
        var baseline = new Baseline();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sawFormat = false;
        var lines = (text ?? string.Empty).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (number == 1 && line.Length > 0 && line[0] == '\uFEFF')
            {
                line = line.Substring(1);
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            if (!TryParseLine(line, out var keyword, out var subject, out var key, out var value, out var problem))
            {
                errors.Add(new BaselineError(number, problem));
                continue;
            }

            if (!sawFormat)
            {
                if (keyword != "format" || subject != FormatVersion || key is not null)
                {
                    errors.Add(new BaselineError(number, keyword == "format"
                        ? "format '" + subject + "' is not known; this NewsSchema reads format " + FormatVersion
                        : "the first fact must be 'format " + FormatVersion + "'"));
                    return null;
                }

                sawFormat = true;
                continue;
            }

            var error = Apply(baseline, seen, number, keyword, subject, key, value);
            if (error is not null)
            {
                errors.Add(new BaselineError(number, error));
            }
        }

        if (!sawFormat)
        {
            errors.Add(new BaselineError(1, "the file holds no facts; the first fact must be 'format " + FormatVersion + "'"));
        }

        foreach (var type in baseline.Types.Values)
        {
            if (type.Kind is null)
            {
                errors.Add(new BaselineError(type.Line, "type '" + type.Name + "' has no 'kind' fact"));
            }

            foreach (var field in type.Fields.Values.Where(f => f.Type is null))
            {
                errors.Add(new BaselineError(field.Line, "field '" + type.Name + "." + field.Name + "' has no 'type' fact"));
            }

            foreach (var value in type.Values.Values.Where(v => v.Member is null))
            {
                errors.Add(new BaselineError(value.Line, "value '" + type.Name + "." + value.Name + "' has no 'member' fact"));
            }
        }

        if (errors.Count > 0)
        {
            errors.Sort((a, b) => a.Line.CompareTo(b.Line));
            return null;
        }

        return baseline;
    }

    private static string? Apply(Baseline baseline, HashSet<string> seen, int line, string keyword, string subject, string? key, string? value)
    {
        switch (keyword)
        {
            case "format":
                return "'format' may appear only once, as the first fact";
            case "catalog":
                if (key is not null)
                {
                    return "a catalog fact is 'catalog <namespace>.<class>'";
                }

                if (baseline.Catalog is not null)
                {
                    return "the catalog is recorded twice";
                }

                baseline.Catalog = subject;
                baseline.CatalogLine = line;
                return null;
            case "type":
            case "field":
            case "value":
                break;
            default:
                return "unknown fact '" + keyword + "'; expected format, catalog, type, field or value";
        }

        var allowed = keyword == "type" ? TypeKeys : keyword == "field" ? FieldKeys : ValueKeys;
        if (key is null || value is null)
        {
            return "a " + keyword + " fact is '" + keyword + " <subject> <key> <value>'";
        }

        if (Array.IndexOf(allowed, key) < 0)
        {
            return "unknown " + keyword + " key '" + key + "'; expected one of: " + string.Join(", ", allowed);
        }

        if (key != "alias" && !seen.Add(keyword + " " + subject + " " + key))
        {
            return "'" + keyword + " " + subject + " " + key + "' is recorded twice";
        }

        // A flag fact that is not 'true' is still applied as set: any error discards the whole baseline.
        return (keyword == "type" ? ApplyTypeFact(baseline, line, subject, key, value) : ApplyMemberFact(baseline, line, keyword, subject, key, value))
               ?? NotTrue(key, value);
    }

    /// <summary>A <c>type</c> fact: creates the type at its first fact.</summary>
    private static string? ApplyTypeFact(Baseline baseline, int line, string subject, string key, string value)
    {
        if (!baseline.Types.TryGetValue(subject, out var type))
        {
            type = new BaselineType(subject) { Line = line };
            baseline.Types.Add(subject, type);
        }

        switch (key)
        {
            case "kind":
                if (value is not ("entity" or "record" or "enum"))
                {
                    return "kind '" + value + "' is not entity, record or enum";
                }

                type.Kind = value;
                break;
            case "csharp": type.CSharp = value; break;
            case "file": type.File = value; break;
            case "abstract": type.Abstract = true; break;
            case "base": type.Base = value; break;
            case "discriminator": type.Discriminator = value; break;
            case "tag": type.Tag = value; break;
            case "plural": type.Plural = value; break;
            case "catalogProperty": type.CatalogProperty = value; break;
            case "idPattern": type.IdPattern = value; break;
            case "idType": type.IdType = value; break;
        }

        return null;
    }

    /// <summary>A <c>field</c> or <c>value</c> fact, whose subject is <c>&lt;Type&gt;.&lt;name&gt;</c>: creates the field or value at its first fact.</summary>
    private static string? ApplyMemberFact(Baseline baseline, int line, string keyword, string subject, string key, string value)
    {
        var dot = subject.IndexOf('.');
        if (dot <= 0 || dot == subject.Length - 1)
        {
            return "a " + keyword + " subject is '<Type>.<name>'";
        }

        if (!baseline.Types.TryGetValue(subject.Substring(0, dot), out var owner))
        {
            return "'" + subject.Substring(0, dot) + "' has no 'type' facts before this line";
        }

        var name = subject.Substring(dot + 1);
        if (keyword == "value")
        {
            if (!owner.Values.TryGetValue(name, out var enumValue))
            {
                enumValue = new BaselineValue(name) { Line = line };
                owner.Values.Add(name, enumValue);
            }

            enumValue.Member = value;
            return null;
        }

        if (!owner.Fields.TryGetValue(name, out var field))
        {
            field = new BaselineField(name) { Line = line };
            owner.Fields.Add(name, field);
        }

        switch (key)
        {
            case "type": field.Type = value; break;
            case "property": field.Property = value; break;
            case "csharpType": field.CSharpType = value; break;
            case "required": field.Required = true; break;
            case "default": field.Default = value; break;
            case "alias":
                if (!field.Aliases.Add(value))
                {
                    return "alias '" + value + "' of '" + subject + "' is recorded twice";
                }

                break;
            default:
                field.Constraints[key] = value;
                break;
        }

        return null;
    }

    /// <summary>The error of a flag fact (abstract, required) with a value other than <c>true</c>: a flag is recorded only when set.</summary>
    private static string? NotTrue(string key, string value)
        => key is "abstract" or "required" && value != "true" ? "'" + key + "' is recorded only as 'true'" : null;
}
