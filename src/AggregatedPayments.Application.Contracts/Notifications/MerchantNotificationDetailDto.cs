namespace AggregatedPayments.Notifications;

/// <param name="Body">The JSON exactly as sent on every try.</param>
public sealed record MerchantNotificationDetailDto(
    MerchantNotificationDto Notification,
    string Body,
    IReadOnlyList<MerchantNotificationAttemptDto> Attempts);
