namespace AggregatedPayments.Payouts;

/// <summary>One submission with what the provider said about it; never the stored request.</summary>
public sealed record PayoutAttemptDto(
    Guid Id,
    Guid MerchantChannelId,
    string ChannelKey,
    PayoutState State,
    string? ProviderReference,
    DateTime CreationTime,
    DateTime? FirstSentTime,
    DateTime? LastQueryTime,
    long? FeeMinor,
    string Currency,
    string? ProviderErrorCode,
    string? ProviderErrorSubCode);
