using System;
using System.Collections.Generic;
using System.Globalization;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    private const string Rules = Serialization + ".ValidationRules";
    private const string RegexType = "global::System.Text.RegularExpressions.Regex";

    private static void EmitValidation(CodeWriter w, TypeModel type, List<Member> members)
    {
        if (type.BaseFullName is null)
        {
            w.Block($$"""
                /// <summary>
                /// Checks every constraint of the schema on this value and the records inside it, and the
                /// rules added in <c>ValidateCustom</c>. Pass the <c>Positions</c> of a parse result to get
                /// the file, line and column of each error. Valid data allocates nothing.
                /// </summary>
                public {{Runtime}}.ValidationResult Validate({{Runtime}}.SourcePositions? positions = null)
                {
                    var context = {{Runtime}}.ValidationContext.Rent(positions);
                    ValidateInto(context);
                    return context.Finish();
                }

                """);
        }

        w.Block($$"""
            /// <summary>Add rules of your own: implement this partial method and report through <paramref name="context"/>.</summary>
            partial void ValidateCustom({{Runtime}}.ValidationContext context);

            """);

        if (type.IsAbstract)
        {
            // The concrete types validate every field (their own and inherited) and call the
            // custom rules of each base through these.
            w.Block($$"""
                {{EditorBrowsableNever}}
                private protected void ValidateCustomOf{{type.Name}}({{Runtime}}.ValidationContext context) => ValidateCustom(context);

                """);
            if (type.IsRoot)
            {
                w.Block($$"""
                    {{EditorBrowsableNever}}
                    internal abstract void ValidateInto({{Runtime}}.ValidationContext context);

                    """);
            }

            return;
        }

        var @override = type.BaseFullName is null ? string.Empty : "override ";
        w.Line(EditorBrowsableNever);
        w.Open($"internal {@override}void ValidateInto({Runtime}.ValidationContext context)");
        w.Line("var frame = context.Enter(this, s_fieldNames);");
        var counter = 0;
        foreach (var member in members)
        {
            EmitFieldChecks(w, type, member, ref counter);
        }

        foreach (var ancestor in type.Ancestors)
        {
            w.Line($"ValidateCustomOf{ancestor.Substring(ancestor.LastIndexOf('.') + 1)}(context);");
        }

        w.Line("ValidateCustom(context);");
        w.Line("context.Exit(frame);");
        w.Close();
        w.Line();

        foreach (var member in members)
        {
            if (member.Field.Constraints.Pattern is { } pattern)
            {
                var i = member.Index.ToString(CultureInfo.InvariantCulture);
                w.Block($$"""
                    private static {{RegexType}}? s_regex{{i}};

                    private static {{RegexType}} GetRegex{{i}}() => s_regex{{i}} ??= {{Rules}}.CreateRegex({{Literal(pattern)}});

                    """);
            }
        }
    }

    private static void EmitFieldChecks(CodeWriter w, TypeModel type, Member member, ref int counter)
    {
        var f = member.Field;
        var index = member.Index.ToString(CultureInfo.InvariantCulture);
        var name = Literal(f.WireName);
        var n = (counter++).ToString(CultureInfo.InvariantCulture);
        string FieldError(string code, string message) => $"context.FieldError({index}, {name}, {Literal(code)}, {message});";

        if (type.Kind == TypeKind.Entity && member.Index == 0)
        {
            // The implicit id: present, and matching the id pattern.
            w.Line("if (Id.Value is null)");
            w.Open().Line(FieldError("required", "\"is required\"")).Close();
            w.Line($"else if ({Rules}.CheckPattern(GetRegex0(), Id.Value) is {{ }} idProblem)");
            w.Open().Line(FieldError("pattern", "idProblem")).Close();
            w.Line();
            return;
        }

        if (f.Type.Kind == TypeRefKind.List)
        {
            var list = Source(member);
            var c = f.Constraints;
            if (c.MinItems is { } min)
            {
                w.Line($"if ({list}.Count < {min.ToString(CultureInfo.InvariantCulture)})");
                w.Open().Line(FieldError("min-items", $"$\"must have at least {Items(min)}, but has {{{list}.Count}}\"")).Close();
            }

            if (c.MaxItems is { } max)
            {
                w.Line($"if ({list}.Count > {max.ToString(CultureInfo.InvariantCulture)})");
                w.Open().Line(FieldError("max-items", $"$\"must have at most {Items(max)}, but has {{{list}.Count}}\"")).Close();
            }

            if (c.UniqueItems)
            {
                // Every item equal to an earlier one is reported; the list of them is built only
                // when there is one, so valid data still allocates nothing.
                w.Line($"if ({Rules}.FirstDuplicate({list}, out _) >= 0)");
                w.Open();
                w.Open($"foreach (var dup{n} in {Rules}.Duplicates({list}))");
                w.Line($"context.ItemError({index}, {name}, dup{n}.Index, \"unique-items\", $\"is equal to item {{dup{n}.FirstIndex}}; the items must be unique\");");
                w.Close();
                w.Close();
            }

            var element = f.Type.Element!;
            if (HasScalarChecks(element, c) || NeedsDeepChecks(element))
            {
                w.Open($"for (var k{n} = 0; k{n} < {list}.Count; k{n}++)");
                w.Line($"var x{n} = {list}[k{n}];");
                string ItemError(string code, string message) => $"context.ItemError({index}, {name}, k{n}, {Literal(code)}, {message});";
                if (!IsValueType(element))
                {
                    // Only a list built in code can hold null: report it instead of throwing.
                    w.Line($"if (x{n} is null)");
                    w.Open().Line(ItemError("required", "\"is null; list items cannot be null\"")).Line("continue;").Close();
                }

                ScalarChecks(w, element, c, "x" + n, member.Index, ItemError, ref counter);
                if (element.Kind == TypeRefKind.Ref)
                {
                    // At the item's own line and column, not the list's.
                    w.Line($"if (context.Resolver is {{ }} resolver{n} && !resolver{n}.{ResolvesCall(element, "x" + n)})");
                    w.Open().Line(ItemError("unresolved-reference", UnresolvedMessage(element, "x" + n, "resolver" + n))).Close();
                }
                else if (NeedsDeepChecks(element))
                {
                    w.Line($"context.PushName({name});");
                    w.Line($"context.PushIndex(k{n});");
                    DeepChecks(w, element, "x" + n, member.Index, ref counter);
                    w.Line("context.Pop();");
                    w.Line("context.Pop();");
                }

                w.Close();
            }

            w.Line();
            return;
        }

        if (f.Type.Kind == TypeRefKind.Map)
        {
            var element = f.Type.Element!;
            if (HasScalarChecks(element, f.Constraints) || NeedsDeepChecks(element))
            {
                // Each entry's error sits at that entry (its own line), with the key in the path.
                w.Line($"var j{n} = 0;");
                w.Open($"foreach (var e{n} in {(member.Inherited ? f.PropertyName : Source(member) + ".Entries")})");
                w.Line($"context.PushName({name});");
                w.Line($"context.PushName(e{n}.Key);");
                string HereError(string code, string message) => $"context.EntryError({index}, j{n}, {Literal(code)}, {message});";
                var nullableValue = !IsValueType(element);
                if (nullableValue)
                {
                    // Only a map built in code can hold null: report it instead of throwing.
                    w.Line($"if (e{n}.Value is null)");
                    w.Open().Line(HereError("required", "\"is null; map values cannot be null\"")).Close();
                    w.Line("else");
                    w.Open();
                }

                ScalarChecks(w, element, f.Constraints, $"e{n}.Value", member.Index, HereError, ref counter);
                if (element.Kind == TypeRefKind.Ref)
                {
                    w.Line($"if (context.Resolver is {{ }} resolver{n} && !resolver{n}.{ResolvesCall(element, $"e{n}.Value")})");
                    w.Open().Line(HereError("unresolved-reference", UnresolvedMessage(element, $"e{n}.Value", "resolver" + n))).Close();
                }
                else
                {
                    DeepChecks(w, element, $"e{n}.Value", member.Index, ref counter);
                }

                if (nullableValue)
                {
                    w.Close();
                }

                w.Line("context.Pop();");
                w.Line("context.Pop();");
                w.Line($"j{n}++;");
                w.Close();
                w.Line();
            }

            return;
        }

        var hasChecks = HasScalarChecks(f.Type, f.Constraints) || NeedsDeepChecks(f.Type);
        var nullable = !(f.DefaultText is not null || (f.Required && IsValueType(f.Type)));
        if (!hasChecks && !(f.Required && nullable))
        {
            return;
        }

        var value = "v" + n;
        if (nullable)
        {
            w.Open($"if ({f.PropertyName} is {{ }} {value})");
        }
        else
        {
            w.Open();
            w.Line($"var {value} = {f.PropertyName};");
        }

        ScalarChecks(w, f.Type, f.Constraints, value, member.Index, FieldError, ref counter);
        if (NeedsDeepChecks(f.Type))
        {
            if (f.Type.Kind is TypeRefKind.Record or TypeRefKind.Entity)
            {
                w.Line($"context.PushName({name});");
                w.Line($"{value}.ValidateInto(context);");
                w.Line("context.Pop();");
            }
            else
            {
                // A ref: resolved against the catalog when there is one.
                w.Line($"if (context.Resolver is {{ }} resolver{n} && !resolver{n}.{ResolvesCall(f.Type, value)})");
                w.Open().Line(FieldError("unresolved-reference", UnresolvedMessage(f.Type, value, "resolver" + n))).Close();
            }
        }

        w.Close();
        if (f.Required && nullable)
        {
            w.Line("else");
            w.Open().Line(FieldError("required", "\"is required\"")).Close();
        }

        w.Line();
    }

    private static string Items(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " item" : " items");

    /// <summary>
    /// "no Person has the id 'x'"; for a ref to a member of a family, says when the id names
    /// another member (the message is built only on the error path).
    /// </summary>
    private static string UnresolvedMessage(TypeRefModel type, string value, string resolver)
    {
        var root = type.FullName!.EndsWith("Id", StringComparison.Ordinal) ? type.FullName.Substring(0, type.FullName.Length - 2) : type.FullName;
        var plain = $"$\"no {type.Name} has the id '{{{value}}}'\"";
        if (type.Target is null || type.Target == root)
        {
            return plain;
        }

        var rootName = root.Substring(root.LastIndexOf('.') + 1);
        return $"{plain} + ({resolver}.Resolves<{root}, {type.FullName}>({value}) ? \"; that id names another kind of {rootName}\" : \"\")";
    }

    /// <summary><c>Resolves&lt;TEntity, TId&gt;(value)</c>: the id must name an entity of the ref's target type.</summary>
    private static string ResolvesCall(TypeRefModel type, string value)
    {
        var target = type.Target ?? (type.FullName!.EndsWith("Id", StringComparison.Ordinal) ? type.FullName.Substring(0, type.FullName.Length - 2) : type.FullName);
        return $"Resolves<{target}, {type.FullName}>({value})";
    }

    private static bool NeedsDeepChecks(TypeRefModel type) => type.Kind switch
    {
        TypeRefKind.Record or TypeRefKind.Entity or TypeRefKind.Ref => true,
        TypeRefKind.List or TypeRefKind.Map => NeedsDeepChecks(type.Element!),
        _ => false,
    };

    private static bool HasScalarChecks(TypeRefModel type, FieldConstraints c)
        => type.Kind == TypeRefKind.Enum
           || (type.Kind == TypeRefKind.Primitive
               && (c.MinLength is not null || c.MaxLength is not null || c.Pattern is not null
                   || c.Minimum is not null || c.Maximum is not null || c.ExclusiveMinimum is not null || c.ExclusiveMaximum is not null));

    /// <summary>Checks on one scalar value (a field, or an item of a list or map field).</summary>
    private static void ScalarChecks(CodeWriter w, TypeRefModel type, FieldConstraints c, string value, int fieldIndex, Func<string, string, string> error, ref int counter)
    {
        var n = (counter++).ToString(CultureInfo.InvariantCulture);
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
            if (c.MinLength is not null || c.MaxLength is not null)
            {
                w.Line($"var len{n} = {Rules}.CodePointLength({value});");
                if (c.MinLength is { } min)
                {
                    var m = min.ToString(CultureInfo.InvariantCulture);
                    w.Line($"if (len{n} < {m})");
                    w.Open().Line(error("min-length", $"$\"must be at least {m} characters long, but has {{len{n}}}\"")).Close();
                }

                if (c.MaxLength is { } max)
                {
                    var m = max.ToString(CultureInfo.InvariantCulture);
                    w.Line($"if (len{n} > {m})");
                    w.Open().Line(error("max-length", $"$\"must be at most {m} characters long, but has {{len{n}}}\"")).Close();
                }
            }

            if (c.Pattern is not null)
            {
                w.Line($"if ({Rules}.CheckPattern(GetRegex{fieldIndex.ToString(CultureInfo.InvariantCulture)}(), {value}) is {{ }} problem{n})");
                w.Open().Line(error("pattern", "problem" + n)).Close();
            }

            return;
        }

        Bound(w, type.Primitive, c.Minimum, "<", "minimum", "must be at least", value, error, n);
        Bound(w, type.Primitive, c.Maximum, ">", "maximum", "must be at most", value, error, n);
        Bound(w, type.Primitive, c.ExclusiveMinimum, "<=", "exclusive-minimum", "must be greater than", value, error, n);
        Bound(w, type.Primitive, c.ExclusiveMaximum, ">=", "exclusive-maximum", "must be less than", value, error, n);
    }

    private static void Bound(CodeWriter w, PrimitiveKind kind, string? bound, string failsWhen, string code, string words, string value, Func<string, string, string> error, string n)
    {
        if (bound is null)
        {
            return;
        }

        string literal;
        string shown;
        switch (kind)
        {
            case PrimitiveKind.Int:
            case PrimitiveKind.Long:
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
                return;
        }

        // For a double, NaN (possible only in code) fails every bound instead of passing them all.
        w.Line(kind == PrimitiveKind.Double ? $"if (!({value} {Negate(failsWhen)} {literal}))" : $"if ({value} {failsWhen} {literal})");
        w.Open().Line(error(code, $"$\"{words} {shown}, but is {{({Rules}.Text({value}))}}\"")).Close();
    }

    private static string Negate(string comparison) => comparison switch
    {
        "<" => ">=",
        ">" => "<=",
        "<=" => ">",
        _ => "<",
    };

    /// <summary>Walks into records, refs and nested collections below a field (the path is already pushed).</summary>
    private static void DeepChecks(CodeWriter w, TypeRefModel type, string value, int fieldIndex, ref int counter)
    {
        var n = (counter++).ToString(CultureInfo.InvariantCulture);
        var index = fieldIndex.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                // Nested collections built in code can hold null: report it instead of throwing.
                w.Line($"if ({value} is {{ }} r{n})");
                w.Open().Line($"r{n}.ValidateInto(context);").Close();
                w.Line("else");
                w.Open().Line($"context.HereError({index}, \"required\", \"is null; items cannot be null\");").Close();
                break;
            case TypeRefKind.Ref:
                w.Line($"if (context.Resolver is {{ }} resolver{n} && !resolver{n}.{ResolvesCall(type, value)})");
                w.Open().Line($"context.HereError({index}, \"unresolved-reference\", {UnresolvedMessage(type, value, "resolver" + n)});").Close();
                break;
            case TypeRefKind.List when NeedsDeepChecks(type.Element!):
                w.Open($"for (var k{n} = 0; k{n} < {value}.Count; k{n}++)");
                w.Line($"context.PushIndex(k{n});");
                DeepChecks(w, type.Element!, $"{value}[k{n}]", fieldIndex, ref counter);
                w.Line("context.Pop();");
                w.Close();
                break;
            case TypeRefKind.Map when NeedsDeepChecks(type.Element!):
                w.Open($"foreach (var e{n} in {value})");
                w.Line($"context.PushName(e{n}.Key);");
                DeepChecks(w, type.Element!, $"e{n}.Value", fieldIndex, ref counter);
                w.Line("context.Pop();");
                w.Close();
                break;
        }
    }
}
