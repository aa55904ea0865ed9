namespace AggregatedPayments.Notifications;

public static class NotificationsErrorCodes
{
    /// <summary>A re-send while a delivery round is still running: that round is already trying.</summary>
    public const string DeliveryInProgress = "AP:Notifications:DeliveryInProgress";

    /// <summary>A re-send for a merchant that has no notify address to send to.</summary>
    public const string NoNotifyAddress = "AP:Notifications:NoNotifyAddress";

    public const string ActInsideMerchant = "AP:Notifications:ActInsideMerchant";
}
