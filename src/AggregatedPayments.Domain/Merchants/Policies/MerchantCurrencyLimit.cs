namespace AggregatedPayments.Merchants.Policies;

/// <summary>
/// What a merchant may pay in one currency, in minor units. A null limit is no limit of the merchant's own
/// (the channel's limits still apply). Approval thresholds send an order to a second user above them.
/// </summary>
public sealed record MerchantCurrencyLimit(
    string Currency,
    long? SingleMaxMinor = null,
    long? DailyMaxMinor = null,
    long? ApprovalSingleMinor = null,
    long? ApprovalDailyMinor = null)
{
    public bool AllowsSingle(long amountMinor) => SingleMaxMinor is not { } max || amountMinor <= max;
}
