using System;
using System.Buffers;
using System.Collections.Generic;
using System.ComponentModel;

namespace NewsSchema.Generated;

/// <summary>
/// The document shapes the generated YAML writers share: one record as a mapping, a list of
/// records as a sequence of mappings, to a string or as UTF-8 to an <see cref="IBufferWriter{T}"/>.
/// The generated code passes its <c>WriteYamlBody</c> as a static lambda (no allocation per call).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class YamlWriting
{
    /// <summary>Writes <paramref name="value"/> as a mapping document and returns the text.</summary>
    public static string ToYamlString<T>(T value, Action<YamlWriter, T> writeBody)
    {
        var writer = new YamlWriter();
        WriteMapping(writer, value, writeBody);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="value"/> as a mapping document, in UTF-8, to <paramref name="output"/>.</summary>
    public static void WriteYaml<T>(T value, IBufferWriter<byte> output, Action<YamlWriter, T> writeBody)
    {
        var writer = new YamlWriter(output);
        WriteMapping(writer, value, writeBody);
        writer.Flush();
    }

    /// <summary>Writes <paramref name="items"/> as a sequence of mappings and returns the text.</summary>
    public static string ToYamlListString<T>(IEnumerable<T> items, Action<YamlWriter, T> writeBody)
    {
        var writer = new YamlWriter();
        WriteList(writer, items, writeBody);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="items"/> as a sequence of mappings, in UTF-8, to <paramref name="output"/>.</summary>
    public static void WriteYamlList<T>(IEnumerable<T> items, IBufferWriter<byte> output, Action<YamlWriter, T> writeBody)
    {
        var writer = new YamlWriter(output);
        WriteList(writer, items, writeBody);
        writer.Flush();
    }

    /// <summary>Writes one record as a mapping: its body between the mapping's start and end.</summary>
    public static void WriteMapping<T>(YamlWriter writer, T value, Action<YamlWriter, T> writeBody)
    {
        writer.BeginMapping();
        writeBody(writer, value);
        writer.EndMapping();
    }

    /// <summary>Writes <paramref name="items"/> as a sequence of mappings (a list document, or a catalog's entity list after its key).</summary>
    public static void WriteList<T>(YamlWriter writer, IEnumerable<T> items, Action<YamlWriter, T> writeBody)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        writer.BeginSequence();
        foreach (var item in items)
        {
            writer.BeginItem();
            WriteMapping(writer, item, writeBody);
            writer.EndItem();
        }

        writer.EndSequence();
    }
}
