namespace NewsSchema.Generator.Tests;

/// <summary>
/// One schema file per diagnostic id (NSG0004 needs two files), with where the mistake is: used by
/// the analyzer tests (in memory, per file) and the build-output tests (<c>dotnet build</c>).
/// Every id but NSG0016 (retired) and NSG0025 (an internal error, which no schema should cause).
/// </summary>
internal static class SchemaMistakes
{
    public static readonly (string Name, string Text)[] Files =
    {
        ("nsg0001", """
            types:
              A: { kind: record ]

            """),
        ("nsg0002", """
            types:
              B:
                kind: record
                feilds: {}

            """),
        ("nsg0003", """
            types:
              C:
                kind: record
                fields:
                  v: Bogus

            """),
        ("nsg0004a", """
            types:
              D:
                kind: record

            """),
        ("nsg0004b", """
            types:
              D:
                kind: record

            """),
        ("nsg0005", """
            types:
              E:
                kind: record
                fields:
                  start-date: date
                  startDate: date

            """),
        ("nsg0006", """
            types:
              F:
                kind: record
                fields:
                  n: { type: int, maxLength: 3 }

            """),
        ("nsg0007", """
            types:
              G:
                kind: record
                fields:
                  s: { type: string, pattern: "a(b" }

            """),
        ("nsg0008", """
            types:
              H:
                kind: record
                fields:
                  n: { type: int, minimum: 5, maximum: 1 }

            """),
        ("nsg0009", """
            types:
              I:
                kind: record
                fields:
                  r: ref<IRec>
              IRec:
                kind: record

            """),
        ("nsg0010", """
            types:
              J1:
                kind: record
                extends: J2
              J2:
                kind: record
                extends: J1

            """),
        ("nsg0011", """
            types:
              K:
                kind: record
                fields:
                  1st: string

            """),
        ("nsg0012", """
            types:
              class:
                kind: record

            """),
        ("nsg0013", """
            types:
              L:
                kind: record
                fields:
                  s: { type: string, required: maybe }

            """),
        ("nsg0014", """
            types:
              M:
                fields: {}

            """),
        ("nsg0015", """
            types:
              N:
                kind: record
                fields:
                  s: list<string

            """),
        ("nsg0017", """
            types:
              P:
                kind: record
                fields:
                  n: { type: int, default: abc }

            """),
        ("nsg0018", """
            types:
              Q:
                kind: enum
                values: [a, a]

            """),
        ("nsg0019", """
            namespace: 1bad.ns
            types:
              R:
                kind: record

            """),
        ("nsg0020", """
            types:
              S1:
                kind: entity
                plural: things
              S2:
                kind: entity
                plural: things

            """),
        ("nsg0021", """
            types:
              T:
                kind: record
                kind: record

            """),
        ("nsg0022", """
            types:
              U:
                kind: record
                fields:
                  toString: string

            """),
        ("nsg0023", """
            types:
              V:
                kind: record
                plural: vs

            """),
        ("nsg0024", "# a schema file with nothing in it\n"),
        ("nsg0026", """
            types:
              W1:
                kind: record
              W2:
                kind: record
                extends: W1

            """),
        ("nsg0027", """
            types:
              X1:
                kind: record
                abstract: true
              X2:
                kind: entity
                extends: X1

            """),
        ("nsg0028", """
            types:
              Y1:
                kind: record
                abstract: true
                fields:
                  n: string
              Y2:
                kind: record
                extends: Y1
                fields:
                  n: string

            """),
        ("nsg0029", """
            types:
              Z0:
                kind: record
                abstract: true
              Z1:
                kind: record
                extends: Z0
                tag: z
              Z2:
                kind: record
                extends: Z0
                tag: z

            """),
        ("nsg0040", """
            types:
              Q40:
                kind: record
                fields:
                  t: { type: string, required: true, default: x }

            """),
    };
}
