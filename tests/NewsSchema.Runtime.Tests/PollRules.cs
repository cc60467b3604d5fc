using System.Collections.Generic;

namespace NewsSchema.Tests.Model;

/// <summary>Rules of the Poll test record that report inside its nested records and list items.</summary>
public sealed partial record Poll
{
    partial void ValidateCustom(ValidationContext context)
    {
        var total = 0.0;
        var parties = new HashSet<string>();
        for (var i = 0; i < Results.Count; i++)
        {
            total += Results[i].Percent;
            if (total > 100)
            {
                context.Nested("results", i, Results[i]).AddError("percent", $"brings the total to {total}%, over 100%");
            }

            if (!parties.Add(Results[i].Party))
            {
                context.AddItemError("results", i, $"'{Results[i].Party}' has a result already");
            }
        }

        if (Summary is { Parties: { } count } summary && count != Results.Count)
        {
            context.Nested("summary", summary).AddError("parties", $"says {count} parties, but there are {Results.Count} results");
        }
    }
}
