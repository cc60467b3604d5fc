using System.Globalization;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Model.CheckNeeds;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

/// <summary>The checks of list and map fields: item counts, unique items, and each item's or entry's own checks.</summary>
internal static partial class RecordEmitter
{
    private static void EmitListChecks(CodeWriter w, Member member, LocalNames names)
    {
        var f = member.Field;
        var index = member.Index.ToString(CultureInfo.InvariantCulture);
        var name = Literal(f.WireName);
        var list = Source(member);
        var c = f.Constraints;
        string FieldError(string code, string message) => $"context.FieldError({index}, {name}, {Literal(code)}, {message});";
        var wrote = false;
        if (c.MinItems is { } min)
        {
            w.Line($"if ({list}.Count < {min.ToString(CultureInfo.InvariantCulture)})");
            w.Open().Line(FieldError("min-items", $"$\"must have at least {Items(min)}, but has {{{list}.Count}}\"")).Close();
            wrote = true;
        }

        if (c.MaxItems is { } max)
        {
            BlankLineIf(w, wrote);
            w.Line($"if ({list}.Count > {max.ToString(CultureInfo.InvariantCulture)})");
            w.Open().Line(FieldError("max-items", $"$\"must have at most {Items(max)}, but has {{{list}.Count}}\"")).Close();
            wrote = true;
        }

        if (c.UniqueItems)
        {
            // Every item equal to an earlier one is reported; the list of them is built only
            // when there is one, so valid data still allocates nothing.
            BlankLineIf(w, wrote);
            names.Open();
            var duplicate = names.Take("duplicate");
            w.Block($$"""
                if ({{Rules}}.FirstDuplicate({{list}}, out _) >= 0)
                {
                    foreach (var {{duplicate}} in {{Rules}}.Duplicates({{list}}))
                    {
                        context.ItemError({{index}}, {{name}}, {{duplicate}}.Index, "unique-items", $"is equal to item {{{duplicate}}.FirstIndex}; the items must be unique");
                    }
                }
                """);
            names.Close();
            wrote = true;
        }

        var element = f.Type.Element!;
        if (HasScalarChecks(element, c) || NeedsDeepChecks(element))
        {
            BlankLineIf(w, wrote);
            names.Open();
            var position = names.Take("index");
            var item = names.Take("item");
            w.Open($"for (var {position} = 0; {position} < {list}.Count; {position}++)");
            w.Line($"var {item} = {list}[{position}];");
            string ItemError(string code, string message) => $"context.ItemError({index}, {name}, {position}, {Literal(code)}, {message});";
            if (!IsValueType(element))
            {
                // Only a list built in code can hold null: report it instead of throwing.
                w.Line($"if ({item} is null)");
                w.Open().Line(ItemError("required", "\"is null; list items cannot be null\"")).Line("continue;").Close();
                w.Line();
            }

            ScalarChecks(w, element, c, item, member.Index, ItemError, names, item);
            if (element.Kind == TypeRefKind.Ref)
            {
                // At the item's own line and column, not the list's.
                var resolver = names.Take("resolver");
                w.Line($"if (context.Resolver is {{ }} {resolver} && !{resolver}.{ResolvesCall(element, item)})");
                w.Open().Line(ItemError("unresolved-reference", UnresolvedMessage(element, item, resolver))).Close();
            }
            else if (NeedsDeepChecks(element))
            {
                w.Block($$"""
                    context.PushName({{name}});
                    context.PushIndex({{position}});
                    """);
                DeepChecks(w, element, item, member.Index, names);
                w.Line();
                w.Block("""
                    context.Pop();
                    context.Pop();
                    """);
            }

            w.Close();
            names.Close();
            wrote = true;
        }

        BlankLineIf(w, wrote);
    }

    private static void EmitMapChecks(CodeWriter w, Member member, LocalNames names)
    {
        var f = member.Field;
        var element = f.Type.Element!;
        if (!HasScalarChecks(element, f.Constraints) && !NeedsDeepChecks(element))
        {
            return;
        }

        // Each entry's error sits at that entry (its own line), with the key in the path.
        var index = member.Index.ToString(CultureInfo.InvariantCulture);
        var name = Literal(f.WireName);
        var position = TempName(names, LocalNames.For(f.PropertyName), "index");
        w.Line($"var {position} = 0;");
        names.Open();
        var entry = names.Take("entry");
        w.Open($"foreach (var {entry} in {(member.Inherited ? f.PropertyName : Source(member) + ".Entries")})");
        w.Block($$"""
            context.PushName({{name}});
            context.PushName({{entry}}.Key);
            """);
        string HereError(string code, string message) => $"context.EntryError({index}, {position}, {Literal(code)}, {message});";
        var nullableValue = !IsValueType(element);
        if (nullableValue)
        {
            // Only a map built in code can hold null: report it instead of throwing.
            w.Line($"if ({entry}.Value is null)");
            w.Open().Line(HereError("required", "\"is null; map values cannot be null\"")).Close();
            w.Line("else");
            w.Open();
        }

        ScalarChecks(w, element, f.Constraints, $"{entry}.Value", member.Index, HereError, names, entry);
        if (element.Kind == TypeRefKind.Ref)
        {
            var resolver = names.Take("resolver");
            w.Line($"if (context.Resolver is {{ }} {resolver} && !{resolver}.{ResolvesCall(element, $"{entry}.Value")})");
            w.Open().Line(HereError("unresolved-reference", UnresolvedMessage(element, $"{entry}.Value", resolver))).Close();
        }
        else
        {
            DeepChecks(w, element, $"{entry}.Value", member.Index, names);
        }

        if (nullableValue)
        {
            w.Close();
        }

        w.Line();
        w.Block($$"""
            context.Pop();
            context.Pop();
            {{position}}++;
            """);
        w.Close();
        names.Close();
        w.Line();
    }
}
