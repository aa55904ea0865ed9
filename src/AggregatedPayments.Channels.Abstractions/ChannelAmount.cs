namespace AggregatedPayments.Channels;

/// <summary>
/// An amount as the platform hands it to an adapter: integer minor units, the ISO 4217 code and the
/// currency's exponent (from the dictionary), so each adapter converts to its provider's format
/// without floating point and without its own currency table.
/// </summary>
public sealed record ChannelAmount
{
    public ChannelAmount(long minor, string currency, int exponent)
    {
        if (minor < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minor), "An amount is never negative.");
        }

        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("A currency is a three-letter ISO 4217 code in capitals.", nameof(currency));
        }

        if (exponent is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), "ISO 4217 exponents run from 0 to 4.");
        }

        Minor = minor;
        Currency = currency;
        Exponent = exponent;
    }

    public long Minor { get; }

    public string Currency { get; }

    public int Exponent { get; }
}
