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

            // Two levels down, and an item of a nested record's list.
            if (Results[i].Margin is { Low: { } low } margin && low > Results[i].Percent)
            {
                context.Nested("results", i, Results[i]).Nested("margin", margin).AddError("low", $"{low} is above the result itself");
            }

            for (var j = 0; j < Results[i].Notes.Count; j++)
            {
                if (Results[i].Notes[j].Length == 0)
                {
                    context.Nested("results", i, Results[i]).AddItemError("notes", j, "a note cannot be empty");
                }
            }
        }

        if (Summary is { Parties: { } count } summary && count != Results.Count)
        {
            context.Nested("summary", summary).AddError("parties", $"says {count} parties, but there are {Results.Count} results");
        }
    }
}
