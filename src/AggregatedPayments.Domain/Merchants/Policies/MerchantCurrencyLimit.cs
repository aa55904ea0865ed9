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

    /// <summary>Compact, for the merchant's entity-change audit: "CNY single=100000 daily=1000000 approvalSingle=50000".</summary>
    public override string ToString() =>
        string.Join(' ', new[]
        {
            Currency,
            Part("single", SingleMaxMinor),
            Part("daily", DailyMaxMinor),
            Part("approvalSingle", ApprovalSingleMinor),
            Part("approvalDaily", ApprovalDailyMinor)
        }.Where(p => p is not null));

    private static string? Part(string name, long? amount) =>
        amount is { } value ? name + "=" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
