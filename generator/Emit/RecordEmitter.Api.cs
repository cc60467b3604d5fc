using NewsSchema.Generator.Model;
using static NewsSchema.Generator.Emit.EmitHelpers;

namespace NewsSchema.Generator.Emit;

internal static partial class RecordEmitter
{
    /// <summary>
    /// The public parse methods: <c>FromYaml</c>, <c>ParseYaml</c> (text, a span of bytes, an array
    /// of bytes read in place, and a stream), <c>ParseYamlList</c> (the same four) and their JSON
    /// twins (JSON reads a span in place already: no array overload), each a thin call into the
    /// runtime with this type's readers.
    /// </summary>
    private static void EmitParseApi(CodeWriter w, TypeModel type)
    {
        // Members of a family hide their base's parse methods with their own, more precise ones.
        var @new = type.BaseFullName is null ? string.Empty : "new ";
        var t = type.FullName;
        var result = $"{Runtime}.ParseResult<{t}>";
        var list = $"{Collections}.IReadOnlyList<{t}>";
        var listResult = $"{Runtime}.ParseResult<{list}>";
        var options = $"{Runtime}.ParseOptions? options = null";
        w.Block($$"""
            /// <summary>Parses a YAML document holding one {{type.Name}}; throws <see cref="{{Runtime}}.DataException"/> with every error.</summary>
            {{NonUserCode}}
            public static {{@new}}{{t}} FromYaml(string yaml, string? source = null, {{options}}) => ParseYaml(yaml, source, options).GetValueOrThrow();

            /// <summary>Parses a YAML document holding one {{type.Name}}, collecting every error with its line and column.</summary>
            {{NonUserCode}}
            public static {{@new}}{{result}} ParseYaml(string yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{t}}>(yaml, source, options, static reader => ReadYaml(reader));

            /// <summary>Parses YAML given as bytes (UTF-8, or UTF-16 with a byte order mark).</summary>
            {{NonUserCode}}
            public static {{@new}}{{result}} ParseYaml(global::System.ReadOnlySpan<byte> utf8Yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{t}}>(utf8Yaml, source, options, static reader => ReadYaml(reader));

            /// <summary>Parses YAML given as an array of bytes, read in place without a copy: the array must not change until the call returns.</summary>
            {{NonUserCode}}
            public static {{@new}}{{result}} ParseYaml(byte[] utf8Yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{t}}>(utf8Yaml, source, options, static reader => ReadYaml(reader));

            /// <summary>Parses YAML read from a stream to its end (UTF-8, or UTF-16 with a byte order mark); the stream is not disposed.</summary>
            {{NonUserCode}}
            public static {{@new}}{{result}} ParseYaml(global::System.IO.Stream utf8Yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{t}}>(utf8Yaml, source, options, static reader => ReadYaml(reader));

            /// <summary>Parses a YAML document holding a list of {{type.Name}}.</summary>
            {{NonUserCode}}
            public static {{@new}}{{listResult}} ParseYamlList(string yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{list}}>(yaml, source, options, static reader => ReadYamlList(reader));

            /// <summary>Parses a list of {{type.Name}} from YAML given as bytes (UTF-8, or UTF-16 with a byte order mark).</summary>
            {{NonUserCode}}
            public static {{@new}}{{listResult}} ParseYamlList(global::System.ReadOnlySpan<byte> utf8Yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{list}}>(utf8Yaml, source, options, static reader => ReadYamlList(reader));

            /// <summary>Parses a list of {{type.Name}} from YAML given as an array of bytes, read in place without a copy: the array must not change until the call returns.</summary>
            {{NonUserCode}}
            public static {{@new}}{{listResult}} ParseYamlList(byte[] utf8Yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{list}}>(utf8Yaml, source, options, static reader => ReadYamlList(reader));

            /// <summary>Parses a list of {{type.Name}} from YAML read from a stream to its end; the stream is not disposed.</summary>
            {{NonUserCode}}
            public static {{@new}}{{listResult}} ParseYamlList(global::System.IO.Stream utf8Yaml, string? source = null, {{options}})
                => {{YamlReaderType}}.ParseDocument<{{list}}>(utf8Yaml, source, options, static reader => ReadYamlList(reader));

            /// <summary>Parses a JSON document holding one {{type.Name}}; throws <see cref="{{Runtime}}.DataException"/> with every error.</summary>
            {{NonUserCode}}
            public static {{@new}}{{t}} FromJson(string json, string? source = null, {{options}}) => ParseJson(json, source, options).GetValueOrThrow();

            /// <summary>Parses a JSON document holding one {{type.Name}}, collecting every error with its line and column.</summary>
            {{NonUserCode}}
            public static {{@new}}{{result}} ParseJson(string json, string? source = null, {{options}})
                => {{JsonContextType}}.ParseDocument<{{t}}>(json, source, options, ReadJson);

            /// <summary>Parses JSON given as UTF-8 bytes.</summary>
            {{NonUserCode}}
            public static {{@new}}{{result}} ParseJson(global::System.ReadOnlySpan<byte> utf8Json, string? source = null, {{options}})
                => {{JsonContextType}}.ParseDocument<{{t}}>(utf8Json, source, options, ReadJson);

            /// <summary>Parses JSON read from <paramref name="utf8Json"/> to its end (UTF-8); the stream is not closed.</summary>
            {{NonUserCode}}
            public static {{@new}}{{result}} ParseJson(global::System.IO.Stream utf8Json, string? source = null, {{options}})
                => {{JsonContextType}}.ParseDocument<{{t}}>(utf8Json, source, options, ReadJson);

            /// <summary>Parses a JSON array of {{type.Name}}.</summary>
            {{NonUserCode}}
            public static {{@new}}{{listResult}} ParseJsonList(string json, string? source = null, {{options}})
                => {{JsonContextType}}.ParseDocument<{{list}}>(json, source, options, ReadJsonList);

            /// <summary>Parses a JSON array of {{type.Name}} given as UTF-8 bytes.</summary>
            {{NonUserCode}}
            public static {{@new}}{{listResult}} ParseJsonList(global::System.ReadOnlySpan<byte> utf8Json, string? source = null, {{options}})
                => {{JsonContextType}}.ParseDocument<{{list}}>(utf8Json, source, options, ReadJsonList);

            /// <summary>Parses a JSON array of {{type.Name}} read from <paramref name="utf8Json"/> to its end (UTF-8); the stream is not closed.</summary>
            {{NonUserCode}}
            public static {{@new}}{{listResult}} ParseJsonList(global::System.IO.Stream utf8Json, string? source = null, {{options}})
                => {{JsonContextType}}.ParseDocument<{{list}}>(utf8Json, source, options, ReadJsonList);

            """);
    }
}
