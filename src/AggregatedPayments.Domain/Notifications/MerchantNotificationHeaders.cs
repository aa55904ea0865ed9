namespace AggregatedPayments.Notifications;

/// <summary>The headers of a notification request (docs/merchant-notifications.md).</summary>
public static class MerchantNotificationHeaders
{
    public const string EventId = "X-AP-Event-Id";

    /// <summary>Unix seconds when the try was signed; a new value on every try.</summary>
    public const string Timestamp = "X-AP-Timestamp";

    /// <summary>The key id of the merchant's API secret that signed it, so a merchant mid-rotation knows which secret to check with.</summary>
    public const string KeyId = "X-AP-Key";

    /// <summary>"v1=" and the base64 HMAC-SHA256.</summary>
    public const string Signature = "X-AP-Signature";
}
