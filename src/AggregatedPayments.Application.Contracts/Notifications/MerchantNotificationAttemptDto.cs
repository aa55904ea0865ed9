namespace AggregatedPayments.Notifications;

/// <summary>One try: when, which key signed it, what the endpoint answered (or why nothing came), how long it took.</summary>
/// <param name="Number">The try's place in its round, from 1.</param>
/// <param name="ResponseExcerpt">The start of the endpoint's answer, at most 1,024 characters.</param>
public sealed record MerchantNotificationAttemptDto(
    Guid Id,
    int Round,
    int Number,
    DateTime Time,
    string? KeyId,
    int? HttpStatus,
    MerchantNotificationErrorKind? ErrorKind,
    long LatencyMs,
    string? ResponseExcerpt);
