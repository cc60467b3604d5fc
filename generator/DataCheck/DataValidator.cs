using NewsSchema.Generated;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Model.CheckNeeds;

namespace NewsSchema.Generator.DataCheck;

/// <summary>A <c>ref&lt;&gt;</c> met while validating: checked against every file's ids by the reference pass.</summary>
/// <param name="Id">The id the data gives.</param>
/// <param name="RefIdFullName">The ref's id type (<c>global::NS.ActorId</c>).</param>
/// <param name="TargetFullName">The entity type the id must name (a family member may narrow the root).</param>
/// <param name="RefName">The ref's target name as messages show it.</param>
internal sealed record RefTarget(string Id, string RefIdFullName, string? TargetFullName, string RefName);

/// <summary>
/// Validates values read by <see cref="DataReader"/> by interpreting the model, through the
/// runtime's own <see cref="ValidationContext"/> and <see cref="ValidationRules"/>, in exactly
/// the order the generated <c>ValidateInto</c> does (RecordEmitter.Validation). Custom rules
/// (<c>ValidateCustom</c>) are user code and cannot run at build time. Where the generated code
/// asks the catalog whether a ref resolves, this reports an <c>unresolved-reference</c>
/// placeholder and remembers the ref: the reference pass, which sees every file, keeps or drops it.
/// </summary>
internal sealed class DataValidator
{
    /// <summary>The message of a placeholder: this prefix and the index into <see cref="Refs"/>.</summary>
    public const string RefMarker = "\u0000ref:";

    private readonly DataSchema _schema;

    public DataValidator(DataSchema schema) => _schema = schema;

    /// <summary>Refs met so far, indexed by their placeholders.</summary>
    public List<RefTarget> Refs { get; } = new();

    /// <summary>As the generated <c>ValidateInto</c> of a concrete record or entity.</summary>
    public void ValidateRecord(RecordValue record, ValidationContext context)
    {
        var type = _schema.Find(record.Type.FullName)!;
        var frame = context.Enter(record, type.FieldNames);
        for (var i = 0; i < type.Members.Length; i++)
        {
            FieldChecks(type, i, record.Fields[i], context);
        }

        context.Exit(frame);
    }

