namespace AggregatedPayments.Ledger;

/// <summary>The five accounts of one merchant channel account and currency, in minor units.</summary>
public sealed record LedgerBalanceDto(
    Guid MerchantChannelId,
    string Currency,
    long Available,
    long Held,
    long PaidOut,
    long Fees,
    long Adjustments);
