using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace NewsSchema.Testing;

// Inputs for running the generator in memory, shared (linked) by the generator tests, the
// benchmarks and the fuzz harness.

/// <summary>A schema file held in memory, as the compiler would hand it to the generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild properties as the generator sees them (<c>build_property.RootNamespace</c> etc.).</summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    public TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string>? globalOptions = null)
        => GlobalOptions = new DictionaryOptions(globalOptions ?? new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
}

/// <summary>The MSBuild properties or item metadata of one file (or the global ones), from a dictionary.</summary>
internal sealed class DictionaryOptions : AnalyzerConfigOptions
{
    private readonly IReadOnlyDictionary<string, string> _values;

    public DictionaryOptions(IReadOnlyDictionary<string, string> values) => _values = values;

    public override bool TryGetValue(string key, out string value)
    {
        if (_values.TryGetValue(key, out var found))
        {
            value = found;
            return true;
        }

        value = string.Empty;
        return false;
    }
}
