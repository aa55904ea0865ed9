using System.Globalization;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Reads an amount a clerk typed in major units ("1234.5", "1,234.50") into minor units without rounding:
/// more decimals than the currency has is an error, never a rounded payment.
/// </summary>
public static class PayrollAmountParser
{
    /// <summary>The error code, or null with <paramref name="minor"/> set.</summary>
    public static string? TryParse(string text, int exponent, out long minor)
    {
        minor = 0;
        var compact = text.Trim().Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(compact, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return PayrollErrorCodes.InvalidAmount;
        }

        var scaled = value * Pow10(exponent);
        if (scaled != decimal.Truncate(scaled))
        {
            return PayrollErrorCodes.AmountTooPrecise;
        }

        if (scaled <= 0)
        {
            return PayrollErrorCodes.AmountNotPositive;
        }

        if (scaled > long.MaxValue)
        {
            return PayrollErrorCodes.InvalidAmount;
        }

        minor = (long)scaled;
        return null;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
