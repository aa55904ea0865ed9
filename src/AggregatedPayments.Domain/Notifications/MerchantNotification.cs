using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Notifications;

/// <summary>
/// One event for a merchant's systems, written to the outbox in the transaction of the state change that
/// caused it, with its body frozen then. Its id is the event id the merchant dedupes on; every try of
/// every round sends the same id and the same body. A round tries on a growing schedule until a 2xx, or
/// ends Abandoned; a re-send starts a new round.
/// </summary>
public sealed class MerchantNotification : AggregateRoot, IMultiTenant
{
    private MerchantNotification()
    {
    }

    private MerchantNotification(Guid eventId, Guid tenantId, Guid orderId, string eventType, int version, string body, bool hasAddress, DateTime utcNow)
        : base(eventId)
    {
        TenantId = tenantId;
        OrderId = orderId;
        EventType = eventType;
        EventVersion = version;
        Body = body;
        CreationTime = utcNow;
        Round = 1;
        Status = hasAddress ? MerchantNotificationStatus.Pending : MerchantNotificationStatus.NoAddress;
        NextAttemptTime = hasAddress ? utcNow : null;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>The order the event is about.</summary>
    public Guid OrderId { get; private set; }

    /// <summary>One of <see cref="MerchantNotificationEventTypes"/>.</summary>
    public string EventType { get; private set; } = null!;

    /// <summary>
    /// The order's version when the event happened: it grows with every change of the order, so a merchant
    /// that receives a lower number after a higher one knows the earlier event arrived late.
    /// </summary>
    public int EventVersion { get; private set; }

    /// <summary>The JSON sent, byte for byte the same on every try.</summary>
    public string Body { get; private set; } = null!;

    public MerchantNotificationStatus Status { get; private set; }

    /// <summary>1 for the first delivery round, one more for each re-send.</summary>
    public int Round { get; private set; }

    /// <summary>Tries of the current round: the position in the retry schedule.</summary>
    public int RoundAttemptCount { get; private set; }

    /// <summary>Tries of all rounds.</summary>
    public int AttemptCount { get; private set; }

    /// <summary>UTC; when the current round tries next. Null once it has ended.</summary>
    public DateTime? NextAttemptTime { get; private set; }

    public DateTime? LastAttemptTime { get; private set; }

    public DateTime? DeliveredTime { get; private set; }

    /// <summary>Who started the latest round by hand, and when; null while nobody re-sent it.</summary>
    public string? ResentBy { get; private set; }

    public DateTime? ResentTime { get; private set; }

    internal static MerchantNotification Create(MerchantNotificationDraft draft, bool hasAddress, DateTime utcNow)
    {
        if (draft.Body.Length > MerchantNotificationConsts.MaxBodyLength)
        {
            throw new ArgumentException($"The body is longer than {MerchantNotificationConsts.MaxBodyLength} characters.", nameof(draft));
        }

        return new MerchantNotification(draft.EventId, draft.TenantId, draft.OrderId, draft.EventType, draft.Version, draft.Body, hasAddress, utcNow);
    }

    /// <summary>Whether a delivery job for try <paramref name="attempt"/> (from 0) of <paramref name="round"/> still has that try to make.</summary>
    public bool Awaits(int round, int attempt) => Status == MerchantNotificationStatus.Pending && Round == round && RoundAttemptCount == attempt;

    /// <summary>
    /// Counts a try of the current round and decides what follows: nothing after a 2xx (Delivered) or
    /// once the schedule is spent (Abandoned); otherwise the wait before the next try, which is returned.
    /// </summary>
    internal TimeSpan? RecordAttempt(bool acknowledged, IReadOnlyList<TimeSpan> retryDelays, DateTime utcNow)
    {
        AttemptCount++;
        RoundAttemptCount++;
        LastAttemptTime = utcNow;
        if (acknowledged)
        {
            Status = MerchantNotificationStatus.Delivered;
            DeliveredTime = utcNow;
            NextAttemptTime = null;
            return null;
        }

        if (RoundAttemptCount > retryDelays.Count)
        {
            Status = MerchantNotificationStatus.Abandoned;
            NextAttemptTime = null;
            return null;
        }

        var delay = retryDelays[RoundAttemptCount - 1];
        NextAttemptTime = utcNow + delay;
        return delay;
    }

    /// <summary>
    /// A new round with the same event id and body, starting now; refused while a round is still trying,
    /// unless its next try is overdue by more than <paramref name="stalledAfter"/> (its job was lost): the
    /// old round's job, should it still run, finds its round replaced and does nothing.
    /// </summary>
    internal void Resend(string actor, DateTime utcNow, TimeSpan stalledAfter)
    {
        if (Status == MerchantNotificationStatus.Pending && !(NextAttemptTime < utcNow - stalledAfter))
        {
            throw new BusinessException(NotificationsErrorCodes.DeliveryInProgress);
        }

        Status = MerchantNotificationStatus.Pending;
        Round++;
        RoundAttemptCount = 0;
        NextAttemptTime = utcNow;
        ResentBy = actor.Length > MerchantNotificationConsts.MaxActorLength ? actor[..MerchantNotificationConsts.MaxActorLength] : actor;
        ResentTime = utcNow;
    }
}
