using System.Globalization;
using NewsSchema;

namespace NewsSchema.News;

public partial record Meeting
{
    // A rule the schema language cannot say: a meeting does not end before it starts.
    partial void ValidateCustom(ValidationContext context)
    {
        if (StartsOn is { } starts && EndsOn is { } ends && ends < starts)
        {
            context.AddError("endsOn", string.Create(CultureInfo.InvariantCulture,
                $"the meeting ends on {ends:yyyy-MM-dd}, before it starts on {starts:yyyy-MM-dd}"));
        }
    }
}
