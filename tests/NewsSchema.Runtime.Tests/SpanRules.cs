using NewsSchema.Tests.Model;

namespace NewsSchema.Tests.Model;

/// <summary>The custom rule of the <c>Span</c> test record: it may not end before it starts.</summary>
public sealed partial record Span
{
    partial void ValidateCustom(ValidationContext context)
    {
        if (EndsOn is { } endsOn && endsOn < StartsOn)
        {
            context.AddError("endsOn", $"must not be before startsOn ({StartsOn:yyyy-MM-dd}), but is {endsOn:yyyy-MM-dd}");
        }
    }
}
