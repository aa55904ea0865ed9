using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// An amount the platform pays or holds: whole minor units of one ISO 4217 currency, never negative,
/// never floating point. Arithmetic refuses to mix currencies and overflows loudly.
/// </summary>
public sealed record Money
{
    public Money(long minor, string currency)
    {
        if (minor < 0)
        {
            throw new BusinessException(PayoutsErrorCodes.InvalidAmount).WithData("amount", minor);
        }

        if (currency is not { Length: PayoutConsts.CurrencyLength } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("A currency is a three-letter ISO 4217 code in capitals.", nameof(currency));
        }

        Minor = minor;
        Currency = currency;
    }

    public long Minor { get; }

    public string Currency { get; }

    public bool IsZero => Minor == 0;

    /// <summary>Takes the provider's amount only when its exponent is the one our dictionary gives the currency.</summary>
    public static Money FromChannelAmount(ChannelAmount amount, int exponent)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Exponent != exponent)
        {
            throw new ArgumentException($"The amount uses exponent {amount.Exponent}, the currency {amount.Currency} has {exponent}.", nameof(amount));
        }

        return new Money(amount.Minor, amount.Currency);
    }

    public Money Add(Money other) => new(checked(Minor + SameCurrency(other).Minor), Currency);

    /// <summary>Refuses a result below zero: no amount in this domain is negative.</summary>
    public Money Subtract(Money other)
    {
        var result = checked(Minor - SameCurrency(other).Minor);
        if (result < 0)
        {
            throw new InvalidOperationException($"{this} minus {other} would be negative.");
        }

        return new Money(result, Currency);
    }

    public bool IsAtLeast(Money other) => Minor >= SameCurrency(other).Minor;

    public ChannelAmount ToChannelAmount(CurrencyInfo currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Code != Currency)
        {
            throw new ArgumentException($"The currency given is {currency.Code}, the amount is in {Currency}.", nameof(currency));
        }

        return new ChannelAmount(Minor, Currency, currency.MinorUnits);
    }

    public override string ToString() => $"{Minor} {Currency} (minor units)";

    /// <summary>Throws the clear business error when this amount is not in <paramref name="currency"/>.</summary>
    public Money EnsureCurrency(string currency)
    {
        if (currency != Currency)
        {
            throw new BusinessException(PayoutsErrorCodes.CurrencyMismatch).WithData("expected", currency).WithData("actual", Currency);
        }

        return this;
    }

    private Money SameCurrency(Money other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.EnsureCurrency(Currency);
    }
}
