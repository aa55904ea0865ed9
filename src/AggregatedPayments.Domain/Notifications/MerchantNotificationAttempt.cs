using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Notifications;

/// <summary>One try to deliver a notification, as it went: kept for the merchant to read, never changed.</summary>
public sealed class MerchantNotificationAttempt : Entity<Guid>, IMultiTenant
{
    private MerchantNotificationAttempt()
    {
    }

    internal MerchantNotificationAttempt(Guid id, Guid tenantId, Guid notificationId, int round, int number, MerchantNotificationOutcome outcome, DateTime time)
    {
        Id = id;
        TenantId = tenantId;
        NotificationId = notificationId;
        Round = round;
        Number = number;
        Time = time;
        KeyId = outcome.KeyId;
        HttpStatus = outcome.HttpStatus;
        ErrorKind = outcome.ErrorKind;
        LatencyMs = outcome.LatencyMs;
        ResponseExcerpt = outcome.ResponseExcerpt;
    }

    public Guid? TenantId { get; private set; }

    public Guid NotificationId { get; private set; }

    public int Round { get; private set; }

    /// <summary>The try's place in its round, from 1.</summary>
    public int Number { get; private set; }

    /// <summary>UTC; when the try ended.</summary>
    public DateTime Time { get; private set; }

    /// <summary>The key id named in the signature header; null when nothing was signed.</summary>
    public string? KeyId { get; private set; }

    /// <summary>The endpoint's status; null when no answer came.</summary>
    public int? HttpStatus { get; private set; }

    /// <summary>Null when the endpoint answered 2xx.</summary>
    public MerchantNotificationErrorKind? ErrorKind { get; private set; }

    public long LatencyMs { get; private set; }

    /// <summary>The start of the answer's body, at most <see cref="MerchantNotificationConsts.MaxResponseExcerptLength"/> characters.</summary>
    public string? ResponseExcerpt { get; private set; }
}
