namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>The names under which the generic HTTP channel's parameters are stored.</summary>
public static class GenericHttpParameterNames
{
    public const string FieldMapping = "field_mapping";
    public const string AmountFormat = "amount_format";
    public const string AmountExponent = "amount_exponent";
    public const string StatusMapping = "status_mapping";
    public const string CanonicalTemplate = "canonical_template";
    public const string SignatureHeader = "signature_header";
    public const string TimestampHeader = "timestamp_header";
    public const string MerchantIdHeader = "merchant_id_header";
    public const string NotificationWindowSeconds = "notification_window_seconds";
    public const string NotificationTemplate = "notification_canonical_template";
    public const string DuplicateKeyCodes = "duplicate_key_codes";
    public const string StatementLinesPath = "statement_lines_path";
    public const string MerchantId = "merchant_id";
    public const string Secret = "hmac_secret";
}
