using System.Globalization;
using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// How amounts travel: <c>minor-integer</c> is a JSON integer of minor units (1234), <c>decimal-string</c>
/// a JSON string with exactly the currency's exponent of decimals ("12.34"; "1234" for exponent 0).
/// Integer arithmetic and invariant culture only; parsing accepts nothing but the canonical form, so
/// an answered amount either names exact minor units or does not match.
/// </summary>
public static class GenericHttpAmountFormat
{
    public const string MinorInteger = "minor-integer";
    public const string DecimalString = "decimal-string";

    /// <summary>Longest integer part parsed, small enough that minor units cannot overflow.</summary>
    private const int MaxIntegerDigits = 14;

    public static void Validate(string format)
    {
        if (format is not (MinorInteger or DecimalString))
        {
            throw new ChannelConfigurationException($"The amount format '{format}' is neither {MinorInteger} nor {DecimalString}.");
        }
    }

    public static void Write(Utf8JsonWriter writer, string propertyName, long minor, int exponent, string format)
    {
        if (format == MinorInteger)
        {
            writer.WriteNumber(propertyName, minor);
        }
        else
        {
            writer.WriteString(propertyName, FormatDecimal(minor, exponent));
        }
    }

    public static string FormatDecimal(long minor, int exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        if (exponent == 0)
        {
            return minor.ToString(CultureInfo.InvariantCulture);
        }

        var unit = Pow10(exponent);
        return (minor / unit).ToString(CultureInfo.InvariantCulture) + "."
            + (minor % unit).ToString("D" + exponent.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    public static bool TryRead(JsonElement value, int exponent, string format, out long minor)
    {
        minor = 0;
        if (format == MinorInteger)
        {
            return value.ValueKind == JsonValueKind.Number && IsAsciiDigits(value.GetRawText()) && value.TryGetInt64(out minor);
        }

        return value.ValueKind == JsonValueKind.String && TryParseDecimal(value.GetString(), exponent, out minor);
    }

    public static bool TryParseDecimal(string? text, int exponent, out long minor)
    {
        minor = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dot = text.IndexOf('.');
        var integerPart = exponent == 0 ? text.AsSpan() : dot > 0 ? text.AsSpan(0, dot) : [];
        var fraction = exponent == 0 ? [] : text.AsSpan(dot + 1);
        if (integerPart.IsEmpty || integerPart.Length > MaxIntegerDigits || !IsAsciiDigits(integerPart)
            || (integerPart.Length > 1 && integerPart[0] == '0')
            || fraction.Length != exponent || (exponent > 0 && !IsAsciiDigits(fraction)))
        {
            return false;
        }

        foreach (var c in integerPart)
        {
            minor = (minor * 10) + (c - '0');
        }

        foreach (var c in fraction)
        {
            minor = (minor * 10) + (c - '0');
        }

        return true;
    }

    private static long Pow10(int exponent)
    {
        long unit = 1;
        for (var i = 0; i < exponent; i++)
        {
            unit *= 10;
        }

        return unit;
    }

    private static bool IsAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }
}
