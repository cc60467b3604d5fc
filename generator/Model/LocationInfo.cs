using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NewsSchema.Generator.Model;

/// <summary>
/// Where a schema node is: plain, equatable data. A <see cref="Location"/> is only built
/// when a diagnostic is reported.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>Builds a location from YamlDotNet's 1-based marks (index is 0-based).</summary>
    public static LocationInfo FromMarks(string filePath, long startIndex, long startLine, long startColumn, long endIndex, long endLine, long endColumn)
    {
        var start = (int)System.Math.Max(0, startIndex);
        var end = (int)System.Math.Max(start, endIndex);
        return new LocationInfo(
            filePath,
            TextSpan.FromBounds(start, end),
            new LinePositionSpan(
                new LinePosition((int)System.Math.Max(0, startLine - 1), (int)System.Math.Max(0, startColumn - 1)),
                new LinePosition((int)System.Math.Max(0, endLine - 1), (int)System.Math.Max(0, endColumn - 1))));
    }
}
