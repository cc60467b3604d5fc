using System;
using System.Linq;
using System.Reflection;
using NewsSchema.Tests.Hardening;
using Xunit;

namespace NewsSchema.Tests.Hardening
{
    /// <summary>A custom rule that sets the context's public state, as a user rule may.</summary>
    public sealed partial record Leaky
    {
        partial void ValidateCustom(ValidationContext context)
        {
            if (Note is { } note)
            {
                context.CurrentSource = note;
                context.AddError("note", "custom error from " + note);
            }
        }
    }
}

namespace NewsSchema.Tests
{
    /// <summary>No state of a validation outlives it: the per-thread context is reset completely.</summary>
    public class ValidationContextStateTests
    {
        [Fact]
        public void CurrentSource_set_in_one_validation_does_not_show_in_the_next()
        {
            var first = new Leaky { Note = "custom.yaml" }.Validate();
            Assert.Equal("custom.yaml", Assert.Single(first.Errors).Source);

            // Unrelated validations on the same thread, built in code (no positions, no source).
            var second = new Leaky { Size = -1 }.Validate();
            Assert.Null(Assert.Single(second.Errors).Source);
            var third = new Linked { Home = new Uri("https://a.org"), UniqueLinks = [new Uri("https://a.org"), new Uri("https://a.org")] }.Validate();
            Assert.All(third.Errors, e => Assert.Null(e.Source));
            Assert.NotEmpty(third.Errors);
        }

        [Fact]
        public void Every_field_of_the_context_is_back_to_its_initial_value_after_a_run()
        {
            // Dirty every piece of state a run can set, then finish.
            var context = ValidationContext.Rent(new SourcePositions(), new NullResolver());
            context.CurrentSource = "dirty.yaml";
            context.PushName("outer");
            context.PushIndex(3);
            _ = context.Enter(new object(), ["a", "b"]);
            context.AddError("a", "an error");
            _ = context.Finish();

            var again = ValidationContext.Rent(null);
            Assert.Same(context, again); // the per-thread context is reused, so it must be clean
            foreach (var field in typeof(ValidationContext).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
            {
                var value = field.GetValue(again);
                switch (value)
                {
                    case null:
                        break;
                    case int number:
                        // A counter (the cursor into the positions) starts at 0.
                        Assert.True(number == 0, field.Name + " still holds " + number);
                        break;
                    case bool flag:
                        // A flag (whether the current record's positions were looked up) starts false.
                        Assert.False(flag, field.Name + " is still set");
                        break;
                    case System.Collections.ICollection collection:
                        Assert.True(collection.Count == 0, field.Name + " still holds " + collection.Count + " item(s)");
                        break;
                    default:
                        // Anything else (the path builder) must read as empty.
                        Assert.True(value.ToString() is null or "", field.Name + " still holds '" + value + "'");
                        break;
                }
            }

            Assert.Equal(string.Empty, again.Path);
            Assert.Equal(0, again.ErrorCount);
            Assert.Null(again.Positions);
            Assert.Null(again.Resolver);
            Assert.Null(again.CurrentSource);
            Assert.True(again.Finish().IsValid);
        }

        private sealed class NullResolver : IReferenceResolver
        {
            public bool Resolves<TEntity, TId>(TId id)
                where TEntity : class
                where TId : struct => true;
        }
    }
}
