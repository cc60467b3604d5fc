using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsSchema.Generated;
using Xunit;
using Xunit.Abstractions;

namespace NewsSchema.Tests.Utf8Yaml;

/// <summary>
/// Inputs shaped to make a reader slow (quadratic look-backs, huge token queues, deep nesting,
/// many anchors): <see cref="Utf8YamlReader"/> reads each in linear time or stops at a limit. The
/// bounds are generous (like AttackTests'), to catch a blow-up, not to measure speed.
/// </summary>
public class Utf8YamlAttackTests
{
    private readonly ITestOutputHelper _output;

    public Utf8YamlAttackTests(ITestOutputHelper output) => _output = output;

    private static readonly ParseOptions Big = new() { MaxDocumentLength = 256L * 1024 * 1024, MaxAliasExpansion = int.MaxValue };

    private (long Events, Utf8YamlException? Error) Read(string what, string yaml, ParseOptions options, int maxMilliseconds = 20_000)
    {
        var bytes = Encoding.UTF8.GetBytes(yaml);
        var watch = Stopwatch.StartNew();
        long events = 0;
        Utf8YamlException? error = null;
        try
        {
            var reader = new Utf8YamlReader(bytes, options);
            try
            {
                while (reader.Read())
                {
                    events++;
                }
            }
            finally
            {
                reader.Dispose();
            }
        }
        catch (Utf8YamlException ex)
        {
            error = ex;
        }

        watch.Stop();
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what} ({bytes.Length / 1024} KB): {watch.Elapsed.TotalMilliseconds:0} ms, {events} events, {error?.Message ?? "read"}"));
        Assert.True(watch.ElapsedMilliseconds < maxMilliseconds, $"{what} took {watch.ElapsedMilliseconds} ms (bound {maxMilliseconds} ms)");
        return (events, error);
    }

    [Fact]
    public void OneLineFlowMappingOf8MegabytesIsLinear()
    {
        var yaml = "{" + string.Join(", ", Enumerable.Range(0, 500_000).Select(i => $"\"k{i}\": v")) + "}\n";
        var (events, error) = Read("one-line flow mapping", yaml, Big);
        Assert.Null(error);
        Assert.Equal(1_000_000 + 6, events);
    }

    [Fact]
    public void OneLineFlowSequenceWithPairsIsLinear()
    {
        var yaml = "[" + string.Join(", ", Enumerable.Range(0, 300_000).Select(i => $"k{i}: v")) + "]\n";
        var (events, error) = Read("one-line flow list of single pairs", yaml, Big);
        Assert.Null(error);
        Assert.Equal(300_000 * 4 + 6, events);
    }

    [Fact]
    public void LongFoldedPlainScalarIsLinear()
    {
        var yaml = "a: " + string.Concat(Enumerable.Repeat("word word\n  ", 500_000)) + "end\n";
        var (events, error) = Read("multi-line plain scalar", yaml, Big with { MaxScalarLength = int.MaxValue });
        Assert.Null(error);
        Assert.Equal(8, events);
    }

    [Fact]
    public void ManyAnchorsAndAliasesAreHashed()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"a{i}: &x{i} v\n");
        }

        for (var i = 0; i < 200_000; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"b{i}: *x{i}\n");
        }

        var (events, error) = Read("200,000 anchors, 200,000 aliases", yaml.ToString(), Big);
        Assert.Null(error);
        Assert.Equal(800_000 + 6, events);
    }

    [Fact]
    public void DeepBlockNestingStopsAtTheLimit()
    {
        var yaml = new StringBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            yaml.Append(' ', i).Append("a:\n");
        }

        var (_, error) = Read("3,000 nested block mappings", yaml.ToString(), Big);
        Assert.NotNull(error);
        Assert.Equal(DataErrorCodes.Limit, error!.Code);
        Assert.Equal(65, error.Line);
    }

    [Fact]
    public void ManyKeysWaitingForTheirColonInFlowAreBounded()
    {
        // 1 MB of one flow key: the key look-back gives up after 1,024 characters.
        var yaml = "{" + new string('k', 1024 * 1024) + ": v}\n";
        var (events, error) = Read("1 MB flow key", yaml, Big);
        Assert.NotNull(error);
        Assert.Equal(DataErrorCodes.Syntax, error!.Code);
        Assert.Contains("longer than 1024 characters", error.Message, StringComparison.Ordinal);
        Assert.Equal((1, 2), (error.Line, error.Column));
        Assert.Equal(4, events);
    }
}
