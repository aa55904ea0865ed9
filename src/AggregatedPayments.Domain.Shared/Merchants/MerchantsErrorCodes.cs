namespace AggregatedPayments.Merchants;

/// <summary>The codes of merchant parameters and of calls signed with a merchant's API credentials.</summary>
public static class MerchantsErrorCodes
{
    public const string UnknownCurrency = "AP:Merchants:UnknownCurrency";
    public const string DuplicateCurrency = "AP:Merchants:DuplicateCurrency";
    public const string AmountNotPositive = "AP:Merchants:AmountNotPositive";
    public const string DailyBelowSingle = "AP:Merchants:DailyBelowSingle";
    public const string ApprovalAboveLimit = "AP:Merchants:ApprovalAboveLimit";
    public const string CurrencyNotConfigured = "AP:Merchants:CurrencyNotConfigured";
    public const string NotifyUrlNotHttps = "AP:Merchants:NotifyUrlNotHttps";
    public const string InvalidIpRange = "AP:Merchants:InvalidIpRange";
    public const string TooManyIpRanges = "AP:Merchants:TooManyIpRanges";

    public const string ApiSignatureInvalid = "AP:Merchants:ApiSignatureInvalid";
    public const string ApiTimestampOutOfRange = "AP:Merchants:ApiTimestampOutOfRange";
    public const string ApiNonceReused = "AP:Merchants:ApiNonceReused";
    public const string ApiKeyRevoked = "AP:Merchants:ApiKeyRevoked";
    public const string ApiKeyExpired = "AP:Merchants:ApiKeyExpired";
    public const string ApiCallerIpNotAllowed = "AP:Merchants:ApiCallerIpNotAllowed";
}
