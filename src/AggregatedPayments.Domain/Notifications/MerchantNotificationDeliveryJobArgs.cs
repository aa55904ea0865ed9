using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Notifications;

/// <summary>
/// Make try <paramref name="Attempt"/> (from 0) of <paramref name="Round"/>. A job whose try was made
/// meanwhile, or whose round was replaced by a re-send, finds nothing to do.
/// </summary>
[BackgroundJobName("Notifications.Deliver")]
public sealed record MerchantNotificationDeliveryJobArgs(Guid NotificationId, int Round, int Attempt);
