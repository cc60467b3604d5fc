using System.IO;
using NewsSchema.Tests.Model;
using Xunit;
using static NewsSchema.Tests.TestData;

namespace NewsSchema.Tests;

/// <summary>One data file per error code (spec section 4), each with exactly that mistake.</summary>
public class ErrorCodeTests
{
    private static DataError YamlFile(string name)
    {
        var result = Sample.ParseYaml(Read("errors/" + name), name);
        var error = Single(result);
        Assert.Equal(name, error.Source);
        return error;
    }

    private static DataError JsonFile(string name)
    {
        var result = Sample.ParseJson(File.ReadAllBytes(PathOf("errors/" + name)), name);
        var error = Single(result);
        Assert.Equal(name, error.Source);
        return error;
    }

    [Fact]
    public void Syntax_yaml() => AssertError(YamlFile("syntax.yaml"), DataErrorCodes.Syntax, "tags[1]", 3, 12, "expected");

    [Fact]
    public void Syntax_json_column_counts_characters_not_bytes()
        => AssertError(JsonFile("syntax.json"), DataErrorCodes.Syntax, "", 3, 20, "expected ',' or '}' after a property's value, found '\"'");

    [Fact]
    public void Type_yaml() => AssertError(YamlFile("type.yaml"), DataErrorCodes.Type, "count", 3, 8, "expected an integer", "found 'abc'");

    [Fact]
    public void Type_json() => AssertError(JsonFile("type.json"), DataErrorCodes.Type, "count", 4, 12, "expected an integer", "found the string \"abc\"");

    [Fact]
    public void Required_yaml() => AssertError(YamlFile("required.yaml"), DataErrorCodes.Required, "title", 1, 1, "requires 'title'", "missing");

    [Fact]
    public void Required_json() => AssertError(JsonFile("required.json"), DataErrorCodes.Required, "title", 1, 1, "requires 'title'", "missing");

    [Fact]
    public void Unknown_field_yaml_suggests_the_field()
        => AssertError(YamlFile("unknown-field.yaml"), DataErrorCodes.UnknownField, "titel", 3, 1, "'titel' is not a field of Sample", "did you mean 'title'?");

    [Fact]
    public void Unknown_field_json_suggests_the_field()
        => AssertError(JsonFile("unknown-field.json"), DataErrorCodes.UnknownField, "titel", 4, 3, "'titel' is not a field of Sample", "did you mean 'title'?");

    [Fact]
    public void Duplicate_key_yaml() => AssertError(YamlFile("duplicate-key.yaml"), DataErrorCodes.DuplicateKey, "title", 3, 1, "'title'", "more than once");

    [Fact]
    public void Duplicate_key_json() => AssertError(JsonFile("duplicate-key.json"), DataErrorCodes.DuplicateKey, "title", 4, 3, "'title'", "more than once");

    [Fact]
    public void Enum_yaml_suggests_the_value()
        => AssertError(YamlFile("enum.yaml"), DataErrorCodes.Enum, "color", 3, 8, "'deep-blu' is not a Color", "expected one of: red, deep-blue, yes", "did you mean 'deep-blue'?");

    [Fact]
    public void Enum_json_suggests_the_value()
        => AssertError(JsonFile("enum.json"), DataErrorCodes.Enum, "color", 4, 12, "'deep-blu' is not a Color", "expected one of: red, deep-blue, yes", "did you mean 'deep-blue'?");

    [Fact]
    public void Unknown_tag_python_object()
        => AssertError(YamlFile("unknown-tag-python.yaml"), DataErrorCodes.UnknownTag, "point", 3, 8, "'!!python/object:__main__.Exploit' is not allowed", "only the YAML core schema's tags");

    [Fact]
    public void Unknown_tag_dotnet_type()
        => AssertError(YamlFile("unknown-tag-dotnet.yaml"), DataErrorCodes.UnknownTag, "legacy", 3, 9, "'!System.Diagnostics.Process' is not allowed");

    [Fact]
    public void Limit_yaml_alias_expansion()
        => AssertError(YamlFile("limit.yaml"), DataErrorCodes.Limit, "grid[98]", 103, 5, "more than 10000", "ParseOptions.MaxAliasExpansion");

    [Fact]
    public void Limit_json_scalar_length()
    {
        var name = "limit.json";
        var result = Sample.ParseJson(File.ReadAllBytes(PathOf("errors/" + name)), name, new ParseOptions { MaxScalarLength = 16 });
        AssertError(Single(result), DataErrorCodes.Limit, "title", 3, 12, "more than 16 characters", "ParseOptions.MaxScalarLength");
    }
}
