using System;
using System.IO;
using NewsSchema.Generator.Tests.Infrastructure;
using Xunit;

namespace NewsSchema.Generator.Tests;

/// <summary>The snapshot helper itself.</summary>
public sealed class SnapshotTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "newsschema-snapshots-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    [Fact]
    public void MissingSnapshotWritesReceivedAndFails()
    {
        var ex = Assert.Throws<SnapshotMismatchException>(() => Snapshot.VerifyAt(_dir, "C.M", "hello\n", accept: false));
        Assert.Contains("No verified snapshot", ex.Message);
        Assert.Equal("hello\n", File.ReadAllText(Path.Combine(_dir, "C.M.received.cs")));
        Assert.False(File.Exists(Path.Combine(_dir, "C.M.verified.cs")));
    }

    [Fact]
    public void AcceptWritesVerifiedAndThenMatches()
    {
        Snapshot.VerifyAt(_dir, "C.M", "line 1\r\nline 2\n", accept: true);
        Assert.Equal("""
            line 1
            line 2

            """, File.ReadAllText(Path.Combine(_dir, "C.M.verified.cs")));
        Snapshot.VerifyAt(_dir, "C.M", """
            line 1
            line 2

            """, accept: false);
        Assert.False(File.Exists(Path.Combine(_dir, "C.M.received.cs")));
    }

    [Fact]
    public void MismatchWritesReceivedWithDiffSummary()
    {
        Snapshot.VerifyAt(_dir, "C.M", """
            a
            b
            c

            """, accept: true);
        var ex = Assert.Throws<SnapshotMismatchException>(() => Snapshot.VerifyAt(_dir, "C.M", """
            a
            B
            c

            """, accept: false));
        Assert.Contains("line 2:", ex.Message);
        Assert.Contains("  - b", ex.Message);
        Assert.Contains("  + B", ex.Message);
        Assert.Equal("""
            a
            B
            c

            """, File.ReadAllText(Path.Combine(_dir, "C.M.received.cs")));

        // A later match removes the stale received file.
        Snapshot.VerifyAt(_dir, "C.M", """
            a
            b
            c

            """, accept: false);
        Assert.False(File.Exists(Path.Combine(_dir, "C.M.received.cs")));
    }

    [Fact]
    public void ThePackageVersionIsScrubbedSoThatAnotherVersionStillMatches()
    {
        Snapshot.VerifyAt(_dir, "C.M", """
            [GeneratedCode("NewsSchema", "1.2.3")]
            class C { }

            """, accept: true);
        Assert.Equal("""
            [GeneratedCode("NewsSchema", "{version}")]
            class C { }

            """, File.ReadAllText(Path.Combine(_dir, "C.M.verified.cs")));

        // Another release of the generator matches the same snapshot.
        Snapshot.VerifyAt(_dir, "C.M", """
            [GeneratedCode("NewsSchema", "10.20.30-preview.4+abcdef")]
            class C { }

            """, accept: false);
        Assert.False(File.Exists(Path.Combine(_dir, "C.M.received.cs")));

        // A real change still fails, and the received file is scrubbed as well.
        Assert.Throws<SnapshotMismatchException>(() => Snapshot.VerifyAt(_dir, "C.M", """
            [GeneratedCode("NewsSchema", "4.5.6")]
            class D { }

            """, accept: false));
        Assert.Equal("""
            [GeneratedCode("NewsSchema", "{version}")]
            class D { }

            """, File.ReadAllText(Path.Combine(_dir, "C.M.received.cs")));
    }

    [Fact]
    public void OnlyTheVersionOfNewsSchemasGeneratedCodeIsScrubbed()
    {
        Assert.Equal(
            """[global::System.CodeDom.Compiler.GeneratedCode("NewsSchema", "{version}")]""",
            Snapshot.Scrub("""[global::System.CodeDom.Compiler.GeneratedCode("NewsSchema", "0.1.0")]"""));
        Assert.Equal("""[GeneratedCode("OtherTool", "0.1.0")]""", Snapshot.Scrub("""[GeneratedCode("OtherTool", "0.1.0")]"""));
        Assert.Equal("""const string Version = "0.1.0";""", Snapshot.Scrub("""const string Version = "0.1.0";"""));
    }

    [Fact]
    public void VerifyUsesCallerFileAndMemberNames()
    {
        // The verified file for this test is committed next to this source file.
        Snapshot.Verify("// SnapshotTests.VerifyUsesCallerFileAndMemberNames\n");
    }
}
