using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;
using static NewsSchema.Generator.Model.CheckNeeds;

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
                {{NonUserCode}}
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
                {{NonUserCode}}
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
        w.Block($$"""
            {{EditorBrowsableNever}}
            {{NonUserCode}}
            internal {{@override}}void ValidateInto({{Runtime}}.ValidationContext context)
            {
                var frame = context.Enter(this, s_fieldNames);

            """);
        w.Indent();
        var names = new LocalNames(ReservedInMethod(members, "context", "frame"));
        var values = members.ToDictionary(m => m, m => names.Take(LocalNames.For(m.Field.PropertyName)));
        foreach (var member in members)
        {
            EmitFieldChecks(w, type, member, values[member], names);
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

                    {{NonUserCode}}
                    private static {{RegexType}} GetRegex{{i}}() => s_regex{{i}} ??= {{Rules}}.CreateRegex({{Literal(pattern)}});

                    """);
            }
        }
    }

    /// <summary>
    /// The checks of one field, then a blank line. <paramref name="local"/> is the name of the local
    /// that holds the field's value where one is needed (<c>title</c> in <c>Title is { } title</c>).
    /// </summary>
    private static void EmitFieldChecks(CodeWriter w, TypeModel type, Member member, string local, LocalNames names)
    {
        var f = member.Field;
        var index = member.Index.ToString(CultureInfo.InvariantCulture);
        var name = Literal(f.WireName);
        string FieldError(string code, string message) => $"context.FieldError({index}, {name}, {Literal(code)}, {message});";

        if (type.Kind == TypeKind.Entity && member.Index == 0)
        {
            // The implicit id: present, and matching the id pattern.
            var problem = names.Take("idProblem");
            w.Block($$"""
                if (Id.Value is null)
                {
                    {{FieldError("required", "\"is required\"")}}
                }
                else if ({{Rules}}.CheckPattern(GetRegex0(), Id.Value) is { } {{problem}})
                {
                    {{FieldError("pattern", problem)}}
                }

                """);
            return;
        }

        if (f.Type.Kind == TypeRefKind.List)
        {
            EmitListChecks(w, member, names);
            return;
        }

        if (f.Type.Kind == TypeRefKind.Map)
        {
            EmitMapChecks(w, member, names);
            return;
        }

        var hasChecks = HasScalarChecks(f.Type, f.Constraints) || NeedsDeepChecks(f.Type);
        var nullable = !(f.DefaultText is not null || (f.Required && IsValueType(f.Type)));
        if (!hasChecks && !(f.Required && nullable))
        {
            return;
        }

        // A value that cannot be absent is checked as it is; any other first matched, in its own scope.
        var value = nullable ? local : f.PropertyName;
        if (nullable)
        {
            w.Open($"if ({f.PropertyName} is {{ }} {value})");
            names.Open();
        }

        ScalarChecks(w, f.Type, f.Constraints, value, member.Index, FieldError, names, local);
        if (NeedsDeepChecks(f.Type))
        {
            if (f.Type.Kind is TypeRefKind.Record or TypeRefKind.Entity)
            {
                w.Block($$"""
                    context.PushName({{name}});
                    {{value}}.ValidateInto(context);
                    context.Pop();
                    """);
            }
            else
            {
                // A ref: resolved against the catalog when there is one.
                var resolver = TempName(names, local, "resolver");
                w.Line($"if (context.Resolver is {{ }} {resolver} && !{resolver}.{ResolvesCall(f.Type, value)})");
                w.Open().Line(FieldError("unresolved-reference", UnresolvedMessage(f.Type, value, resolver))).Close();
            }
        }

        if (nullable)
        {
            names.Close();
            w.Close();
            if (f.Required)
            {
                w.Line("else");
                w.Open().Line(FieldError("required", "\"is required\"")).Close();
            }
        }

        w.Line();
    }

    /// <summary>
    /// A temporary's name: the plain word inside a scope of its own (<c>length</c>), the field's
    /// name with the word at the method level (<c>codeLength</c>), where several fields' checks meet.
    /// </summary>
    private static string TempName(LocalNames names, string field, string word)
        => names.Take(names.AtMethodLevel ? field + char.ToUpperInvariant(word[0]) + word.Substring(1) : word);

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

    /// <summary>Walks into records, refs and nested collections below a field (the path is already pushed).</summary>
    private static void DeepChecks(CodeWriter w, TypeRefModel type, string value, int fieldIndex, LocalNames names)
    {
        var index = fieldIndex.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
            {
                // Nested collections built in code can hold null: report it instead of throwing.
                var record = names.Take("record");
                w.Block($$"""
                    if ({{value}} is { } {{record}})
                    {
                        {{record}}.ValidateInto(context);
                    }
                    else
                    {
                        context.HereError({{index}}, "required", "is null; items cannot be null");
                    }
                    """);
                break;
            }

            case TypeRefKind.Ref:
            {
                var resolver = names.Take("resolver");
                w.Block($$"""
                    if (context.Resolver is { } {{resolver}} && !{{resolver}}.{{ResolvesCall(type, value)}})
                    {
                        context.HereError({{index}}, "unresolved-reference", {{UnresolvedMessage(type, value, resolver)}});
                    }
                    """);
                break;
            }

            // A list and a map walk alike; they differ in the loop and in what goes on the path (index or key).
            case TypeRefKind.List when NeedsDeepChecks(type.Element!):
            {
                names.Open();
                var position = names.Take("index");
                w.Open($"for (var {position} = 0; {position} < {value}.Count; {position}++)");
                w.Line($"context.PushIndex({position});");
                DeepChecks(w, type.Element!, $"{value}[{position}]", fieldIndex, names);
                w.Line();
                w.Line("context.Pop();");
                w.Close();
                names.Close();
                break;
            }

            case TypeRefKind.Map when NeedsDeepChecks(type.Element!):
            {
                names.Open();
                var entry = names.Take("entry");
                w.Open($"foreach (var {entry} in {value})");
                w.Line($"context.PushName({entry}.Key);");
                DeepChecks(w, type.Element!, $"{entry}.Value", fieldIndex, names);
                w.Line();
                w.Line("context.Pop();");
                w.Close();
                names.Close();
                break;
            }
        }
    }
}
