using NewsSchema;

namespace Elections;

public partial record Poll
{
    // A rule over the list: the results of one poll add up to at most 100%.
    // It reports at the result that goes over, with that result's path and line.
    partial void ValidateCustom(ValidationContext context)
    {
        var total = 0.0;
        for (var i = 0; i < Results.Count; i++)
        {
            total += Results[i].Percent;
            if (total > 100)
            {
                context.Nested("results", i, Results[i]).AddError("percent", $"the results add up to {total}%, over 100%");
                return;
            }
        }
    }
}

public partial record PollResult
{
    // A rule on the nested record itself: it runs for every result of every poll.
    partial void ValidateCustom(ValidationContext context)
    {
        if (Percent > 0 && Percent < 0.1)
        {
            context.AddError("percent", "a result under 0.1% is reported as 0");
        }
    }
}
