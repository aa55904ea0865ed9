namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// The provider's documented error codes. The first four refuse a payout before it is accepted
/// (nothing is recorded under the key); the bank codes end an accepted payout later.
/// </summary>
public static class GenericErrorCodes
{
    public const string AccountClosed = "BENEFICIARY_ACCOUNT_CLOSED";
    public const string NameMismatch = "BENEFICIARY_NAME_MISMATCH";
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";
    public const string CurrencyNotSupported = "CURRENCY_NOT_SUPPORTED";

    /// <summary>The order_ref was used before with a different body; the first request stands.</summary>
    public const string DuplicateOrderRef = "DUPLICATE_ORDER_REF";

    /// <summary>The order_ref was accepted longer ago than the idempotency window; a resend is not looked at, only a query answers.</summary>
    public const string OrderRefExpired = "ORDER_REF_EXPIRED";

    public const string OrderNotFound = "ORDER_NOT_FOUND";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string SignatureInvalid = "SIGNATURE_INVALID";
    public const string TimestampExpired = "TIMESTAMP_EXPIRED";
    public const string UnknownMerchant = "UNKNOWN_MERCHANT";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
    public const string StatementNotReady = "STATEMENT_NOT_READY";

    /// <summary>Settlement outcomes after acceptance: the bank refused, or paid and gave the money back.</summary>
    public const string BankRejected = "BENEFICIARY_BANK_REJECTED";
    public const string ReturnedByBank = "RETURNED_BY_BENEFICIARY_BANK";
}
