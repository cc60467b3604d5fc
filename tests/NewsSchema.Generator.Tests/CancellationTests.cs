using System;
using System.Collections.Immutable;
using System.Threading;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>The front end throws nothing but OperationCanceledException, and only when asked to stop.</summary>
public class CancellationTests
{
    [Fact]
    public void CancelledParseThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SchemaParser.Parse(TestSchemas.Path, TestSchemas.Meeting, cts.Token));
    }

    [Fact]
    public void CancelledResolveThrowsOperationCanceled()
    {
        var file = SchemaParser.Parse(TestSchemas.Path, TestSchemas.Meeting, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SchemaResolver.Resolve(ImmutableArray.Create(file), new GeneratorOptions("App", "EntityCatalog"), cts.Token));
    }

    [Fact]
    public void OddInputsDoNotThrow()
    {
        var file = SchemaParser.Parse(null!, null!, CancellationToken.None);
        Assert.Empty(file.Types);
        var resolved = SchemaResolver.Resolve(default, new GeneratorOptions(null!, null!), CancellationToken.None);
        Assert.Empty(resolved.Types);
        Assert.Null(resolved.Catalog);
    }
}
