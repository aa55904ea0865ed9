namespace AggregatedPayments.Notifications;

/// <summary>A notification as a list shows it.</summary>
/// <param name="Id">The event id the merchant's systems dedupe on.</param>
/// <param name="Version">The order's version at the event: a higher one is a later event of the same order.</param>
/// <param name="Round">1 for the first delivery round, one more for each re-send.</param>
/// <param name="AttemptCount">Tries of all rounds.</param>
public sealed record MerchantNotificationDto(
    Guid Id,
    Guid OrderId,
    string EventType,
    int Version,
    MerchantNotificationStatus Status,
    int Round,
    int AttemptCount,
    DateTime? NextAttemptTime,
    DateTime? LastAttemptTime,
    DateTime? DeliveredTime,
    string? ResentBy,
    DateTime? ResentTime,
    DateTime CreationTime);
