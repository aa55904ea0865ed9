namespace AggregatedPayments.Notifications;

public enum MerchantNotificationStatus
{
    /// <summary>A delivery round is running: the next try is planned.</summary>
    Pending = 1,

    /// <summary>The merchant's endpoint answered 2xx.</summary>
    Delivered = 2,

    /// <summary>The round's schedule is spent without a 2xx; a re-send starts a new round.</summary>
    Abandoned = 3,

    /// <summary>The merchant had no notify address when the event happened: kept, visible, never sent until re-sent.</summary>
    NoAddress = 4
}
