// The runtime's reader, errors and validation context are compiled into the generator as well
// (see NewsSchema.Generator.csproj, "SharedRuntime"). These are the few .NET types they use that
// netstandard2.0 lacks, with the same behaviour for what the runtime calls. The two types are
// not in System: the test projects see the generator's internals and .NET's own types, and
// would find both. The copies of the runtime files name them through using aliases.
#if NETSTANDARD2_0
using NewsSchema.Generated;
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace NewsSchema.Generator.DataCheck
{
    /// <summary>A date without a time, as much of <c>System.DateOnly</c> as the runtime uses.</summary>
    internal readonly struct DateOnly : IEquatable<DateOnly>, IComparable<DateOnly>
    {
        private readonly int _dayNumber;

        public DateOnly(int year, int month, int day) => _dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay);

        private DateOnly(DateTime date) => _dayNumber = (int)(date.Date.Ticks / TimeSpan.TicksPerDay);

        private DateTime Date => new(_dayNumber * TimeSpan.TicksPerDay);

        public static bool TryParseExact(string? text, string format, IFormatProvider? provider, DateTimeStyles style, out DateOnly result)
        {
            if (DateTime.TryParseExact(text, format, provider, style, out var date))
            {
                result = new DateOnly(date);
                return true;
            }

            result = default;
            return false;
        }

        public static DateOnly ParseExact(string text, string format, IFormatProvider? provider)
            => new(DateTime.ParseExact(text, format, provider));

        public string ToString(string format, IFormatProvider? provider) => Date.ToString(format, provider);

        public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public bool Equals(DateOnly other) => _dayNumber == other._dayNumber;

        public override bool Equals(object? obj) => obj is DateOnly other && Equals(other);

        public override int GetHashCode() => _dayNumber;

        public int CompareTo(DateOnly other) => _dayNumber.CompareTo(other._dayNumber);

        public static bool operator ==(DateOnly left, DateOnly right) => left._dayNumber == right._dayNumber;

        public static bool operator !=(DateOnly left, DateOnly right) => left._dayNumber != right._dayNumber;

        public static bool operator <(DateOnly left, DateOnly right) => left._dayNumber < right._dayNumber;

        public static bool operator >(DateOnly left, DateOnly right) => left._dayNumber > right._dayNumber;

        public static bool operator <=(DateOnly left, DateOnly right) => left._dayNumber <= right._dayNumber;

        public static bool operator >=(DateOnly left, DateOnly right) => left._dayNumber >= right._dayNumber;
    }

    /// <summary>Compares objects by reference, as <c>System.Collections.Generic.ReferenceEqualityComparer</c>.</summary>
    internal sealed class ReferenceEqualityComparer : IEqualityComparer<object?>
    {
        private ReferenceEqualityComparer()
        {
        }

        public static ReferenceEqualityComparer Instance { get; } = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object? obj) => RuntimeHelpers.GetHashCode(obj!);
    }
}

namespace NewsSchema
{
    using System;
    using System.Text;
    using System.Text.RegularExpressions;

    /// <summary>Static members newer .NET has, as C# 14 extension members, for the shared runtime sources.</summary>
    internal static class NetStandardPolyfills
    {
        extension(string)
        {
            public static string Create(IFormatProvider? provider, FormattableString text) => text.ToString(provider);
        }

        extension(char)
        {
            public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

            public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetter(c) || (uint)(c - '0') <= 9;
        }

        extension(Math)
        {
            public static long Clamp(long value, long min, long max) => value < min ? min : value > max ? max : value;
        }

        extension(RegexOptions)
        {
            /// <summary>The value of .NET 7's <c>RegexOptions.NonBacktracking</c>; the compiler on .NET honours it, .NET Framework refuses it.</summary>
            public static RegexOptions NonBacktracking => (RegexOptions)1024;
        }

        public static string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());

        public static int GetCharCount(this Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetCharCount(bytes.ToArray());
    }
}
#endif
