namespace NewsSchema.Tests;

/// <summary>Documents several test classes start from.</summary>
internal static class SampleDocuments
{
    /// <summary>A valid Sample (Schemas/everything.schema.yaml) with every field set: the fuzzers' seed.</summary>
    public const string ValidYaml = """
        id: a
        title: T
        count: 3
        big: 9
        ratio: 1.5
        amount: 2.50
        flag: true
        day: 2026-01-24
        moment: 2026-01-24T10:00:00+02:00
        link: https://example.org/
        color: red
        point: {lat: 1, lon: 2}
        owner: o
        tags: [x, y]
        scores: {a: 1}
        points:
          - lat: 1
            lon: 2
        grid: [[1], [2, 3]]
        owners: [o, p]
        level: 4
        mood: yes
        oldName: r

        """;
}
