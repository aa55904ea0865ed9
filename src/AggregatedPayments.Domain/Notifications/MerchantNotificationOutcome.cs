namespace AggregatedPayments.Notifications;

/// <summary>What one try of a delivery came to.</summary>
/// <param name="KeyId">The merchant's key id the request was signed with; null when it was never signed.</param>
/// <param name="ErrorKind">Null for a 2xx answer: the only acknowledgement.</param>
public sealed record MerchantNotificationOutcome(
    string? KeyId,
    int? HttpStatus,
    MerchantNotificationErrorKind? ErrorKind,
    long LatencyMs,
    string? ResponseExcerpt)
{
    public bool IsAcknowledged => ErrorKind is null;

    /// <summary>A try that stopped before any request left.</summary>
    public static MerchantNotificationOutcome NotSent(MerchantNotificationErrorKind kind) => new(null, null, kind, 0, null);
}
