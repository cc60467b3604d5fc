using System;
using System.Globalization;
using System.ComponentModel;

namespace NewsSchema.Generated;

/// <summary>
/// Text-to-value rules shared by the YAML and JSON parsers (spec section 3). Each returns
/// null on success or a message saying what was expected; callers add what was found.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScalarParsers
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A decimal integer in the range of <see cref="int"/>.</summary>
    public static string? ParseInt32(string text, out int value)
    {
        if (!LooksLikeInteger(text))
        {
            value = 0;
            return "expected an integer";
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out value)
            ? null
            : "expected an integer from -2147483648 to 2147483647";
    }

    /// <summary>A decimal integer in the range of <see cref="long"/>.</summary>
    public static string? ParseInt64(string text, out long value)
    {
        if (!LooksLikeInteger(text))
        {
            value = 0;
            return "expected an integer";
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, Invariant, out value)
            ? null
            : "expected an integer from -9223372036854775808 to 9223372036854775807";
    }

    /// <summary>A finite number, invariant culture.</summary>
    public static string? ParseDouble(string text, out double value)
    {
        if (!LooksLikeNumber(text) || !double.TryParse(text, NumberStyles.Float, Invariant, out value))
        {
            value = 0;
            return "expected a number";
        }

        if (double.IsInfinity(value))
        {
            value = 0;
            return "expected a number in the range of a double";
        }

        return null;
    }

    /// <summary>A number in the range of <see cref="decimal"/>, invariant culture.</summary>
    public static string? ParseDecimal(string text, out decimal value)
    {
        if (!LooksLikeNumber(text))
        {
            value = 0;
            return "expected a number";
        }

        return decimal.TryParse(text, NumberStyles.Float, Invariant, out value)
            ? null
            : "expected a number in the range of a decimal";
    }

    /// <summary>Exactly <c>true</c> or <c>false</c>.</summary>
    public static string? ParseBoolean(string text, out bool value)
    {
        switch (text)
        {
            case "true":
                value = true;
                return null;
            case "false":
                value = false;
                return null;
            default:
                value = false;
                return "expected true or false";
        }
    }

    /// <summary>A calendar date, <c>yyyy-MM-dd</c>.</summary>
    public static string? ParseDate(string text, out DateOnly value)
        => text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", Invariant, DateTimeStyles.None, out value)
            ? null
            : Fail(out value, "expected a date as yyyy-MM-dd");

    /// <summary>An ISO 8601 date and time with an offset or <c>Z</c>, like <c>2026-01-24T10:00:00+02:00</c>.</summary>
    public static string? ParseDateTime(string text, out DateTimeOffset value)
    {
        if (text.Length < 17 || (text[10] != 'T' && text[10] != 't') || !HasOffset(text)
            || !DateTimeOffset.TryParseExact(text, DateTimeFormats, Invariant, DateTimeStyles.None, out value))
        {
            value = default;
            return "expected a date and time with an offset, like 2026-01-24T10:00:00+02:00 or 2026-01-24T08:00:00Z";
        }

        return null;
    }

    /// <summary>An absolute URI with a scheme, like <c>https://example.org/a</c>.</summary>
    public static string? ParseUri(string text, out Uri? value)
    {
        if (!HasScheme(text) || !Uri.TryCreate(text, UriKind.Absolute, out value))
        {
            value = null;
            return "expected an absolute URI with a scheme, like https://example.org/page";
        }

        return null;
    }

    /// <summary>Canonical text of a date.</summary>
    public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", Invariant);

    /// <summary>Canonical text of a date and time: seconds, fraction only when present, offset as +hh:mm.</summary>
    public static string Format(DateTimeOffset value)
        => value.Ticks % TimeSpan.TicksPerSecond == 0
            ? value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", Invariant)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", Invariant);

    /// <summary>Round-trip text of a double.</summary>
    public static string Format(double value) => value.ToString("R", Invariant);

    /// <summary>Invariant text of a decimal (scale kept).</summary>
    public static string Format(decimal value) => value.ToString(Invariant);

    private static readonly string[] DateTimeFormats =
    {
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
    };

    private static string? Fail<T>(out T value, string message)
    {
        value = default!;
        return message;
    }

    /// <summary>
    /// The common integer from UTF-8 without a string: an optional sign and 1 to
    /// <paramref name="maxDigits"/> ASCII digits (at most 18, so the value cannot overflow), which
    /// <see cref="ParseInt32"/> and <see cref="ParseInt64"/> accept with the same value. False
    /// for anything else, which the caller then parses as text.
    /// </summary>
    internal static bool TryIntegerUtf8(ReadOnlySpan<byte> text, int maxDigits, out long value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var i = text.Length > 0 && (text[0] == (byte)'-' || text[0] == (byte)'+') ? 1 : 0;
        if (text.Length == i || text.Length - i > maxDigits)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            var digit = text[i] - (byte)'0';
            if ((uint)digit > 9)
            {
                value = 0;
                return false;
            }

            value = (value * 10) + digit;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>Powers of ten that a double holds exactly.</summary>
    private static readonly double[] ExactPowersOfTen =
    {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    };

    /// <summary>
    /// The usual decimal number from UTF-8 without a string: <c>-?[0-9]+(.[0-9]+)?</c> with at most
    /// 15 digits, which <see cref="ParseDouble"/> accepts with the same value. Its digits make an
    /// integer a double holds exactly, and dividing it by an exact power of ten rounds once, so the
    /// result is the correctly rounded value (Clinger's fast path). False for anything else (an
    /// exponent, more digits, a '+'), which the caller then parses the general way.
    /// </summary>
    internal static bool TryShortDecimalUtf8(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var negative = text.Length > 0 && text[0] == (byte)'-';
        var i = negative ? 1 : 0;
        var mantissa = 0L;
        var digits = 0;
        var decimals = -1;
        for (; i < text.Length; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit <= 9)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
                decimals += decimals >= 0 ? 1 : 0;
            }
            else if (text[i] == (byte)'.' && decimals < 0 && digits > 0)
            {
                decimals = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || digits > 15 || decimals == 0)
        {
            // Nothing, too many digits for the fast path, or a point with no digit after it.
            return false;
        }

        value = decimals > 0 ? mantissa / ExactPowersOfTen[decimals] : mantissa;
        value = negative ? -value : value;
        return true;
    }

    /// <summary>
    /// The round-trip text of a double (<see cref="Format(double)"/>, and what
    /// <see cref="System.Buffers.Text.Utf8Formatter"/> writes) in UTF-8, without the general
    /// formatter, for the usual short decimal: at least 0.0001 and below 10^15 in magnitude (the
    /// range written without an exponent), with at most 15 significant digits and 15 decimals.
    /// False for any other value (zero, NaN and the infinities among them), which the caller then
    /// formats the general way; <paramref name="destination"/> needs 18 bytes.
    /// </summary>
    /// <remarks>
    /// The round-trip text is the shortest decimal that reads back as the value. With
    /// <c>k</c> decimals, the only candidate is <c>m / 10^k</c>, <c>m</c> the integer nearest
    /// <c>|value| * 10^k</c>: distinct decimals of at most 15 significant digits read back as
    /// distinct doubles. It reads back as the value exactly when dividing <c>m</c> by the exact
    /// power of ten, which rounds once as reading does (<see cref="TryShortDecimalUtf8"/>), gives
    /// the value. The first such <c>k</c> from 0 up gives the fewest digits.
    /// </remarks>
    internal static bool TryFormatShortDecimalUtf8(double value, Span<byte> destination, out int written)
    {
        written = 0;
        var magnitude = Math.Abs(value);
        if (!(magnitude >= 1e-4 && magnitude < 1e15))
        {
            return false;
        }

        for (var decimals = 0; decimals < ExactPowersOfTen.Length; decimals++)
        {
            var scaled = magnitude * ExactPowersOfTen[decimals];
            if (scaled >= 1e15)
            {
                return false; // more than 15 significant digits
            }

            var mantissa = Math.Round(scaled);
            if (mantissa / ExactPowersOfTen[decimals] == magnitude)
            {
                written = WriteDecimal(value < 0, (long)mantissa, decimals, destination);
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes <c>[-]mantissa / 10^decimals</c> as plain decimal text (a leading <c>0.</c> below 1); returns the byte count.</summary>
    private static int WriteDecimal(bool negative, long mantissa, int decimals, Span<byte> destination)
    {
        Span<byte> digits = stackalloc byte[16];
        var count = 0;
        do
        {
            digits[digits.Length - ++count] = (byte)('0' + (mantissa % 10));
            mantissa /= 10;
        }
        while (mantissa > 0);

        var text = digits.Slice(digits.Length - count);
        var at = 0;
        if (negative)
        {
            destination[at++] = (byte)'-';
        }

        if (decimals == 0)
        {
            text.CopyTo(destination.Slice(at));
            return at + count;
        }

        if (count > decimals)
        {
            text.Slice(0, count - decimals).CopyTo(destination.Slice(at));
            at += count - decimals;
            destination[at++] = (byte)'.';
            text.Slice(count - decimals).CopyTo(destination.Slice(at));
            return at + decimals;
        }

        destination[at++] = (byte)'0';
        destination[at++] = (byte)'.';
        destination.Slice(at, decimals - count).Fill((byte)'0');
        at += decimals - count;
        text.CopyTo(destination.Slice(at));
        return at + count;
    }

    /// <summary><c>yyyy-MM-dd</c> in ASCII digits naming a real day, as <see cref="ParseDate"/> accepts it, from UTF-8 without a string.</summary>
    internal static bool TryDateUtf8(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        // Eight digits, each checked on its own (unrolled: this runs for every date read).
        uint y0 = (uint)(text[0] - '0'), y1 = (uint)(text[1] - '0'), y2 = (uint)(text[2] - '0'), y3 = (uint)(text[3] - '0');
        uint m0 = (uint)(text[5] - '0'), m1 = (uint)(text[6] - '0'), d0 = (uint)(text[8] - '0'), d1 = (uint)(text[9] - '0');
        if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9)
        {
            return false;
        }

        var year = (int)((y0 * 1000) + (y1 * 100) + (y2 * 10) + y3);
        var month = (int)((m0 * 10) + m1);
        var day = (int)((d0 * 10) + d1);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool LooksLikeInteger(string text)
    {
        var i = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        if (i >= text.Length)
        {
            return false;
        }

        for (; i < text.Length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeNumber(string text)
    {
        // [-+]? (digits [. digits?] | . digits) ([eE] [-+]? digits)?  — no hex, no NaN, no Infinity, no commas.
        var i = 0;
        if (i < text.Length && (text[i] == '-' || text[i] == '+'))
        {
            i++;
        }

        var digits = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
            digits++;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
                digits++;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
        {
            i++;
            if (i < text.Length && (text[i] == '-' || text[i] == '+'))
            {
                i++;
            }

            var exponent = 0;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
                exponent++;
            }

            if (exponent == 0)
            {
                return false;
            }
        }

        return i == text.Length;
    }

    private static bool HasOffset(string text)
    {
        var last = text[text.Length - 1];
        if (last == 'Z' || last == 'z')
        {
            return true;
        }

        // ...+hh:mm or -hh:mm after the time part.
        return text.Length >= 6 && (text[text.Length - 6] == '+' || text[text.Length - 6] == '-') && text[text.Length - 3] == ':';
    }

    private static bool HasScheme(string text)
    {
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ':')
            {
                return i + 1 < text.Length;
            }

            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.')
            {
                return false;
            }
        }

        return false;
    }
}
