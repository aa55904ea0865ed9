using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants.Policies;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Notifications;

/// <summary>
/// The outbox's rules: an event and its first delivery job enter the caller's unit of work together;
/// each try is logged and moves the round on (or ends it); a re-send starts a new round. The caller
/// saves, inside its transaction.
/// </summary>
public sealed class MerchantNotificationManager(
    IRepository<MerchantNotification> notifications,
    IRepository<MerchantNotificationAttempt> attempts,
    IBackgroundJobManager jobs,
    IMerchantPayoutPolicyReader policies,
    IOptions<MerchantNotificationOptions> options,
    TimeProvider clock)
{
    /// <summary>A merchant without a notify address gets the row too, as <see cref="MerchantNotificationStatus.NoAddress"/>: visible, never sent.</summary>
    public async Task WriteAsync(MerchantNotificationDraft draft, CancellationToken cancellationToken)
    {
        var policy = await policies.GetAsync(draft.TenantId, cancellationToken);
        var notification = MerchantNotification.Create(draft, !string.IsNullOrWhiteSpace(policy.NotifyUrl), Now());
        await notifications.InsertAsync(notification, cancellationToken);
        if (notification.Status == MerchantNotificationStatus.Pending)
        {
            await EnqueueAsync(notification, TimeSpan.Zero, cancellationToken);
        }
    }

    /// <summary>
    /// Logs a try of <paramref name="round"/> and, when the notification still awaited that try, moves the
    /// round on: Delivered, Abandoned, or the next try planned. A try the notification no longer awaited
    /// (another run made it, or a re-send replaced the round) is logged and changes nothing else: it was sent.
    /// </summary>
    public async Task RecordAttemptAsync(MerchantNotification notification, int round, int attempt, MerchantNotificationOutcome outcome, CancellationToken cancellationToken)
    {
        var now = Now();
        await attempts.InsertAsync(
            new MerchantNotificationAttempt(Guid.CreateVersion7(clock.GetUtcNow()), notification.TenantId!.Value, notification.Id, round, attempt + 1, outcome, now),
            cancellationToken);
        if (!notification.Awaits(round, attempt))
        {
            return;
        }

        if (notification.RecordAttempt(outcome.IsAcknowledged, options.Value.Schedule, now) is { } delay)
        {
            await EnqueueAsync(notification, delay, cancellationToken);
        }
    }

    /// <summary>A new round with the same event id and body; refused while one is running (and not stalled), or while the merchant has no address.</summary>
    public async Task ResendAsync(MerchantNotification notification, string actor, CancellationToken cancellationToken)
    {
        var policy = await policies.GetAsync(notification.TenantId!.Value, cancellationToken);
        if (string.IsNullOrWhiteSpace(policy.NotifyUrl))
        {
            throw new BusinessException(NotificationsErrorCodes.NoNotifyAddress);
        }

        notification.Resend(actor, Now(), options.Value.StalledAfter);
        await EnqueueAsync(notification, TimeSpan.Zero, cancellationToken);
    }

    private Task<Guid> EnqueueAsync(MerchantNotification notification, TimeSpan delay, CancellationToken cancellationToken) =>
        jobs.EnqueueAsync(
            new MerchantNotificationDeliveryJobArgs(notification.Id, notification.Round, notification.RoundAttemptCount),
            delay: delay,
            cancellationToken: cancellationToken);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
