using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsSchema.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot testing with Verify's file conventions: <c>Snapshots/&lt;Class&gt;.&lt;Name&gt;.verified.cs</c> next to
/// the test source. A mismatch or a missing file writes <c>*.received.cs</c> and fails with a diff summary;
/// with <c>NEWSSCHEMA_ACCEPT=1</c> (or <c>VERIFY_ACCEPT=1</c>) the verified file is written instead.
/// Both sides are scrubbed (<see cref="Scrub"/>) before they are compared or written.
/// </summary>
public static class Snapshot
{
    /// <summary>What the package version in <c>[GeneratedCode("NewsSchema", "…")]</c> is replaced with.</summary>
    public const string VersionPlaceholder = "{version}";

    private static readonly Regex GeneratedCodeVersion = new("""(GeneratedCode\("NewsSchema", ")[^"\n]*("\))""", RegexOptions.CultureInvariant);

    public static void Verify(string text, [CallerFilePath] string file = "", [CallerMemberName] string name = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(file) ?? ".", "Snapshots");
        var className = Path.GetFileNameWithoutExtension(file);
        VerifyAt(directory, className + "." + name, text, IsAcceptRequested());
    }

    public static bool IsAcceptRequested()
        => Environment.GetEnvironmentVariable("NEWSSCHEMA_ACCEPT") == "1" || Environment.GetEnvironmentVariable("VERIFY_ACCEPT") == "1";

    /// <summary>The core, with every input explicit (tested directly).</summary>
    public static void VerifyAt(string directory, string snapshotName, string text, bool accept)
    {
        var verified = Path.Combine(directory, snapshotName + ".verified.cs");
        var received = Path.Combine(directory, snapshotName + ".received.cs");
        var actual = Scrub(text);

        if (accept)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        if (!File.Exists(verified))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(received, actual, new UTF8Encoding(false));
            throw new SnapshotMismatchException(
                "No verified snapshot " + verified + ". Wrote " + received + "; review it and rename it to .verified.cs, or run with NEWSSCHEMA_ACCEPT=1.");
        }

        var expected = Scrub(File.ReadAllText(verified));
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual, new UTF8Encoding(false));
        throw new SnapshotMismatchException("Snapshot " + verified + " does not match; wrote " + received + ".\n" + DiffSummary(expected, actual));
    }

    /// <summary>Line counts and the first lines that differ.</summary>
    public static string DiffSummary(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var builder = new StringBuilder();
        builder.Append("verified: ").Append(a.Length).Append(" lines, received: ").Append(b.Length).Append(" lines\n");
        var shown = 0;
        for (var i = 0; i < Math.Max(a.Length, b.Length) && shown < 5; i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left == right)
            {
                continue;
            }

            builder.Append("line ").Append(i + 1).Append(":\n");
            builder.Append("  - ").Append(left ?? "<missing>").Append('\n');
            builder.Append("  + ").Append(right ?? "<missing>").Append('\n');
            shown++;
        }

        return builder.ToString();
    }

    /// <summary>
    /// LF line ends, and the package version of <c>[GeneratedCode("NewsSchema", "…")]</c> replaced with
    /// <see cref="VersionPlaceholder"/>, so that a release does not change every snapshot.
    /// </summary>
    public static string Scrub(string text)
        => GeneratedCodeVersion.Replace(text.Replace("\r\n", "\n"), "${1}" + VersionPlaceholder + "${2}");
}

public sealed class SnapshotMismatchException : Exception
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
