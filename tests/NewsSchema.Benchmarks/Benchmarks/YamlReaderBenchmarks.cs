using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using NewsSchema.Generated;

namespace NewsSchema.Benchmarks;

/// <summary>
/// The bare YAML readers over the 1,000 benchmark meetings (370 KB), read to the end with nothing
/// built: NewsSchema's own <see cref="Utf8YamlReader"/> over the UTF-8 bytes, against YamlDotNet's
/// and SharpYaml's event parsers over the string. Median and minimum columns (docs/benchmarks.md,
/// "The UTF-8 YAML reader").
/// </summary>
[MinColumn, MedianColumn]
public class YamlReaderBenchmarks
{
    private string _yaml = null!;
    private byte[] _utf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = BenchData.Instance.Yaml;
        _utf8 = Encoding.UTF8.GetBytes(_yaml);
    }

    /// <summary>Utf8YamlReader: events and scalar spans, no strings.</summary>
    [Benchmark(Baseline = true)]
    public int Utf8YamlReaderEvents()
    {
        var reader = new Utf8YamlReader(_utf8);
        var events = 0;
        while (reader.Read())
        {
            events++;
        }

        reader.Dispose();
        return events;
    }

    /// <summary>Utf8YamlReader, also turning every scalar into a string (what the event parsers below do).</summary>
    [Benchmark]
    public int Utf8YamlReaderWithStrings()
    {
        var reader = new Utf8YamlReader(_utf8);
        var length = 0;
        while (reader.Read())
        {
            if (reader.Kind == Utf8YamlEventKind.Scalar)
            {
                length += reader.GetString().Length;
            }
        }

        reader.Dispose();
        return length;
    }

    /// <summary>YamlDotNet 18.1 <c>Parser.MoveNext()</c> to the end (today's floor of the generated parsers).</summary>
    [Benchmark]
    public int YamlDotNetParser()
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(_yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }

    /// <summary>SharpYaml 3.17 <c>Parser.MoveNext()</c> to the end.</summary>
    [Benchmark]
    public int SharpYamlParser()
    {
        var parser = SharpYaml.Parser.CreateParser(new StringReader(_yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }
}
