using System;
using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsSchema.Generated;

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

    /// <summary>
    /// Writes a <c>date</c> as its canonical text (<c>yyyy-MM-dd</c>, as <see cref="ScalarParsers.Format(DateOnly)"/>
    /// gives it) straight into the writer's UTF-8, without making a string.
    /// </summary>
    public static void WriteDate(JsonWriter writer, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        writer.WriteAsciiString(null, DateText(text, value));
    }

    /// <summary>As <see cref="WriteDate(JsonWriter, DateOnly)"/>, under the property <paramref name="name"/>.</summary>
    public static void WriteDate(JsonWriter writer, JsonEncodedText name, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        writer.WriteAsciiString(name, DateText(text, value));
    }

    /// <summary>Writes <paramref name="value"/> as <c>yyyy-MM-dd</c> in the first 10 bytes of <paramref name="text"/> and returns them.</summary>
    internal static ReadOnlySpan<byte> DateText(Span<byte> text, DateOnly value)
    {
        // One calendar computation for the three parts (Year, Month and Day would each do it).
        value.Deconstruct(out var year, out var month, out var day);
        text = text.Slice(0, 10);
        text[0] = (byte)('0' + (year / 1000));
        text[1] = (byte)('0' + (year / 100 % 10));
        text[2] = (byte)('0' + (year / 10 % 10));
        text[3] = (byte)('0' + (year % 10));
        text[4] = (byte)'-';
        text[5] = (byte)('0' + (month / 10));
        text[6] = (byte)('0' + (month % 10));
        text[7] = (byte)'-';
        text[8] = (byte)('0' + (day / 10));
        text[9] = (byte)('0' + (day % 10));
        return text;
    }

    /// <summary>
    /// Writes <paramref name="value"/> with <paramref name="write"/> and returns the text. The
    /// writer's buffer is kept per thread, so a call allocates little more than the string.
    /// </summary>
    public static string ToJsonString<T>(T value, Action<JsonWriter, T> write)
    {
        var writer = JsonWriter.Create();
        write(writer, value);
        return writer.ToString();
    }
}
