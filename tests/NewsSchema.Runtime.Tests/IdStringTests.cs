using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// Ids and references read again give back the string made the first time (runtime
/// <c>IdStrings</c>), and whatever the table holds, every value is exactly the one in the text.
/// </summary>
public class IdStringTests
{
    private static string Yaml(params (string Id, string[] Owners)[] samples)
        => string.Concat(samples.Select(s => $"- id: {s.Id}\n  title: T\n  owner: {s.Owners[0]}\n  owners: [{string.Join(", ", s.Owners)}]\n"));

    private static string Json(params (string Id, string[] Owners)[] samples)
        => "[" + string.Join(",", samples.Select(s => $"{{\"id\": \"{s.Id}\", \"title\": \"T\", \"owner\": \"{s.Owners[0]}\", \"owners\": [{string.Join(", ", s.Owners.Select(o => $"\"{o}\""))}]}}")) + "]";

    [Fact]
    public void A_reference_read_again_is_the_same_string_in_yaml_and_json()
    {
        var samples = new[] { ("s1", new[] { "ann", "bob" }), ("s2", new[] { "bob", "ann" }) };
        foreach (var list in new[] { Sample.ParseYamlList(Yaml(samples)).GetValueOrThrow(), Sample.ParseJsonList(Json(samples)).GetValueOrThrow() })
        {
            Assert.Equal("ann", list[0].Owner!.Value.Value);
            Assert.Same(list[0].Owner!.Value.Value, list[0].Owners[0].Value);
            Assert.Same(list[0].Owners[0].Value, list[1].Owners[1].Value);
            Assert.Same(list[0].Owners[1].Value, list[1].Owners[0].Value);
            Assert.Same(list[0].Owners[1].Value, list[1].Owner!.Value.Value);
        }
    }

    /// <summary>
    /// A short string value (up to 32 UTF-8 bytes: tags, topics) read again is the same string, in
    /// YAML and JSON, within a list and across records; a longer one is made each time; each is
    /// the text written.
    /// </summary>
    [Fact]
    public void A_short_string_value_read_again_is_the_same_string()
    {
        var shortTag = new string('t', 32);
        var longTag = new string('u', 33);
        var yaml = $"- id: s1\n  title: T\n  tags: [{shortTag}, {longTag}, {shortTag}]\n- id: s2\n  title: T\n  tags: [{longTag}, {shortTag}]\n";
        var json = $"[{{\"id\": \"s1\", \"title\": \"T\", \"tags\": [\"{shortTag}\", \"{longTag}\", \"{shortTag}\"]}}, {{\"id\": \"s2\", \"title\": \"T\", \"tags\": [\"{longTag}\", \"{shortTag}\"]}}]";
        foreach (var list in new[] { Sample.ParseYamlList(yaml).GetValueOrThrow(), Sample.ParseJsonList(json).GetValueOrThrow() })
        {
            Assert.Equal(new[] { shortTag, longTag, shortTag }, list[0].Tags);
            Assert.Equal(new[] { longTag, shortTag }, list[1].Tags);
            Assert.Same(list[0].Tags[0], list[0].Tags[2]);
            Assert.Same(list[0].Tags[0], list[1].Tags[1]);
            Assert.NotSame(list[0].Tags[1], list[1].Tags[0]);
        }
    }

    /// <summary>
    /// Ids alike but for their last characters, as ids are (<c>actor-000</c> to <c>actor-199</c>):
    /// read a second time, most give back the string of the first (the table is a cache, so a few
    /// may have been replaced by another id of the same slot; a hash that tells them apart badly
    /// shares almost none).
    /// </summary>
    [Fact]
    public void Ids_that_differ_only_at_their_end_are_mostly_found_again()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"actor-{i:000}").ToArray();
        var samples = new[] { ("s1", ids), ("s2", ids) };
        foreach (var list in new[] { Sample.ParseYamlList(Yaml(samples)).GetValueOrThrow(), Sample.ParseJsonList(Json(samples)).GetValueOrThrow() })
        {
            Assert.Equal(ids, list[1].Owners.Select(o => o.Value));
            var shared = Enumerable.Range(0, ids.Length).Count(i => ReferenceEquals(list[0].Owners[i].Value, list[1].Owners[i].Value));
            Assert.True(shared >= 120, $"{shared} of {ids.Length} references read again share the first string");
        }
    }

    /// <summary>
    /// A large file that refers to more distinct ids than 8,192, the table's largest size before
    /// the seventh session (a catalog of 100,000 entities refers to about 7,000): every id is read
    /// once, then every id again after all the others. Most second reads find the string of the
    /// first (77% when written; the table starts at a size for this small file and grows to
    /// 32,768 slots as it goes); capped at 8,192 slots, the table found 24%.
    /// </summary>
    [Fact]
    public void A_large_file_finds_again_most_of_twelve_thousand_ids_read_once_each()
    {
        var ids = Enumerable.Range(0, 12_000).Select(i => $"owner-{i:00000}").ToArray();
        var samples = Enumerable.Range(0, 2 * ids.Length / 4)
            .Select(i => ("s" + i, Enumerable.Range(0, 4).Select(k => ids[((i * 4) + k) % ids.Length]).ToArray()))
            .ToArray();
        foreach (var list in new[] { Sample.ParseYamlList(Yaml(samples)).GetValueOrThrow(), Sample.ParseJsonList(Json(samples)).GetValueOrThrow() })
        {
            var owners = list.SelectMany(s => s.Owners.Select(o => o.Value)).ToArray();
            Assert.Equal(ids.Concat(ids), owners);
            var shared = Enumerable.Range(0, ids.Length).Count(i => ReferenceEquals(owners[i], owners[ids.Length + i]));
            Assert.True(shared >= ids.Length * 70 / 100, $"{shared} of {ids.Length} ids read a second time share the first string");
        }
    }

    /// <summary>
    /// Many distinct ids (more than the table's slots for a document of this size, so slots are shared and replaced),
    /// non-ASCII ones (never kept), ones longer than the table looks up, and JSON escapes: each
    /// value is the one written.
    /// </summary>
    [Fact]
    public void Every_id_is_read_as_written_whatever_the_table_holds()
    {
        var random = new Random(7);
        var owners = Enumerable.Range(0, 6000).Select(i => i switch
        {
            _ when i % 97 == 0 => "caf\u00e9-" + i,
            _ when i % 89 == 0 => new string('x', 60 + (i % 10)) + i,
            _ => "o-" + i,
        }).ToArray();
        var samples = Enumerable.Range(0, 3000)
            .Select(i => ("s" + i, Enumerable.Range(0, 4).Select(_ => owners[random.Next(owners.Length)]).ToArray()))
            .ToArray();
        foreach (var list in new[] { Sample.ParseYamlList(Yaml(samples)).GetValueOrThrow(), Sample.ParseJsonList(Json(samples)).GetValueOrThrow() })
        {
            Assert.Equal(samples.Select(s => s.Item1), list.Select(s => s.Id.Value));
            Assert.Equal(samples.Select(s => s.Item2[0]), list.Select(s => s.Owner!.Value.Value));
            Assert.Equal(samples.SelectMany(s => s.Item2), list.SelectMany(s => s.Owners.Select(o => o.Value)));
        }
    }

    /// <summary>
    /// Ids alike but for one byte anywhere, or only for a trailing NUL (which a table keyed on
    /// padded bytes could mistake for a shorter id), of every length from 1 to 17 (across the
    /// eight-byte reads of the hash), each read twice in a row and then all once more, are each
    /// read as written, and each read right after the first shares its string (nothing came
    /// between to take the slot).
    /// </summary>
    [Fact]
    public void Ids_that_differ_in_one_byte_or_a_trailing_nul_are_told_apart()
    {
        var ids = new List<string>();
        for (var length = 1; length <= 17; length++)
        {
            var id = new string('a', length);
            ids.Add(id);
            ids.AddRange(Enumerable.Range(0, length).Select(at => id.Substring(0, at) + "b" + id.Substring(at + 1)));
            ids.Add(id + "\0");
            ids.Add(new string('\0', length));
        }

        ids = ids.Distinct().ToList();
        var owners = ids.SelectMany(id => new[] { id, id }).Concat(ids).ToArray();
        var yaml = string.Concat(owners.Chunk(4).Select((chunk, i) => $"- id: s{i}\n  title: T\n  owners: [{string.Join(", ", chunk.Select(o => "\"" + o.Replace("\0", "\\0", StringComparison.Ordinal) + "\""))}]\n"));
        var read = Sample.ParseYamlList(yaml).GetValueOrThrow().SelectMany(s => s.Owners.Select(o => o.Value)).ToArray();
        Assert.Equal(owners, read);
        Assert.All(Enumerable.Range(0, ids.Count), i => Assert.Same(read[2 * i], read[(2 * i) + 1]));
    }

    [Fact]
    public void An_escaped_json_id_is_unescaped_and_the_same_bytes_unescaped_are_not_confused_with_it()
    {
        var json = "[{\"id\": \"s1\", \"title\": \"T\", \"owners\": [\"a\\u002db\", \"a-b\", \"a\\\\u002db\", \"a-b\"]}]";
        var owners = Sample.ParseJsonList(json).GetValueOrThrow()[0].Owners.Select(o => o.Value).ToArray();
        Assert.Equal(new[] { "a-b", "a-b", "a\\u002db", "a-b" }, owners);
    }

    [Fact]
    public void The_list_parsers_read_bytes_and_streams_as_they_read_text()
    {
        var samples = new[] { ("s1", new[] { "ann", "bob" }), ("s2", new[] { "bob" }) };
        var yaml = Yaml(samples);
        var json = Json(samples);
        var expected = Sample.ParseYamlList(yaml).GetValueOrThrow();
        Assert.Equal(expected, Sample.ParseYamlList(Encoding.UTF8.GetBytes(yaml)).GetValueOrThrow());
        Assert.Equal(expected, Sample.ParseYamlList(new MemoryStream(Encoding.UTF8.GetBytes(yaml))).GetValueOrThrow());
        Assert.Equal(expected, Sample.ParseJsonList(json).GetValueOrThrow());
        Assert.Equal(expected, Sample.ParseJsonList(Encoding.UTF8.GetBytes(json)).GetValueOrThrow());
        Assert.Equal(expected, Sample.ParseJsonList(new MemoryStream(Encoding.UTF8.GetBytes(json))).GetValueOrThrow());
        var error = Assert.Single(Sample.ParseJsonList(Encoding.UTF8.GetBytes("[{\"id\": 1}]"), "b.json").Errors, e => e.Path == "[0].id");
        Assert.Equal(("b.json", 1, 9), (error.Source, error.Line, error.Column));
    }
}
