using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

public class SmokeTests
{
    [Fact]
    public void Parses_a_yaml_sample()
    {
        var sample = Sample.FromYaml("""
            id: a
            title: Hello
            count: 3
            tags: [x, y]

            """);
        Assert.Equal("Hello", sample.Title);
        Assert.Equal(3, sample.Count);
        Assert.Equal(new[] { "x", "y" }, sample.Tags);
    }
}
