using System;
using System.Buffers;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsSchema.Generated;
using Xunit;

namespace NewsSchema.Tests;

/// <summary>
/// Both writers format the usual short decimal (a coordinate, a ratio) without the general
/// formatter. Whatever path a double takes, the JSON writer must write what
/// <see cref="Utf8Formatter"/> writes (and so <see cref="System.Text.Json.Utf8JsonWriter"/>), and
/// the YAML writer the round-trip text <see cref="ScalarParsers.Format(double)"/>: byte for byte,
/// over doubles made to sit on and around every edge of the short path (its magnitude range, 15
/// significant digits, 15 decimals, values one bit apart).
/// </summary>
public class DoubleTextTests
{
    /// <summary>The doubles compared: short decimals of every length and scale, their neighbours one bit away, random bit patterns and the edges.</summary>
    private static List<double> Doubles()
    {
        var values = new List<double>
        {
            0, -0.0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.5, 100, 1e14, 1e15, 1e15 - 1, 1e15 + 2, 999999999999999, 999999999999999.9,
            123456789012345, 123456789012345.6, 12345678901234.5, 0.0001, 0.00010000000000000002, 0.00009999999999999999, 0.00001, 1e-5,
            0.123456789012345, 0.1234567890123456, 0.000123456789012345, 9007199254740992, 9007199254740993, 4503599627370496.5,
            48.8566, 2.3522, -33.8688, 151.2093, -0.0001, 1e-300, 5e-324, double.Epsilon, double.MaxValue, double.MinValue, 1.7976931348623157e308,
            0.3, 0.7, 1.1, 2.675, 1.005, 8.875, 123.456, 0.000999, 0.001, 0.01, 10.0, 1e10, 1234.5678, -987654.321, 4.35, 0.29, 1e-4 * 3,
        };
        var random = new Random(7);
        for (var i = 0; i < 60_000; i++)
        {
            // A decimal of 1 to 17 digits with 0 to 19 of them after the point: the short path's
            // domain and the forms just outside it.
            var digits = random.Next(1, 18);
            var mantissa = random.NextInt64(1, (long)Math.Min(9e17, Math.Pow(10, digits)));
            var text = mantissa.ToString(CultureInfo.InvariantCulture) + "e-" + random.Next(0, 20).ToString(CultureInfo.InvariantCulture);
            var value = double.Parse(text, CultureInfo.InvariantCulture) * (random.Next(4) == 0 ? -1 : 1);
            values.Add(value);
            values.Add(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) + 1));
            values.Add(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) - 1));
            values.Add(Math.Round((random.NextDouble() * 360) - 180, random.Next(0, 9)));
            values.Add(BitConverter.Int64BitsToDouble(random.NextInt64() & 0x7FEF_FFFF_FFFF_FFFF));
        }

        return values;
    }

    [Fact]
    public void The_JSON_writer_writes_each_double_as_Utf8Formatter_does()
    {
        Span<byte> expected = stackalloc byte[64];
        foreach (var value in Doubles())
        {
            var writer = JsonWriter.Create();
            writer.WriteNumberValue(value);
            Assert.True(Utf8Formatter.TryFormat(value, expected, out var length));
            Assert.Equal(Encoding.UTF8.GetString(expected.Slice(0, length)), writer.ToString());
        }
    }

    [Fact]
    public void The_YAML_writer_writes_each_double_as_its_round_trip_text()
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var value in Doubles())
        {
            buffer.ResetWrittenCount();
            var writer = new YamlWriter(buffer);
            writer.WriteDouble(value);
            writer.Flush();
            Assert.Equal(ScalarParsers.Format(value), Encoding.UTF8.GetString(buffer.WrittenSpan).TrimEnd('\n'));
        }
    }

    /// <summary>
    /// The text each writer gives reads back as the same double, bit for bit (the readers' own
    /// short path, <c>TryShortDecimalUtf8</c>, takes most of it).
    /// </summary>
    [Fact]
    public void Each_double_written_reads_back_the_same()
    {
        foreach (var value in Doubles())
        {
            var writer = JsonWriter.Create();
            writer.WriteNumberValue(value);
            var text = writer.ToString();
            Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)));
        }
    }
}
