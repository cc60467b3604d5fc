using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>Malformed and mutated schemas never crash the generator and are always reported at a real location.</summary>
public class RobustnessTests
{
    private const string SchemaPath = "/fuzz/input.schema.yaml";

    public static IEnumerable<object[]> Inputs() => BuildInputs().Select((text, i) => new object[] { i, text });

    [Fact]
    public void ThereAreAtLeastTwoHundredInputs() => Assert.True(BuildInputs().Count >= 200);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void GeneratorSurvives(int index, string text)
    {
        var run = GeneratorHarness.Run((SchemaPath, text));
        Assert.True(run.Result.Exception is null, "input #" + index + " threw " + run.Result.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "AD0001" or "NSG0025");
        foreach (var d in run.Diagnostics.Where(d => d.Id.StartsWith("NSG", StringComparison.Ordinal)))
        {
            Assert.True(d.Location.Kind == LocationKind.ExternalFile, "input #" + index + ": " + d + " has no file location");
            var span = d.Location.GetLineSpan();
            Assert.Equal(SchemaPath, span.Path);
            Assert.True(span.StartLinePosition.Line >= 0 && span.StartLinePosition.Character >= 0);
            Assert.True(d.Location.SourceSpan.Start <= text.Length + 1, "input #" + index + ": " + d + " points past the end");
        }
    }

    internal static List<string> BuildInputs()
    {
        var inputs = new List<string>();
        var valid = TestSchemas.Meeting.Replace("\r\n", "\n");

        // Truncations at every N characters.
        for (var i = 0; i < valid.Length; i += 13)
        {
            inputs.Add(valid.Substring(0, i));
        }

        // Random single-character mutations, line deletions, duplications and re-indentations (fixed seed).
        var random = new Random(20260124);
        var noise = new[] { ":", "-", "\t", "[", "]", "{", "}", "\"", "'", "*", "&", "!", "#", "|", ">", " ", "\n", "%", "@", "`", ",", "?", "<", ">" };
        var lines = valid.Split('\n');
        for (var i = 0; i < 80; i++)
        {
            var position = random.Next(valid.Length);
            inputs.Add(valid.Substring(0, position) + noise[random.Next(noise.Length)] + valid.Substring(position + 1));
        }

        for (var i = 0; i < 30; i++)
        {
            var copy = lines.ToList();
            var line = random.Next(copy.Count);
            switch (i % 3)
            {
                case 0:
                    copy.RemoveAt(line);
                    break;
                case 1:
                    copy.Insert(line, copy[line]);
                    break;
                default:
                    copy[line] = new string(' ', random.Next(1, 7)) + copy[line];
                    break;
            }

            inputs.Add(string.Join("\n", copy));
        }

        // Hand-written nasties.
        inputs.AddRange(new[]
        {
            string.Empty,
            "\n\n\n",
            "---\n",
            "~",
            "42",
            "[1, 2, 3]",
            "types:",
            "types: 5",
            "types: [a, b]",
            """
                types:
                  A: 5
                """,
            """
                types:
                  A: [kind, entity]
                """,
            "types:\n\tA:\n\t\tkind: entity\n",
            """
                types:
                  A:
                    kind: record
                    fields:
                      s: { type: string, minLength: 1e400 }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      s: { type: string, minLength: 99999999999999999999 }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      n: { type: double, minimum: 1e400, maximum: -1e400 }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      n: { type: int, default: 99999999999999999999999999999999 }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      x: [1, 2]
                      y: { type: [a] }
                      z: { type: { a: b } }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      x: list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<list<string>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>

                """,
            "types:\n  A:\n    kind: record\n    fields:\n      x: " + string.Concat(Enumerable.Repeat("list<", 5000)) + "\n",
            "types: " + new string('[', 10000) + new string(']', 10000) + "\n",
            "types: " + new string('[', 10000) + "\n",
            "types: " + string.Concat(Enumerable.Repeat("{a: ", 3000)) + "\n",
            $"""
                types:
                  A:
                    kind: record
                    description: {new string('x', 200_000)}

                """,
            $"""
                types:
                  {new string('A', 100_000)}:
                    kind: record

                """,
            $"""
                types:
                  A:
                    kind: record
                    fields:
                      {new string('f', 100_000)}: strin

                """,
            """
                types:
                  Überschrift:
                    kind: record
                    fields:
                      größe: string
                      名前: string
                      emoji😀: string

                """,
            """
                types:
                  A:
                    kind: enum
                    values: [über, 😀, '', ~, 1st, -x-, { name: ok }, { nme: bad }, [nested]]

                """,
            """
                namespace: 😀.Model
                types:
                  A: { kind: record }

                """,
            """
                namespace: [a]
                types:
                  A: { kind: record }

                """,
            """
                a: &x [*x, *x]
                types:
                  A: *x

                """,
            """
                x: &a [1,2]
                y: &b [*a,*a,*a,*a]
                z: &c [*b,*b,*b,*b]
                types:
                  A:
                    kind: record
                    fields: *c

                """,
            """
                types:
                  A: !!str record
                  B: !custom { kind: record }

                """,
            """
                %YAML 1.2
                ---
                types:
                  A: { kind: record }
                ...
                ---
                types:
                  B: { kind: record }

                """,
            """
                types:
                  ? [complex, key]
                  : { kind: record }

                """,
            """
                types:
                  A:
                    ? { a: b }
                    : record

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      ? [x]
                      : string

                """,
            """
                types:
                  A: { kind: entity, idPattern: '(' , plural: '' }

                """,
            """
                types:
                  A: { kind: entity, extends: A }
                  B: { kind: record, extends: C }
                  C: { kind: record, extends: B, abstract: maybe, tag: [x], discriminator: {} }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      s: |
                        list<
                        string>

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      s: "\u0000\x01"

                """,
            "\uFEFFtypes:\n  A: { kind: record }\n",
            "types:\r\n  A:\r\n    kind: record\r\n    fields:\r\n      s: strng\r\n",
            """
                types:
                  A:
                    kind: record
                    fields:
                      s: { type: string, pattern: '(?<n>a)\k<m>' }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      d: { type: decimal, minimum: 79228162514264337593543950336 }

                """,
            """
                types:
                  A:
                    kind: record
                    fields:
                      d: { type: datetime, minimum: 9999-12-31T23:59:59+14:00, maximum: 0001-01-01T00:00:00-14:00 }

                """,
        });

        // Binary noise and random unicode.
        for (var i = 0; i < 15; i++)
        {
            var chars = new char[random.Next(1, 400)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = i % 2 == 0 ? (char)random.Next(0, 256) : (char)random.Next(0, 0xD7FF);
            }

            inputs.Add(new string(chars));
        }

        var bytes = new byte[512];
        random.NextBytes(bytes);
        inputs.Add(Encoding.UTF8.GetString(bytes));
        inputs.Add(Encoding.Latin1.GetString(bytes));
        return inputs;
    }
}
