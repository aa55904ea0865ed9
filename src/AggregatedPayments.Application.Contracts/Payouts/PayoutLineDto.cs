namespace AggregatedPayments.Payouts;

public sealed record PayoutLineDto(Guid Id, int LineNumber, string MerchantReference, long AmountMinor, string Currency, string? Purpose, string? Remark);
