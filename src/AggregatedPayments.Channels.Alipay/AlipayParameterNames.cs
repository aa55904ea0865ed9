namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Names of the open platform's common request and notification parameters, spelled once so the
/// builder, the sign-content rules and the notification parser cannot drift apart.
/// </summary>
public static class AlipayParameterNames
{
    public const string AppId = "app_id";
    public const string Method = "method";
    public const string Format = "format";
    public const string Charset = "charset";
    public const string SignType = "sign_type";
    public const string Sign = "sign";
    public const string Timestamp = "timestamp";
    public const string Version = "version";
    public const string BizContent = "biz_content";
    public const string NotifyUrl = "notify_url";
    public const string AppAuthToken = "app_auth_token";

    public const string NotifyId = "notify_id";
    public const string UtcTimestamp = "utc_timestamp";
    public const string MsgMethod = "msg_method";
}
