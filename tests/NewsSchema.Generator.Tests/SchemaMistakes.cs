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
        ("nsg0001", "types:\n  A: { kind: record ]\n"),
        ("nsg0002", "types:\n  B:\n    kind: record\n    feilds: {}\n"),
        ("nsg0003", "types:\n  C:\n    kind: record\n    fields:\n      v: Bogus\n"),
        ("nsg0004a", "types:\n  D:\n    kind: record\n"),
        ("nsg0004b", "types:\n  D:\n    kind: record\n"),
        ("nsg0005", "types:\n  E:\n    kind: record\n    fields:\n      start-date: date\n      startDate: date\n"),
        ("nsg0006", "types:\n  F:\n    kind: record\n    fields:\n      n: { type: int, maxLength: 3 }\n"),
        ("nsg0007", "types:\n  G:\n    kind: record\n    fields:\n      s: { type: string, pattern: \"a(b\" }\n"),
        ("nsg0008", "types:\n  H:\n    kind: record\n    fields:\n      n: { type: int, minimum: 5, maximum: 1 }\n"),
        ("nsg0009", "types:\n  I:\n    kind: record\n    fields:\n      r: ref<IRec>\n  IRec:\n    kind: record\n"),
        ("nsg0010", "types:\n  J1:\n    kind: record\n    extends: J2\n  J2:\n    kind: record\n    extends: J1\n"),
        ("nsg0011", "types:\n  K:\n    kind: record\n    fields:\n      1st: string\n"),
        ("nsg0012", "types:\n  class:\n    kind: record\n"),
        ("nsg0013", "types:\n  L:\n    kind: record\n    fields:\n      s: { type: string, required: maybe }\n"),
        ("nsg0014", "types:\n  M:\n    fields: {}\n"),
        ("nsg0015", "types:\n  N:\n    kind: record\n    fields:\n      s: list<string\n"),
        ("nsg0017", "types:\n  P:\n    kind: record\n    fields:\n      n: { type: int, default: abc }\n"),
        ("nsg0018", "types:\n  Q:\n    kind: enum\n    values: [a, a]\n"),
        ("nsg0019", "namespace: 1bad.ns\ntypes:\n  R:\n    kind: record\n"),
        ("nsg0020", "types:\n  S1:\n    kind: entity\n    plural: things\n  S2:\n    kind: entity\n    plural: things\n"),
        ("nsg0021", "types:\n  T:\n    kind: record\n    kind: record\n"),
        ("nsg0022", "types:\n  U:\n    kind: record\n    fields:\n      toString: string\n"),
        ("nsg0023", "types:\n  V:\n    kind: record\n    plural: vs\n"),
        ("nsg0024", "# a schema file with nothing in it\n"),
        ("nsg0026", "types:\n  W1:\n    kind: record\n  W2:\n    kind: record\n    extends: W1\n"),
        ("nsg0027", "types:\n  X1:\n    kind: record\n    abstract: true\n  X2:\n    kind: entity\n    extends: X1\n"),
        ("nsg0028", "types:\n  Y1:\n    kind: record\n    abstract: true\n    fields:\n      n: string\n  Y2:\n    kind: record\n    extends: Y1\n    fields:\n      n: string\n"),
        ("nsg0029", "types:\n  Z0:\n    kind: record\n    abstract: true\n  Z1:\n    kind: record\n    extends: Z0\n    tag: z\n  Z2:\n    kind: record\n    extends: Z0\n    tag: z\n"),
        ("nsg0040", "types:\n  Q40:\n    kind: record\n    fields:\n      t: { type: string, required: true, default: x }\n"),
    };
}
