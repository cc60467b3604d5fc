using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using NewsSchema.Generator.Compatibility;
using NewsSchema.Generator.Model;
using NewsSchema.Generator.Parsing;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>
/// The gate on changes nobody wrote by hand (fixed seeds): mutated schemas against the baseline of the
/// originals and the other way round, and mutated baseline files. Never an exception (nor NSG0025),
/// every diagnostic placed in one of the files or the baseline at a line that exists, the same
/// answer twice.
/// </summary>
public class CompatibilityFuzzTests
{
    private const string Dir = "/fuzz/schema/";
    private const string BaselinePath = Dir + "news.baseline";
    private static readonly GeneratorOptions Options = new("TestProject", "EntityCatalog");
    private static readonly GateOptions FullSource = new(CompatibilityModes.Full | CompatibilityModes.Source, "full+source", true, BaselinePath, false);

    private static readonly Dictionary<string, string> Originals = new()
    {
        [Dir + "meeting.schema.yaml"] = CompatibilityTableTests.MeetingSchema + "\n",
        [Dir + "venue.schema.yaml"] = CompatibilityTableTests.VenueSchema + "\n",
        [Dir + "actor.schema.yaml"] = CompatibilityTableTests.ActorSchema + "\n",
    };

    /// <summary>Edits that keep the YAML well-formed most of the time, so the gate (not the parser) does the work.</summary>
    private static readonly (string Find, string Replace)[] Edits =
    {
        ("required: true", "required: false"), (", required: true", string.Empty), ("string", "int"), ("int", "long"), ("int", "string"),
        ("ref<Venue>", "ref<Actor>"), ("ref<State>", "ref<Actor>"), ("Actor", "Party"), ("Venue", "Place"), ("entity", "record"),
        ("record", "entity"), ("minLength: 1", "minLength: 3"), ("maxLength: 200", "maxLength: 20"), ("minimum: 0", "minimum: -5"),
        ("uniqueItems: true", "uniqueItems: false"), ("^[A-Z]+$", "^[A-Z]*$"), ("default: true", "default: false"),
        ("plural: meetings", "plural: talks"), ("abstract: true", "abstract: false"), ("extends: Actor", "extends: Person"),
        ("      - bilateral\n", string.Empty), ("      - trilateral\n", "      - trilateral\n      - summit\n"),
        ("namespace: Test.News", "namespace: Test.Other"), ("title:", "headline:"), ("title: {", "headline: { renamedFrom: title,"),
        ("  Room:", "  Hall:\n    renamedFrom: Room"), ("    kind: entity\n", "    kind: entity\n    tag: t\n"),
        ("plural: actors", "plural: actors\n    discriminator: type"), ("list<string>", "list<int>"), ("format: MeetingFormat", "format: { type: MeetingFormat, required: true }"),
    };

    [Fact]
    public void The_gate_survives_mutated_schemas_in_both_directions()
    {
        var random = new Random(18);
        var originalBaseline = Baseline(Originals)!;
        var reported = 0;
        var selfChecked = 0;
        for (var i = 0; i < 600; i++)
        {
            var mutated = Mutate(random, Originals);
            var first = Gate(mutated, originalBaseline);
            Assert.Equal(first, Gate(mutated, originalBaseline));
            Check(i, mutated, originalBaseline, first);
            reported += first.Count;

            // The other way round: the mutated schemas as the baseline, the originals as the new schemas.
            var mutatedBaseline = Baseline(mutated);
            if (mutatedBaseline is not null)
            {
                var back = Gate(Originals, mutatedBaseline);
                Check(i, Originals, mutatedBaseline, back);

                // And any schemas pass against their own baseline.
                var self = Gate(mutated, mutatedBaseline);
                Assert.True(self.Count == 0, "#" + i + ": the schemas fail against their own baseline: " + string.Join("; ", self.Select(d => d.Descriptor.Id + " " + string.Join(" | ", d.MessageArgs))));
                selfChecked++;
            }
        }

        Assert.True(reported > 600, "the mutations found only " + reported + " breaking changes");
        Assert.True(selfChecked > 300, "only " + selfChecked + " mutated sets resolved");
    }

    [Fact]
    public void The_gate_survives_mutated_baselines()
    {
        var random = new Random(1818);
        var baseline = Baseline(Originals)!;
        var lines = baseline.Split('\n');
        for (var i = 0; i < 1000; i++)
        {
            var copy = lines.ToList();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var at = random.Next(copy.Count);
                switch (random.Next(5))
                {
                    case 0: copy.RemoveAt(at); break;
                    case 1: copy.Insert(at, copy[random.Next(copy.Count)]); break;
                    case 2 when copy[at].Length > 0: copy[at] = copy[at].Remove(random.Next(copy[at].Length), 1); break;
                    case 3: copy[at] = copy[at] + " \"x"; break;
                    default: copy[at] = copy[at].Replace(' ', random.Next(2) == 0 ? '\t' : '"'); break;
                }
            }

            var text = string.Join("\n", copy);
            _ = BaselineFormat.Read(text, out _);
            Check(i, Originals, text, Gate(Originals, text));
        }
    }

    private static void Check(int index, Dictionary<string, string> files, string baseline, List<DiagnosticInfo> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Assert.NotEqual("NSG0025", d.Descriptor.Id);
            Assert.True(d.Location is not null, "#" + index + ": " + d.Descriptor.Id + " has no location");
            var text = d.Location!.FilePath == BaselinePath ? baseline : files.TryGetValue(d.Location.FilePath, out var t) ? t : null;
            Assert.True(text is not null, "#" + index + ": " + d.Descriptor.Id + " in an unknown file " + d.Location.FilePath);
            Assert.True(d.Location.LineSpan.Start.Line <= text!.Count(c => c == '\n'), "#" + index + ": " + d.Descriptor.Id + " past the end of " + d.Location.FilePath);
            Assert.True(d.Location.Span.End <= text.Length, "#" + index + ": " + d.Descriptor.Id + " span past the end");
        }
    }

    private static Dictionary<string, string> Mutate(Random random, Dictionary<string, string> files)
    {
        var result = new Dictionary<string, string>(files);
        for (var n = random.Next(1, 5); n > 0; n--)
        {
            var path = result.Keys.ElementAt(random.Next(result.Count));
            var (find, replace) = Edits[random.Next(Edits.Length)];
            var text = result[path];
            var at = text.IndexOf(find, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // One occurrence, chosen at random among the first few.
            for (var skip = random.Next(3); skip > 0; skip--)
            {
                var next = text.IndexOf(find, at + 1, StringComparison.Ordinal);
                if (next < 0)
                {
                    break;
                }

                at = next;
            }

            result[path] = text.Substring(0, at) + replace + text.Substring(at + find.Length);
        }

        if (random.Next(10) == 0)
        {
            result.Remove(result.Keys.ElementAt(random.Next(result.Count)));
        }

        return result;
    }

    private static string? Baseline(Dictionary<string, string> files)
    {
        var result = BaselineWriter.Write(files.Select(f => (f.Key, f.Value)), new BaselineWriterOptions { BaselinePath = BaselinePath, DefaultNamespace = "TestProject" });
        return result.Text;
    }

    private static List<DiagnosticInfo> Gate(Dictionary<string, string> files, string? baseline)
    {
        var parsed = files.Select(f => SchemaParser.Parse(f.Key, f.Value, CancellationToken.None)).ToImmutableArray();
        var resolved = SchemaResolver.Resolve(parsed, Options, CancellationToken.None);
        return CompatibilityGate.Check(parsed, resolved, FullSource, baseline, CancellationToken.None).ToList();
    }
}
