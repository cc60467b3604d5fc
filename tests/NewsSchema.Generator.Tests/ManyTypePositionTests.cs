using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// Positions keep each record's field names as a number among the lists met in the parse (searched
/// while there are few, looked up past eight): a parse of two records that hold parts of twelve
/// types each, in YAML and in JSON, still names each part's own fields and puts a validation error
/// of each part at its field's line.
/// </summary>
public sealed class ManyTypePositionTests
{
    private const int Types = 12;

    private static string Schema()
    {
        var text = new StringBuilder("namespace: Probe.Many\ntypes:\n  Root:\n    kind: entity\n    plural: roots\n    fields:\n");
        for (var i = 0; i < Types; i++)
        {
            text.Append($"      r{i}: Part{i}\n");
        }

        for (var i = 0; i < Types; i++)
        {
            // Each type has its own field names, so a wrong list would name another type's fields.
            text.Append($"  Part{i}:\n    kind: record\n    fields:\n      pad{i}: string\n      v{i}: {{ type: int, minimum: 1 }}\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// Two roots, each on 1 + 3 * <see cref="Types"/> lines (the JSON has a line for its '[' first):
    /// part i of the root starting on line s has its v{i}, which breaks its minimum, on line s + 3 + 3i.
    /// </summary>
    private static string Data(bool json)
    {
        var data = new StringBuilder(json ? "[\n" : string.Empty);
        for (var root = 0; root < 2; root++)
        {
            data.Append(json ? $"{{\"id\": \"root{root}\",\n" : $"- id: root{root}\n");
            for (var i = 0; i < Types; i++)
            {
                var end = i + 1 < Types ? "," : root == 0 ? "}," : "}]";
                data.Append(json
                    ? $"\"r{i}\": {{\n  \"pad{i}\": \"x\",\n  \"v{i}\": 0}}{end}\n"
                    : $"  r{i}:\n    pad{i}: x\n    v{i}: 0\n");
            }
        }

        return data.ToString();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Parts_of_twelve_types_keep_their_field_names_and_error_lines(bool json)
    {
        var run = GeneratorHarness.Run(("/schemas/many.schema.yaml", Schema()));
        Assert.Empty(run.Errors);
        using var image = new MemoryStream();
        var emitted = run.OutputCompilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var context = new AssemblyLoadContext("many", isCollectible: true);
        image.Position = 0;
        var assembly = context.LoadFromStream(image);

        // By reflection: this project sees the runtime's types twice (the generator links some of its files).
        var type = assembly.GetType("Probe.Many.Root", throwOnError: true)!;
        var parse = type.GetMethods().Single(m => m.Name == (json ? "ParseJsonList" : "ParseYamlList") && m.GetParameters()[0].ParameterType == typeof(string));
        var result = parse.Invoke(null, new object?[] { Data(json), "many", null })!;
        var roots = ((IEnumerable?)result.GetType().GetProperty("Value")!.GetValue(result))?.Cast<object>().ToArray();
        Assert.True(roots is { Length: 2 }, string.Join("\n", ((IEnumerable)result.GetType().GetProperty("Errors")!.GetValue(result)!).Cast<object>()));
        var positions = result.GetType().GetProperty("Positions")!.GetValue(result)!;
        var validate = type.GetMethods().Single(m => m.Name == "Validate" && m.GetParameters().Length == 1);
        var find = positions.GetType().GetMethod("Find", new[] { typeof(object) })!;
        for (var root = 0; root < 2; root++)
        {
            var start = (json ? 2 : 1) + (root * (1 + (3 * Types)));
            var report = validate.Invoke(roots[root], new[] { positions })!;
            var found = ((IEnumerable)report.GetType().GetProperty("Errors")!.GetValue(report)!).Cast<object>()
                .Select(e => ((string)e.GetType().GetProperty("Path")!.GetValue(e)!, (int)e.GetType().GetProperty("Line")!.GetValue(e)!));
            Assert.Equal(Enumerable.Range(0, Types).Select(i => ($"r{i}.v{i}", start + 3 + (3 * i))), found);

            for (var i = 0; i < Types; i++)
            {
                var part = type.GetProperty($"R{i}")!.GetValue(roots[root])!;
                var record = find.Invoke(positions, new[] { part })!;
                var names = (IReadOnlyList<string>)record.GetType().GetProperty("FieldNames")!.GetValue(record)!;
                Assert.Equal(new[] { $"pad{i}", $"v{i}" }, names);
            }
        }

        context.Unload();
    }
}
