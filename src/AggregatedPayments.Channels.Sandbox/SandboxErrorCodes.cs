namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// The sandbox's own raw codes, seeded into the error dictionary like any provider's. Only
/// <see cref="KeyReusedWithDifferentParameters"/> arrives as an Unknown submit result: like Stripe's
/// idempotency error or Alipay's duplicate out_biz_no, it says nothing about whether the first
/// request was paid, so only a query may settle it.
/// </summary>
public static class SandboxErrorCodes
{
    public const string KeyReusedWithDifferentParameters = "KEY_REUSED_WITH_DIFFERENT_PARAMETERS";

    public const string InsufficientBalance = "INSUFFICIENT_BALANCE";

    public const string PayeeAccountInvalid = "PAYEE_ACCOUNT_INVALID";

    public const string CurrencyNotSupported = "CURRENCY_NOT_SUPPORTED";

    /// <summary>A zero amount, or an exponent that is not the currency's.</summary>
    public const string InvalidAmount = "INVALID_AMOUNT";

    /// <summary>The body is not a sandbox request.</summary>
    public const string InvalidRequest = "INVALID_REQUEST";

    public const string RandomFailure = "SANDBOX_RANDOM_FAILURE";
}