    private void FieldChecks(TypeInfo type, int index, object? value, ValidationContext context)
    {
        var f = type.Members[index];
        var name = f.WireName;
        if (type.Model.Kind == TypeKind.Entity && index == 0)
        {
            if (value is not string id)
            {
                context.FieldError(0, "id", "required", "is required");
            }
            else if (ValidationRules.CheckPattern(Regex(type.Model.IdPattern), id) is { } idProblem)
            {
                context.FieldError(0, "id", "pattern", idProblem);
            }

            return;
        }

        var c = f.Constraints;
        if (f.Type.Kind == TypeRefKind.List)
        {
            var list = ((ListValue)value!).Items;
            if (c.MinItems is { } min && list.Count < min)
            {
                context.FieldError(index, name, "min-items", $"must have at least {Items(min)}, but has {list.Count.ToString(CultureInfo.InvariantCulture)}");
            }

            if (c.MaxItems is { } max && list.Count > max)
            {
                context.FieldError(index, name, "max-items", $"must have at most {Items(max)}, but has {list.Count.ToString(CultureInfo.InvariantCulture)}");
            }

            if (c.UniqueItems && ValidationRules.FirstDuplicate(list, out _) >= 0)
            {
                foreach (var dup in ValidationRules.Duplicates(list))
                {
                    context.ItemError(index, name, dup.Index, "unique-items", $"is equal to item {dup.FirstIndex.ToString(CultureInfo.InvariantCulture)}; the items must be unique");
                }
            }

            var element = f.Type.Element!;
            if (HasScalarChecks(element, c) || NeedsDeepChecks(element))
            {
                for (var k = 0; k < list.Count; k++)
                {
                    var x = list[k];
                    var item = k;
                    ScalarChecks(element, c, x, index, (code, message) => context.ItemError(index, name, item, code, message));
                    if (element.Kind == TypeRefKind.Ref)
                    {
                        context.ItemError(index, name, k, "unresolved-reference", Placeholder(element, (string)x));
                    }
                    else if (NeedsDeepChecks(element))
                    {
                        context.PushName(name);
                        context.PushIndex(k);
                        DeepChecks(element, x, index, context);
                        context.Pop();
                        context.Pop();
                    }
                }
            }

            return;
        }

        if (f.Type.Kind == TypeRefKind.Map)
        {
            var element = f.Type.Element!;
            if (HasScalarChecks(element, c) || NeedsDeepChecks(element))
            {
                // As the generated Validate(): each entry's error sits at that entry (EntryError), with the key in the path.
                var j = 0;
                foreach (var entry in ((MapValue)value!).Entries)
                {
                    var at = j;
                    context.PushName(name);
                    context.PushName(entry.Key);
                    ScalarChecks(element, c, entry.Value, index, (code, message) => context.EntryError(index, at, code, message));
                    if (element.Kind == TypeRefKind.Ref)
                    {
                        context.EntryError(index, at, "unresolved-reference", Placeholder(element, (string)entry.Value));
                    }
                    else
                    {
                        DeepChecks(element, entry.Value, index, context);
                    }

                    context.Pop();
                    context.Pop();
                    j++;
                }
            }

            return;
        }

        var hasChecks = HasScalarChecks(f.Type, c) || NeedsDeepChecks(f.Type);
        var nullable = !(f.DefaultText is not null || (f.Required && Emit.EmitHelpers.IsValueType(f.Type)));
        if (!hasChecks && !(f.Required && nullable))
        {
            return;
        }

        if (value is null)
        {
            if (f.Required && nullable)
            {
                context.FieldError(index, name, "required", "is required");
            }

            return;
        }

        ScalarChecks(f.Type, c, value, index, (code, message) => context.FieldError(index, name, code, message));
        if (NeedsDeepChecks(f.Type))
        {
            if (f.Type.Kind is TypeRefKind.Record or TypeRefKind.Entity)
            {
                context.PushName(name);
                ValidateRecord((RecordValue)value, context);
                context.Pop();
            }
            else
            {
                context.FieldError(index, name, "unresolved-reference", Placeholder(f.Type, (string)value));
            }
        }
    }

    private void DeepChecks(TypeRefModel type, object value, int fieldIndex, ValidationContext context)
    {
        switch (type.Kind)
        {
            case TypeRefKind.Record:
            case TypeRefKind.Entity:
                ValidateRecord((RecordValue)value, context);
                break;
            case TypeRefKind.Ref:
                context.HereError(fieldIndex, "unresolved-reference", Placeholder(type, (string)value));
                break;
            case TypeRefKind.List when NeedsDeepChecks(type.Element!):
                var items = ((ListValue)value).Items;
                for (var k = 0; k < items.Count; k++)
                {
                    context.PushIndex(k);
                    DeepChecks(type.Element!, items[k], fieldIndex, context);
                    context.Pop();
                }

                break;
            case TypeRefKind.Map when NeedsDeepChecks(type.Element!):
                foreach (var entry in ((MapValue)value).Entries)
                {
                    context.PushName(entry.Key);
                    DeepChecks(type.Element!, entry.Value, fieldIndex, context);
                    context.Pop();
                }

                break;
        }
    }

