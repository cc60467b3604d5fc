using System.IO;
using System.Linq;
using NewsSchema.Tests.Model;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// A deprecated field used in data gives, on request (ParseOptions.ReportDeprecated), a
/// <c>deprecated</c> notice in ParseResult.Warnings; the parse still succeeds.
/// </summary>
public class DeprecatedNoticeTests
{
    private static readonly ParseOptions Report = new() { ReportDeprecated = true };

    [Fact]
    public void Yaml_gives_a_notice_at_the_key_with_the_schemas_message()
    {
        var result = Sample.ParseYaml("""
            id: a
            title: T
            legacy: old

            """, "s.yaml", Report);

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Errors);
        var notice = Assert.Single(result.Warnings);
        Assert.Equal("s.yaml(3,1): warning deprecated at legacy: the field 'legacy' is deprecated: Use title instead.", notice.ToString());
#pragma warning disable CS0618 // the deprecated field is still read
        Assert.Equal("old", result.Value!.Legacy);
#pragma warning restore CS0618
    }

    [Fact]
    public void Json_gives_the_same_notice_at_the_property()
    {
        var result = Sample.ParseJson("""
            {"id": "a",
             "title": "T",
             "legacy": "old"}
            """, "s.json", Report);

        Assert.True(result.IsSuccess);
        var notice = Assert.Single(result.Warnings);
        Assert.Equal((DataErrorCodes.Deprecated, "legacy", "s.json", 3, 2), (notice.Code, notice.Path, notice.Source, notice.Line, notice.Column));
    }

    [Fact]
    public void Without_the_option_or_without_the_field_there_is_no_notice()
    {
        Assert.Empty(Sample.ParseYaml("""
            id: a
            title: T
            legacy: old

            """, "s.yaml").Warnings);
        Assert.Empty(Sample.ParseJson("{\"id\": \"a\", \"title\": \"T\", \"legacy\": \"old\"}", "s.json").Warnings);
        Assert.Empty(Sample.ParseYaml("""
            id: a
            title: T

            """, "s.yaml", Report).Warnings);
    }

    [Fact]
    public void Notices_stay_beside_errors_and_come_through_a_catalog_and_LoadFiles()
    {
        var failed = Sample.ParseYaml("""
            id: a
            legacy: old

            """, "s.yaml", Report);
        Assert.False(failed.IsSuccess);
        Assert.Equal(DataErrorCodes.Required, Assert.Single(failed.Errors).Code);
        Assert.Equal("legacy", Assert.Single(failed.Warnings).Path);

        var catalog = TestCatalog.ParseYaml("""
            samples:
              - id: a
                title: T
                legacy: old

            """, "c.yaml", Report);
        Assert.Equal("c.yaml(4,5): warning deprecated at samples[0].legacy: the field 'legacy' is deprecated: Use title instead.", Assert.Single(catalog.Warnings).ToString());

        var file = Path.Combine(Path.GetTempPath(), "newsschema-deprecated-" + System.Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(file, """
            samples:
              - id: a
                title: T
                legacy: old

            """);
        try
        {
            var loaded = TestCatalog.LoadFiles([file], Report);
            Assert.True(loaded.IsSuccess);
            Assert.Equal(file, Assert.Single(loaded.Warnings).Source);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
