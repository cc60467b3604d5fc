using System;
using System.Globalization;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>The checks of one scalar value: enum membership, length and pattern of text, bounds of numbers and dates.</summary>
internal static partial class RecordEmitter
{
    /// <summary>Checks on one scalar value (a field, or an item of a list or map field).</summary>
    /// <param name="stem">What the value is called, for a temporary at the method level (<c>titleLength</c>).</param>
    private static void ScalarChecks(CodeWriter w, TypeRefModel type, FieldConstraints c, string value, int fieldIndex, Func<string, string, string> error, LocalNames names, string stem)
    {
        if (type.Kind == TypeRefKind.Enum)
        {
            w.Line($"if (!{type.FullName}Extensions.IsDefined({value}))");
            w.Open().Line(error("enum", $"$\"{{(int){value}}} is not a defined {type.Name} value\"")).Close();
            return;
        }

        if (type.Kind != TypeRefKind.Primitive)
        {
            return;
        }

        if (type.Primitive == PrimitiveKind.String)
        {
            var wrote = false;
            if (c.MinLength is not null || c.MaxLength is not null)
            {
                var length = TempName(names, stem, "length");
                w.Line($"var {length} = {Rules}.CodePointLength({value});");
                if (c.MinLength is { } min)
                {
                    var m = min.ToString(CultureInfo.InvariantCulture);
                    w.Line($"if ({length} < {m})");
                    w.Open().Line(error("min-length", $"$\"must be at least {m} characters long, but has {{{length}}}\"")).Close();
                }

                if (c.MaxLength is { } max)
                {
                    var m = max.ToString(CultureInfo.InvariantCulture);
                    BlankLineIf(w, c.MinLength is not null);
                    w.Line($"if ({length} > {m})");
                    w.Open().Line(error("max-length", $"$\"must be at most {m} characters long, but has {{{length}}}\"")).Close();
                }

                wrote = true;
            }

            if (c.Pattern is not null)
            {
                BlankLineIf(w, wrote);
                var problem = TempName(names, stem, "problem");
                w.Line($"if ({Rules}.CheckPattern(GetRegex{fieldIndex.ToString(CultureInfo.InvariantCulture)}(), {value}) is {{ }} {problem})");
                w.Open().Line(error("pattern", problem)).Close();
            }

            return;
        }

        var bounds = new (string? Bound, string FailsWhen, string Code, string Words)[]
        {
            (c.Minimum, "<", "minimum", "must be at least"),
            (c.Maximum, ">", "maximum", "must be at most"),
            (c.ExclusiveMinimum, "<=", "exclusive-minimum", "must be greater than"),
            (c.ExclusiveMaximum, ">=", "exclusive-maximum", "must be less than"),
        };
        var wroteBound = false;
        foreach (var (bound, failsWhen, code, words) in bounds)
        {
            if (bound is not null)
            {
                BlankLineIf(w, wroteBound);
                wroteBound |= Bound(w, type.Primitive, bound, failsWhen, code, words, value, error);
            }
        }
    }

    /// <returns>Whether a check was written (a bound no value of the type can break needs none).</returns>
    private static bool Bound(CodeWriter w, PrimitiveKind kind, string bound, string failsWhen, string code, string words, string value, Func<string, string, string> error)
    {
        string literal;
        string shown;
        switch (kind)
        {
            case PrimitiveKind.Int:
            case PrimitiveKind.Long:
            {
                var d = decimal.Parse(bound, NumberStyles.Float, CultureInfo.InvariantCulture);
                shown = d.ToString(CultureInfo.InvariantCulture);
                switch (IntegerBound(kind, d, failsWhen, out literal))
                {
                    case false:
                        return false;
                    case true:
                        // Every value of the type breaks it: reported without a test.
                        w.Line(error(code, $"$\"{words} {shown}, but is {{({Rules}.Text({value}))}}\""));
                        return true;
                }

                break;
            }

            case PrimitiveKind.Decimal:
            {
                var d = decimal.Parse(bound, NumberStyles.Float, CultureInfo.InvariantCulture);
                shown = d.ToString(CultureInfo.InvariantCulture);
                literal = shown + "m";
                break;
            }

            case PrimitiveKind.Double:
            {
                var d = double.Parse(bound, NumberStyles.Float, CultureInfo.InvariantCulture);
                shown = d.ToString("R", CultureInfo.InvariantCulture);
                literal = shown + "d";
                break;
            }

            case PrimitiveKind.Date:
            {
                var d = DateTime.ParseExact(bound, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                shown = bound;
                literal = $"new global::System.DateOnly({d.Year}, {d.Month}, {d.Day})";
                break;
            }

            case PrimitiveKind.DateTime:
            {
                var d = DateTimeOffset.Parse(bound, CultureInfo.InvariantCulture);
                shown = bound;
                literal = $"new global::System.DateTimeOffset({d.Ticks.ToString(CultureInfo.InvariantCulture)}L, new global::System.TimeSpan({d.Offset.Ticks.ToString(CultureInfo.InvariantCulture)}L))";
                break;
            }

            default:
                return false;
        }

        // For a double, NaN (possible only in code) fails every bound instead of passing them all.
        w.Line(kind == PrimitiveKind.Double ? $"if (!({value} {Negate(failsWhen)} {literal}))" : $"if ({value} {failsWhen} {literal})");
        w.Open().Line(error(code, $"$\"{words} {shown}, but is {{({Rules}.Text({value}))}}\"")).Close();
        return true;
    }

    /// <summary>
    /// An int or long compared with an integer: a fractional bound becomes the integer that gives
    /// every value the same verdict (<c>minimum: 0.5</c> is <c>&lt; 1</c>). Null with the literal
    /// when the test is needed; false when no value of the type breaks the bound, true when every one does.
    /// </summary>
    private static bool? IntegerBound(PrimitiveKind kind, decimal bound, string failsWhen, out string literal)
    {
        // v < 0.5 and v >= 0.5 hold for the same integers as v < 1 and v >= 1; v > 0.5 and v <= 0.5 as v > 0 and v <= 0.
        var integer = failsWhen is "<" or ">=" ? decimal.Ceiling(bound) : decimal.Floor(bound);
        decimal min = kind == PrimitiveKind.Int ? int.MinValue : long.MinValue;
        decimal max = kind == PrimitiveKind.Int ? int.MaxValue : long.MaxValue;
        literal = integer.ToString(CultureInfo.InvariantCulture);
        var below = failsWhen is "<" or "<=";
        if (integer > max)
        {
            return below;
        }

        if (integer < min)
        {
            return !below;
        }

        return null;
    }

    private static string Negate(string comparison) => comparison switch
    {
        "<" => ">=",
        ">" => "<=",
        "<=" => ">",
        _ => "<",
    };
}
