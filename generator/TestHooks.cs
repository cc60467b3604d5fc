using System;
using System.Threading;

namespace NewsSchema.Generator;

/// <summary>
/// A test-only way to make the generator fail on purpose at one stage, so the tests can check that
/// a bug of ours becomes a located NSG0025 and never CS8785. Internal (visible to the generator
/// tests only) and per async flow, so tests running in parallel do not see each other's failures.
/// </summary>
internal static class TestHooks
{
    /// <summary>The stage to fail at: "parse", "resolve", "emit-type" or "emit-catalog"; null: none.</summary>
    internal static readonly AsyncLocal<string?> FailAt = new();

    /// <summary>Throws when the tests asked for a failure at <paramref name="stage"/>.</summary>
    internal static void Check(string stage)
    {
        if (string.Equals(FailAt.Value, stage, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("failure injected by a test at stage '" + stage + "'");
        }
    }
}
