using System;
using System.Buffers;
using System.ComponentModel;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSchema.Serialization;

/// <summary>Helpers for the generated JSON writers.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonWriting
{
    /// <summary>Indented, two spaces, non-ASCII text kept readable (not escaped).</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/> and returns the text.</summary>
    public static string ToJsonString<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
