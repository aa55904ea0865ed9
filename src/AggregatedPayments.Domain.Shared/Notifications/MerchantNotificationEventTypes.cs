namespace AggregatedPayments.Notifications;

/// <summary>The event types a merchant's endpoint receives, as the body's "type" names them.</summary>
public static class MerchantNotificationEventTypes
{
    public const string PayoutSucceeded = "payout.succeeded";
    public const string PayoutFailed = "payout.failed";
    public const string PayoutCancelled = "payout.cancelled";
    public const string PayoutReturned = "payout.returned";
}
