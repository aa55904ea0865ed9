using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;

namespace AggregatedPayments.Payouts;

public static class MoneyChannelAmountExtensions
{
    /// <summary>The amount as an adapter takes it, with the exponent from the currency dictionary (a business error for a currency not offered).</summary>
    public static async Task<ChannelAmount> ToChannelAmountAsync(this Money money, IDictionaryLookup dictionaries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(money);
        var exponent = await dictionaries.GetCurrencyExponentAsync(money.Currency, cancellationToken);
        return new ChannelAmount(money.Minor, money.Currency, exponent);
    }
}
