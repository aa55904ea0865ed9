namespace AggregatedPayments.Dictionaries;

/// <summary>
/// The platform's own codes for why a payout did not go through. Each is a platform entry of the error
/// dictionary (seeded with messages and flags); channel error codes map onto them.
/// </summary>
public static class PayoutErrorCodes
{
    public const string InsufficientBalance = "AP:Payouts:InsufficientBalance";
    public const string PayeeAccountInvalid = "AP:Payouts:PayeeAccountInvalid";
    public const string PayeeNameMismatch = "AP:Payouts:PayeeNameMismatch";
    public const string PayeeAccountRestricted = "AP:Payouts:PayeeAccountRestricted";
    public const string PayeeBankNotSupported = "AP:Payouts:PayeeBankNotSupported";
    public const string AmountLimitExceeded = "AP:Payouts:AmountLimitExceeded";
    public const string CurrencyNotSupported = "AP:Payouts:CurrencyNotSupported";
    public const string InvalidRequest = "AP:Payouts:InvalidRequest";
    public const string SignatureRejected = "AP:Payouts:SignatureRejected";
    public const string MerchantAccountRestricted = "AP:Payouts:MerchantAccountRestricted";
    public const string ChannelUnavailable = "AP:Payouts:ChannelUnavailable";
    public const string RateLimited = "AP:Payouts:RateLimited";
    public const string ChannelSystemError = "AP:Payouts:ChannelSystemError";
    public const string DuplicateRequest = "AP:Payouts:DuplicateRequest";
    public const string ReturnedByBank = "AP:Payouts:ReturnedByBank";
}
