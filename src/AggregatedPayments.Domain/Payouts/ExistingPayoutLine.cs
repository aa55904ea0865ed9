namespace AggregatedPayments.Payouts;

/// <summary>A stored line met again by its reference, with what a repeat is compared against.</summary>
public sealed record ExistingPayoutLine(Guid OrderId, string MerchantReference, string ContentHash, string PayeeAccountNumberIndex, int OrderLineCount);
