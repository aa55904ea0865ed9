namespace AggregatedPayments.Payouts;

public static class PayoutConsts
{
    /// <summary>Most provider keys (out_biz_no, out_bill_no) take at most 64 characters; the merchant's reference fits the same.</summary>
    public const int MaxMerchantReferenceLength = 64;

    /// <summary>Letters, digits and a few separators: what every provider's reference and file format accepts unescaped.</summary>
    public const string MerchantReferencePattern = "^[A-Za-z0-9][A-Za-z0-9_.:-]*$";

    public const int MaxLinesPerOrder = 500;

    public const int MaxPurposeLength = 64;

    public const int MaxRemarkLength = 200;

    public const int MaxAccountNumberLength = 64;

    public const int MaxAccountNameLength = 128;

    public const int MaxBankCodeLength = 32;

    public const int MaxBankNameLength = 128;

    public const int MaxBranchNameLength = 128;

    public const int MaxChannelKeyLength = 64;

    public const int MaxContentTypeLength = 128;

    /// <summary>A stored request body, in bytes before encryption; no provider's single payout comes near it.</summary>
    public const int MaxRequestBodyBytes = 16 * 1024;

    public const int MaxProviderReferenceLength = 128;

    public const int MaxProviderErrorCodeLength = 64;

    public const int MaxProviderErrorSubCodeLength = 128;

    public const int MaxReasonLength = 500;

    public const int MaxActorLength = 128;

    /// <summary>Hex of a SHA-256.</summary>
    public const int ContentHashLength = 64;

    public const int CurrencyLength = 3;

    /// <summary>An API caller's Idempotency-Key: printable ASCII, as Stripe's and the IETF draft's.</summary>
    public const int MaxIdempotencyKeyLength = 128;

    /// <summary>A longer answer is not kept for replay: the key is released and a repeat runs again (idempotent by reference anyway).</summary>
    public const int MaxIdempotentResponseLength = 256 * 1024;
}
