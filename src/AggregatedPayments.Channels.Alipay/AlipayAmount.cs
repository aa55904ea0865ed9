using System.Globalization;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Converts between CNY minor units (fen, <see cref="long"/>) and the yuan strings Alipay sends
/// and answers (<c>"12.34"</c>: exactly two decimals). Integer arithmetic and invariant culture
/// only, so no amount is ever rounded; parsing accepts nothing but the canonical form.
/// </summary>
public static class AlipayAmount
{
    /// <summary>Smallest <c>TRANS_ACCOUNT_NO_PWD</c> transfer: 0.10 yuan.</summary>
    public const long TransferMinimumFen = 10;

    /// <summary>Largest <c>TRANS_ACCOUNT_NO_PWD</c> transfer: 100,000,000.00 yuan.</summary>
    public const long TransferMaximumFen = 10_000_000_000;

    private const long FenPerYuan = 100;

    /// <summary>
    /// Longest integer part accepted when parsing: enough for any real balance, and small enough
    /// that the conversion to fen cannot overflow.
    /// </summary>
    private const int MaxYuanDigits = 15;

    /// <summary>Formats a non-negative amount, e.g. 1234 → "12.34", 0 → "0.00".</summary>
    public static string FormatYuan(long fen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fen);

        var yuan = (fen / FenPerYuan).ToString(CultureInfo.InvariantCulture);
        var cents = (fen % FenPerYuan).ToString("D2", CultureInfo.InvariantCulture);
        return yuan + "." + cents;
    }

    /// <summary>
    /// Formats the <c>trans_amount</c> of a transfer, refusing amounts Alipay would reject anyway,
    /// so an out-of-range payout fails here rather than as a provider error.
    /// </summary>
    public static string FormatTransferAmount(long fen)
    {
        if (fen is < TransferMinimumFen or > TransferMaximumFen)
        {
            throw new ArgumentOutOfRangeException(
                nameof(fen), fen, $"An Alipay transfer must be between {TransferMinimumFen} and {TransferMaximumFen} fen.");
        }

        return FormatYuan(fen);
    }

    /// <summary>
    /// Parses an answered amount strictly: digits, a dot, two digits; no sign, exponent, spaces,
    /// grouping or leading zeros ("0.50" yes, "00.50" and ".50" no).
    /// </summary>
    public static bool TryParseYuan(string? text, out long fen)
    {
        fen = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var dot = text.IndexOf('.');
        if (dot <= 0 || dot > MaxYuanDigits || text.Length != dot + 3)
        {
            return false;
        }

        var integerPart = text.AsSpan(0, dot);
        var fraction = text.AsSpan(dot + 1);
        if (!IsAsciiDigits(integerPart) || !IsAsciiDigits(fraction))
        {
            return false;
        }

        if (integerPart.Length > 1 && integerPart[0] == '0')
        {
            return false;
        }

        long yuan = 0;
        foreach (var c in integerPart)
        {
            yuan = (yuan * 10) + (c - '0');
        }

        fen = (yuan * FenPerYuan) + ((fraction[0] - '0') * 10) + (fraction[1] - '0');
        return true;
    }

    public static long ParseYuan(string? text) =>
        TryParseYuan(text, out var fen)
            ? fen
            : throw new FormatException("The amount is not a canonical Alipay yuan string with two decimals.");

    /// <summary>
    /// True only when the answered amount is canonical and names exactly the requested minor units;
    /// a malformed answer never matches.
    /// </summary>
    public static bool AnsweredAmountMatches(string? answered, long requestedFen) =>
        TryParseYuan(answered, out var fen) && fen == requestedFen;

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
