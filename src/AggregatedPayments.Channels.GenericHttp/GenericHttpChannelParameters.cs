namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// The parameters the generic HTTP adapter understands. The platform describes the provider's
/// protocol once per channel (mappings, format, signing); each merchant brings its own identity and
/// secret at that provider. The function addresses (Payout, Query, Balance) are the channel's.
/// </summary>
public static class GenericHttpChannelParameters
{
    public static readonly IReadOnlyList<ChannelParameterDefinition> Definitions =
    [
        new(GenericHttpParameterNames.FieldMapping,
            "Field mapping (JSON: {\"request\":{ourField:providerField}, \"response\":{ourField:provider.path}})",
            "字段映射 (JSON: {\"request\":{我方字段:对方字段}, \"response\":{我方字段:对方路径}})",
            ChannelParameterType.Text, true, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.AmountFormat, "Amount format", "金额格式", ChannelParameterType.Select, true, ParameterSupplier.Platform,
            [GenericHttpAmountFormat.MinorInteger, GenericHttpAmountFormat.DecimalString]),
        new(GenericHttpParameterNames.AmountExponent,
            "Currency exponent of amounts answered without a request (balance, notification; default 2)",
            "无请求对照时应答金额的币种小数位 (余额、通知; 默认 2)",
            ChannelParameterType.Number, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.StatusMapping,
            "Status mapping (JSON: {providerValue: Processing|Succeeded|Failed|Cancelled|Returned|NotFound})",
            "状态映射 (JSON: {对方状态值: Processing|Succeeded|Failed|Cancelled|Returned|NotFound})",
            ChannelParameterType.Text, true, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.CanonicalTemplate,
            "Canonical string template ({method}, {path}, {timestamp}, {body}; \\n is a line break; default {method}\\n{path}\\n{timestamp}\\n{body})",
            "待签名串模板 ({method}, {path}, {timestamp}, {body}; \\n 表示换行; 默认 {method}\\n{path}\\n{timestamp}\\n{body})",
            ChannelParameterType.Text, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.SignatureHeader, "Signature header name (default X-Signature)", "签名请求头名称 (默认 X-Signature)",
            ChannelParameterType.Text, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.TimestampHeader, "Timestamp header name (default X-Timestamp)", "时间戳请求头名称 (默认 X-Timestamp)",
            ChannelParameterType.Text, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.MerchantIdHeader, "Merchant id header name (default X-Merchant-Id)", "商户号请求头名称 (默认 X-Merchant-Id)",
            ChannelParameterType.Text, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.NotificationWindowSeconds, "Notification freshness window (seconds, default 300)", "异步通知时效窗口 (秒, 默认 300)",
            ChannelParameterType.Number, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.MerchantId, "Merchant id at the provider", "服务商处的商户号", ChannelParameterType.Text, true, ParameterSupplier.Merchant),
        new(GenericHttpParameterNames.Secret, "HMAC-SHA256 secret", "HMAC-SHA256 密钥", ChannelParameterType.Secret, true, ParameterSupplier.Merchant),
    ];
}
