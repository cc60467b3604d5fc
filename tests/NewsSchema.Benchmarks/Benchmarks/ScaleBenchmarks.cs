using BenchmarkDotNet.Attributes;

namespace NewsSchema.Benchmarks;

/// <summary>
/// Issue 14's scale rows: one catalog file of 1,000, 10,000 and 100,000 entities with references
/// (<see cref="ScaleData"/>), parsed with default options (positions on) and validated, references
/// resolved. The report divides the median by the entity count: the time per entity at 100,000 may
/// be at most 1.25 times that at 1,000. Peak managed memory and the allocation beyond the records
/// returned are measured outside BenchmarkDotNet by <see cref="ScaleMemory"/>.
/// </summary>
[MinColumn, MedianColumn]
public class ScaleBenchmarks
{
    private string _yaml = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Entities { get; set; }

    [GlobalSetup]
    public void Setup() => _yaml = ScaleData.Catalog(Entities);

    /// <summary><c>BenchCatalog.ParseYaml</c> and <c>Validate()</c> of the whole catalog; returns the error count (0).</summary>
    [Benchmark]
    public int ParseAndValidate()
    {
        var catalog = BenchCatalog.ParseYaml(_yaml, "scale.yaml").GetValueOrThrow();
        return catalog.Validate().Errors.Count;
    }
}
