namespace AggregatedPayments.Payouts;

/// <summary>A validated line before its order exists.</summary>
internal sealed record PayoutLineDraft(MerchantReference Reference, Money Amount, string? Purpose, string? Remark, string ContentHash);
