using System;
using System.ComponentModel;
using System.Globalization;

namespace NewsSchema.Generated;

/// <summary>
/// The one rule for lone surrogates (half of a UTF-16 pair without its other half), in YAML and
/// JSON alike: it is not a character, so text that holds one is refused. Reading, it is a
/// <c>syntax</c> error at its position; writing, an <see cref="ArgumentException"/>. Data is never
/// changed (no U+FFFD) and never written in a form the readers reject.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class LoneSurrogates
{
    /// <summary>The index of the first lone surrogate in <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
#if NET8_0_OR_GREATER
            // Vectorized jump to the next surrogate: text without any costs one fast pass.
            var next = text.Slice(i).IndexOfAnyInRange('\uD800', '\uDFFF');
            if (next < 0)
            {
                return -1;
            }

            i += next;
#else
            // The generator's build-time data check compiles this file for netstandard2.0: a plain scan.
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }
#endif
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    /// <summary>The message for a lone surrogate <paramref name="c"/> found in data.</summary>
    public static string Message(char c)
        => string.Create(CultureInfo.InvariantCulture, $"the text holds a lone surrogate (U+{(int)c:X4}), half of a UTF-16 pair without its other half; it is not a character, and YAML and JSON cannot carry it");

    /// <summary>
    /// Returns <paramref name="value"/> when it can be written; throws <see cref="ArgumentException"/>
    /// when it holds a lone surrogate (the generated writers call this for every string they write).
    /// </summary>
    public static string Checked(string value)
    {
        var at = IndexOf(value);
        if (at >= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Cannot write a string whose character {at} is a lone surrogate (U+{(int)value[at]:X4}): {Message(value[at])}. See docs/decisions.md, \"Hardening rules\"."), nameof(value));
        }

        return value;
    }

    /// <summary>
    /// The index in the raw JSON string token <paramref name="utf8"/> (without quotes) of a <c>\u</c>
    /// escape that is a lone surrogate, or -1; the escaped code unit in <paramref name="unit"/>.
    /// </summary>
    internal static int EscapeIndexOf(ReadOnlySpan<byte> utf8, out char unit)
    {
        unit = '\0';
        var pendingHigh = -1;
        for (var i = 0; i < utf8.Length; i++)
        {
            char? escaped = null;
            var length = 1;
            if (utf8[i] == (byte)'\\' && i + 1 < utf8.Length)
            {
                length = 2;
                if (utf8[i + 1] == (byte)'u' && i + 6 <= utf8.Length
                    && System.Buffers.Text.Utf8Parser.TryParse(utf8.Slice(i + 2, 4), out ushort code, out var consumed, 'X') && consumed == 4)
                {
                    escaped = (char)code;
                    length = 6;
                }
            }

            if (pendingHigh >= 0)
            {
                if (escaped is { } low && char.IsLowSurrogate(low))
                {
                    pendingHigh = -1;
                    i += length - 1;
                    continue;
                }

                return pendingHigh;
            }

            if (escaped is { } e)
            {
                if (char.IsHighSurrogate(e))
                {
                    pendingHigh = i;
                    unit = e;
                }
                else if (char.IsLowSurrogate(e))
                {
                    unit = e;
                    return i;
                }
            }

            i += length - 1;
        }

        return pendingHigh;
    }
}
