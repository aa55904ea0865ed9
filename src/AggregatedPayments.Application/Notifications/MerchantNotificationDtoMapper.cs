namespace AggregatedPayments.Notifications;

internal static class MerchantNotificationDtoMapper
{
    public static MerchantNotificationDto ToDto(MerchantNotification n) => new(
        n.Id,
        n.OrderId,
        n.EventType,
        n.EventVersion,
        n.Status,
        n.Round,
        n.AttemptCount,
        n.NextAttemptTime,
        n.LastAttemptTime,
        n.DeliveredTime,
        n.ResentBy,
        n.ResentTime,
        n.CreationTime);

    public static MerchantNotificationDetailDto ToDetailDto(MerchantNotification n, IEnumerable<MerchantNotificationAttempt> attempts) => new(
        ToDto(n),
        n.Body,
        attempts.OrderBy(a => a.Round).ThenBy(a => a.Number).ThenBy(a => a.Time)
            .Select(a => new MerchantNotificationAttemptDto(a.Id, a.Round, a.Number, a.Time, a.KeyId, a.HttpStatus, a.ErrorKind, a.LatencyMs, a.ResponseExcerpt))
            .ToList());
}