    private string Placeholder(TypeRefModel type, string id)
    {
        Refs.Add(new RefTarget(id, type.FullName!, type.Target, type.Name!));
        return RefMarker + (Refs.Count - 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string Items(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " item" : " items");

    private void ScalarChecks(TypeRefModel type, FieldConstraints c, object value, int fieldIndex, Action<string, string> error)
    {
        // An enum read from data always holds one of its names: the generated IsDefined check cannot fail.
        if (type.Kind != TypeRefKind.Primitive)
        {
            return;
        }

        if (type.Primitive == PrimitiveKind.String)
        {
            var text = (string)value;
            if (c.MinLength is not null || c.MaxLength is not null)
            {
                var length = ValidationRules.CodePointLength(text);
                if (c.MinLength is { } min && length < min)
                {
                    error("min-length", $"must be at least {min.ToString(CultureInfo.InvariantCulture)} characters long, but has {length.ToString(CultureInfo.InvariantCulture)}");
                }

                if (c.MaxLength is { } max && length > max)
                {
                    error("max-length", $"must be at most {max.ToString(CultureInfo.InvariantCulture)} characters long, but has {length.ToString(CultureInfo.InvariantCulture)}");
                }
            }

            if (c.Pattern is { } pattern && ValidationRules.CheckPattern(Regex(pattern), text) is { } problem)
            {
                error("pattern", problem);
            }

            return;
        }

        Bound(type.Primitive, c.Minimum, value, "minimum", "must be at least", static r => r < 0, error);
        Bound(type.Primitive, c.Maximum, value, "maximum", "must be at most", static r => r > 0, error);
        Bound(type.Primitive, c.ExclusiveMinimum, value, "exclusive-minimum", "must be greater than", static r => r <= 0, error);
        Bound(type.Primitive, c.ExclusiveMaximum, value, "exclusive-maximum", "must be less than", static r => r >= 0, error);
    }

    /// <summary>As RecordEmitter.Bound: compares in the field's own type; <paramref name="fails"/> gets value.CompareTo(bound).</summary>
    private static void Bound(PrimitiveKind kind, string? bound, object value, string code, string words, Func<int, bool> fails, Action<string, string> error)
    {
        if (bound is null)
        {
            return;
        }

        var invariant = CultureInfo.InvariantCulture;
        switch (kind)
        {
            case PrimitiveKind.Int:
            case PrimitiveKind.Long:
            case PrimitiveKind.Decimal:
            {
                // The generated code compares with a decimal literal (int and long widen exactly).
                var limit = decimal.Parse(bound, NumberStyles.Float, invariant);
                var v = value switch { int i => i, long l => l, _ => (decimal)value };
                if (fails(v.CompareTo(limit)))
                {
                    var shown = value switch { int i => ValidationRules.Text(i), long l => ValidationRules.Text(l), _ => ValidationRules.Text((decimal)value) };
                    error(code, $"{words} {limit.ToString(invariant)}, but is {shown}");
                }

                break;
            }

            case PrimitiveKind.Double:
            {
                var limit = double.Parse(bound, NumberStyles.Float, invariant);
                var v = (double)value;

                // As the generated !(v >= limit) style: NaN fails every bound.
                var ok = code switch
                {
                    "minimum" => v >= limit,
                    "maximum" => v <= limit,
                    "exclusive-minimum" => v > limit,
                    _ => v < limit,
                };
                if (!ok)
                {
                    error(code, $"{words} {limit.ToString("R", invariant)}, but is {ValidationRules.Text(v)}");
                }

                break;
            }

            case PrimitiveKind.Date:
            {
                var d = DateTime.ParseExact(bound, "yyyy-MM-dd", invariant);
                var limit = new DateOnly(d.Year, d.Month, d.Day);
                if (fails(((DateOnly)value).CompareTo(limit)))
                {
                    error(code, $"{words} {bound}, but is {ValidationRules.Text((DateOnly)value)}");
                }

                break;
            }

            case PrimitiveKind.DateTime:
            {
                var d = DateTimeOffset.Parse(bound, invariant);
                var limit = new DateTimeOffset(d.Ticks, new TimeSpan(d.Offset.Ticks));
                if (fails(((DateTimeOffset)value).CompareTo(limit)))
                {
                    error(code, $"{words} {bound}, but is {ValidationRules.Text((DateTimeOffset)value)}");
                }

                break;
            }
        }
    }

    private Regex Regex(string pattern) => _schema.Regex(pattern);
}
