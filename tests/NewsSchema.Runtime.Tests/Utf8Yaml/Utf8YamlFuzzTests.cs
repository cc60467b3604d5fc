using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests.Utf8Yaml;

/// <summary>
/// Mutations (fixed seed) of every yaml-test-suite input and of the repository's YAML files: the
/// reader either reads to the end or throws <see cref="Utf8YamlException"/> with a position inside
/// the input; nothing else is thrown and no read runs away.
/// </summary>
public class Utf8YamlFuzzTests
{
    private static readonly string[] Inserts =
    {
        "[", "{", "]", "}", ",", "&a ", "*a", "&", "*", "!", "!!", "!<", ">", "!a!", "%TAG !a! x\n", "%YAML 1.2\n", "\t", "\"", "'", "\\", "\\x", "\\u12",
        ":", ": ", "- ", "-", "? ", "?", "\n", "\r", "\r\n", "#", " #", "|", ">", "|2-", ">+9", "%", "---", "---\n", "...\n", "\u00e9", "😀", "\uFEFF", "  ", "\n  ", "\n\t",
    };

    [Fact]
    public void MutatedInputsReadToTheEndOrFailWithALocatedError()
    {
        var seeds = YamlTestSuiteTests.LoadCases().Select(c => Encoding.UTF8.GetBytes(c.Yaml))
            .Concat(YamlDotNetComparisonTests.CorpusFiles().Select(f => f.Bytes))
            .ToArray();
        var random = new Random(1414);
        var options = ParseOptions.Default with { MaxDepth = 20, MaxAliasExpansion = 500 };
        var read = 0;
        var failed = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var bytes = seeds[random.Next(seeds.Length)].ToList();
            var edits = 1 + random.Next(4);
            for (var e = 0; e < edits && bytes.Count > 0; e++)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(6))
                {
                    case 0:
                        bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(8)));
                        break;
                    case 1:
                        bytes.InsertRange(at, bytes.GetRange(at, Math.Min(bytes.Count - at, 1 + random.Next(30))));
                        break;
                    case 2:
                        bytes[at] = (byte)random.Next(128);
                        break;
                    case 3:
                        bytes.RemoveRange(at, bytes.Count - at);
                        break;
                    default:
                        bytes.InsertRange(at, Encoding.UTF8.GetBytes(Inserts[random.Next(Inserts.Length)]));
                        break;
                }
            }

            var input = bytes.ToArray();
            try
            {
                var events = 0;
                var reader = new Utf8YamlReader(input, options);
                try
                {
                    while (reader.Read())
                    {
                        Assert.True(++events <= 4 * input.Length + 16, "runaway read: " + Convert.ToBase64String(input));
                        Assert.InRange(reader.Offset, 0, input.Length);
                        Assert.InRange(reader.EndOffset, reader.Offset, input.Length);
                        _ = reader.Value.Length + reader.Tag.Length + reader.Anchor.Length;
                    }
                }
                finally
                {
                    reader.Dispose();
                }

                read++;
            }
            catch (Utf8YamlException ex)
            {
                Assert.True(ex.Line >= 1 && ex.Column >= 1 && ex.Offset >= 0 && ex.Offset <= input.Length, $"bad position ({ex.Line},{ex.Column}) offset {ex.Offset}: {ex.Message}\ninput (base64): {Convert.ToBase64String(input)}");
                failed++;
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"{ex.GetType().Name}: {ex.Message}\ninput (base64): {Convert.ToBase64String(input)}\n{ex}");
            }
        }

        Assert.Equal(20_000, read + failed);
        Assert.True(read > 2_000 && failed > 2_000, $"{read} read, {failed} failed: the mutations should give both");
    }
}
