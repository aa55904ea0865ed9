namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// The parameters the generic HTTP adapter understands. The platform describes the provider's
/// protocol once per channel (mappings, format, signing); each merchant brings its own identity and
/// secret at that provider. The function addresses (Payout, Query, Balance, Statement) are the channel's.
/// </summary>
public static class GenericHttpChannelParameters
{
    public static readonly IReadOnlyList<ChannelParameterDefinition> Definitions =
    [
        new(GenericHttpParameterNames.FieldMapping,
            "Field mapping (JSON: {\"request\":{ourField:providerField}, \"response\":{ourField:provider.path}, \"statement\":{ourField:line.path}})",
            "字段映射 (JSON: {\"request\":{我方字段:对方字段}, \"response\":{我方字段:对方路径}, \"statement\":{我方字段:明细行路径}})",
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
        new(GenericHttpParameterNames.NotificationTemplate,
            "Callback canonical string template ({timestamp}, {body}; default {timestamp}\\n{body})",
            "异步通知待签名串模板 ({timestamp}, {body}; 默认 {timestamp}\\n{body})",
            ChannelParameterType.Text, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.DuplicateKeyCodes,
            "Error codes meaning the key was used before with other parameters (comma-separated; always resolved by a query)",
            "表示请求号已被其他参数使用的错误码 (逗号分隔; 一律以查询确认)",
            ChannelParameterType.Text, false, ParameterSupplier.Platform),
        new(GenericHttpParameterNames.StatementLinesPath,
            "Path of the statement's line array in a JSON answer (empty: the answer is JSON lines)",
            "对账单应答中明细数组的路径 (留空: 应答为每行一个 JSON)",
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
