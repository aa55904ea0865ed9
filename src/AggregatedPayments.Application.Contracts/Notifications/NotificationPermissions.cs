namespace AggregatedPayments.Notifications;

public static class NotificationPermissions
{
    public const string GroupName = "AggregatedPayments.Notifications";

    /// <summary>See the merchant's notifications, their bodies and every delivery attempt.</summary>
    public const string View = GroupName + ".View";

    /// <summary>Start a new delivery round of a notification (same event id and body).</summary>
    public const string Resend = GroupName + ".Resend";
}
