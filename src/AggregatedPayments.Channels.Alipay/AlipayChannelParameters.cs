namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The channel parameters the Alipay adapter understands. App credentials and the Alipay user id
/// come from the merchant, because each merchant pays from its own Alipay account (the platform
/// pools no funds); the gateway, the product and the notification window are the platform's
/// choice for the channel.
/// </summary>
public static class AlipayChannelParameters
{
    public const string AppId = "app_id";
    public const string AppPrivateKey = "app_private_key";
    public const string AlipayPublicKey = "alipay_public_key";
    public const string GatewayUrl = "gateway_url";
    public const string ProductCode = "product_code";
    public const string AppAuthToken = "app_auth_token";
    public const string NotificationWindowSeconds = "notification_window_seconds";
    public const string AlipayUserId = "alipay_user_id";

    public static readonly IReadOnlyList<ChannelParameterDefinition> Definitions =
    [
        new(AppId, "App id", "应用 ID (APPID)", ChannelParameterType.Text, true, ParameterSupplier.Merchant),
        new(AppPrivateKey, "App private key (RSA2, PKCS#1 or PKCS#8)", "应用私钥 (RSA2, PKCS#1 或 PKCS#8)", ChannelParameterType.Pem, true, ParameterSupplier.Merchant),
        new(AlipayPublicKey, "Alipay public key", "支付宝公钥", ChannelParameterType.Pem, true, ParameterSupplier.Merchant),
        new(AlipayUserId, "Alipay user id of the paying account (2088…), for the balance query", "付款账户的支付宝用户号 (2088…), 用于余额查询", ChannelParameterType.Text, false, ParameterSupplier.Merchant),
        new(AppAuthToken, "App auth token (only when an ISV app acts for the merchant)", "应用授权令牌 (app_auth_token, 仅服务商代调用时填写)", ChannelParameterType.Secret, false, ParameterSupplier.Merchant),
        new(GatewayUrl, "Gateway URL (empty: production gateway)", "网关地址 (留空: 正式环境网关)", ChannelParameterType.Url, false, ParameterSupplier.Platform),
        new(ProductCode, "Product", "销售产品码", ChannelParameterType.Select, true, ParameterSupplier.Platform, [AlipayProductCodes.ToAccount, AlipayProductCodes.ToBankCard]),
        new(NotificationWindowSeconds, "Notification freshness window (seconds)", "异步通知时效窗口 (秒)", ChannelParameterType.Number, false, ParameterSupplier.Platform),
    ];
}
