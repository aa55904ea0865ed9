namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Alipay transfers, balances and bills are in CNY only; these guards keep any other currency (or a
/// CNY amount with a wrong exponent) from being turned into a yuan string.
/// </summary>
internal static class AlipayCny
{
    public const string Code = "CNY";
    public const int Exponent = 2;

    public static long ToFen(ChannelAmount amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Currency != Code)
        {
            throw new ArgumentException($"Alipay pays in {Code} only; {amount.Currency} is not supported.", nameof(amount));
        }

        if (amount.Exponent != Exponent)
        {
            throw new ArgumentException($"{Code} has exponent {Exponent}; the amount says {amount.Exponent}.", nameof(amount));
        }

        return amount.Minor;
    }

    public static ChannelAmount FromFen(long fen) => new(fen, Code, Exponent);

    public static bool IsCny(ChannelAmount amount) => amount.Currency == Code && amount.Exponent == Exponent;
}
