// The UTF-8 YAML reader (runtime/Serialization/Utf8Yaml) is compiled into the generator too, so the
// build-time data check reads data exactly as the runtime does. These are the .NET APIs it uses that
// netstandard2.0 lacks, with the same results for what the reader calls (not their speed: no
// vectorization here). The copies of the runtime files import this namespace (NewsSchema.Generator.csproj).
#if NETSTANDARD2_0
using System;
using System.Buffers;
using System.Text;

namespace NewsSchema.Generator.DataCheck
{
    /// <summary>A set of bytes to search for, as much of <c>System.Buffers.SearchValues&lt;byte&gt;</c> as the reader uses.</summary>
    internal sealed class SearchValues<T>
    {
        private readonly bool[] _contains = new bool[256];

        internal SearchValues(ReadOnlySpan<byte> values)
        {
            foreach (var b in values)
            {
                _contains[b] = true;
            }
        }

        internal bool Contains(byte value) => _contains[value];
    }

    /// <summary>Creates <see cref="SearchValues{T}"/>.</summary>
    internal static class SearchValues
    {
        public static SearchValues<byte> Create(ReadOnlySpan<byte> values) => new(values);
    }

    /// <summary>The span and encoding methods of .NET 8 that the reader calls.</summary>
    internal static class Utf8SpanPolyfills
    {
        public static int IndexOfAny(this ReadOnlySpan<byte> span, SearchValues<byte> values)
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (values.Contains(span[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public static int IndexOfAnyExcept(this ReadOnlySpan<byte> span, SearchValues<byte> values)
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (!values.Contains(span[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        public static int IndexOfAnyExceptInRange(this ReadOnlySpan<byte> span, byte low, byte high)
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] < low || span[i] > high)
                {
                    return i;
                }
            }

            return -1;
        }

        public static string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes)
            => bytes.IsEmpty ? string.Empty : encoding.GetString(bytes.ToArray());

        public static int GetCharCount(this Encoding encoding, ReadOnlySpan<byte> bytes)
            => bytes.IsEmpty ? 0 : encoding.GetCharCount(bytes.ToArray());
    }

    /// <summary>As much of <c>System.Text.Ascii</c> as the reader uses.</summary>
    internal static class Ascii
    {
        public static bool IsValid(ReadOnlySpan<byte> bytes)
        {
            foreach (var b in bytes)
            {
                if (b >= 0x80)
                {
                    return false;
                }
            }

            return true;
        }

        public static bool Equals(ReadOnlySpan<byte> left, ReadOnlySpan<char> right)
        {
            if (left.Length != right.Length)
            {
                return false;
            }

            for (var i = 0; i < left.Length; i++)
            {
                if (left[i] >= 0x80 || left[i] != right[i])
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>A Unicode scalar value, as much of <c>System.Text.Rune</c> as the reader uses.</summary>
    internal readonly struct Rune
    {
        public Rune(int value)
        {
            if (value < 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            {
                throw new ArgumentOutOfRangeException(nameof(value));
            }

            Value = value;
        }

        public int Value { get; }

        /// <summary>Decodes the first scalar value of <paramref name="source"/>: Done, NeedMoreData (cut short) or InvalidData.</summary>
        public static OperationStatus DecodeFromUtf8(ReadOnlySpan<byte> source, out Rune result, out int bytesConsumed)
        {
            result = default;
            bytesConsumed = 0;
            if (source.IsEmpty)
            {
                return OperationStatus.NeedMoreData;
            }

            int b0 = source[0];
            if (b0 < 0x80)
            {
                result = new Rune(b0);
                bytesConsumed = 1;
                return OperationStatus.Done;
            }

            int length, value, min;
            if (b0 >= 0xC2 && b0 <= 0xDF)
            {
                length = 2;
                value = b0 & 0x1F;
                min = 0x80;
            }
            else if (b0 >= 0xE0 && b0 <= 0xEF)
            {
                length = 3;
                value = b0 & 0x0F;
                min = 0x800;
            }
            else if (b0 >= 0xF0 && b0 <= 0xF4)
            {
                length = 4;
                value = b0 & 0x07;
                min = 0x10000;
            }
            else
            {
                bytesConsumed = 1;
                return OperationStatus.InvalidData;
            }

            for (var i = 1; i < length; i++)
            {
                if (i >= source.Length)
                {
                    bytesConsumed = i;
                    return OperationStatus.NeedMoreData;
                }

                int b = source[i];
                if ((b & 0xC0) != 0x80)
                {
                    bytesConsumed = i;
                    return OperationStatus.InvalidData;
                }

                value = (value << 6) | (b & 0x3F);
            }

            if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            {
                bytesConsumed = length;
                return OperationStatus.InvalidData;
            }

            result = new Rune(value);
            bytesConsumed = length;
            return OperationStatus.Done;
        }

        /// <summary>Writes the value as UTF-8 (1 to 4 bytes) and returns how many.</summary>
        public int EncodeToUtf8(Span<byte> destination)
        {
            var v = Value;
            if (v < 0x80)
            {
                destination[0] = (byte)v;
                return 1;
            }

            if (v < 0x800)
            {
                destination[0] = (byte)(0xC0 | (v >> 6));
                destination[1] = (byte)(0x80 | (v & 0x3F));
                return 2;
            }

            if (v < 0x10000)
            {
                destination[0] = (byte)(0xE0 | (v >> 12));
                destination[1] = (byte)(0x80 | ((v >> 6) & 0x3F));
                destination[2] = (byte)(0x80 | (v & 0x3F));
                return 3;
            }

            destination[0] = (byte)(0xF0 | (v >> 18));
            destination[1] = (byte)(0x80 | ((v >> 12) & 0x3F));
            destination[2] = (byte)(0x80 | ((v >> 6) & 0x3F));
            destination[3] = (byte)(0x80 | (v & 0x3F));
            return 4;
        }
    }
}
#endif
