namespace NewsSchema.Tests.Family;

// Custom rules at two levels of a family: the base's runs for every member.
public abstract partial record Party
{
    partial void ValidateCustom(ValidationContext context)
    {
        foreach (var name in Aka)
        {
            if (name == Name)
            {
                context.AddError("aka", "repeats the name");
            }
        }
    }
}

public sealed partial record Human
{
    partial void ValidateCustom(ValidationContext context)
    {
        if (Name == "Nobody")
        {
            context.AddError("name", "a Human may not be called Nobody");
        }
    }
}
