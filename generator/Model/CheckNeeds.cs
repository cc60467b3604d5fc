namespace NewsSchema.Generator.Model;

/// <summary>
/// Which checks a field's value needs: the emitted validators and the build-time data check
/// (DataCheck/DataValidator.cs) ask the same questions, so they get the same answers here.
/// </summary>
internal static class CheckNeeds
{
    /// <summary>True when the value holds records, entities or refs to walk into, possibly inside lists and maps.</summary>
    public static bool NeedsDeepChecks(TypeRefModel type) => type.Kind switch
    {
        TypeRefKind.Record or TypeRefKind.Entity or TypeRefKind.Ref => true,
        TypeRefKind.List or TypeRefKind.Map => NeedsDeepChecks(type.Element!),
        _ => false,
    };

    /// <summary>True when a scalar value has a check of its own: an enum's names, or a length, pattern or bound.</summary>
    public static bool HasScalarChecks(TypeRefModel type, FieldConstraints c)
        => type.Kind == TypeRefKind.Enum
           || (type.Kind == TypeRefKind.Primitive
               && (c.MinLength is not null || c.MaxLength is not null || c.Pattern is not null
                   || c.Minimum is not null || c.Maximum is not null || c.ExclusiveMinimum is not null || c.ExclusiveMaximum is not null));
}
