namespace AggregatedPayments.Notifications;

/// <summary>The event types a merchant's endpoint receives, as the body's "type" names them.</summary>
public static class MerchantNotificationEventTypes
{
    public const string PayoutSucceeded = "payout.succeeded";
    public const string PayoutFailed = "payout.failed";
    public const string PayoutCancelled = "payout.cancelled";
    public const string PayoutReturned = "payout.returned";
    public const string WithdrawalSucceeded = "withdrawal.succeeded";
    public const string WithdrawalFailed = "withdrawal.failed";
    public const string WithdrawalCancelled = "withdrawal.cancelled";
    public const string WithdrawalReturned = "withdrawal.returned";
}
