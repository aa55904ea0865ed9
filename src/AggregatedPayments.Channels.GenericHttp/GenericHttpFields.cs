namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Our side of the field mapping. Payout request fields are written in this order (the body's property
/// order is therefore stable); response fields are read from the provider's answers and callbacks;
/// statement fields from each line of a statement.
/// </summary>
public static class GenericHttpFields
{
    public const string Key = "key";
    public const string Amount = "amount";
    public const string Currency = "currency";
    public const string PayeeAccount = "payeeAccount";
    public const string PayeeName = "payeeName";
    public const string BankCode = "bankCode";
    public const string Title = "title";
    public const string Remark = "remark";
    public const string NotifyUrl = "notifyUrl";

    public const string Status = "status";
    public const string ProviderReference = "providerReference";
    public const string ErrorCode = "errorCode";
    public const string ErrorMessage = "errorMessage";
    public const string Available = "available";
    public const string Frozen = "frozen";

    public const string StatementDate = "statementDate";
    public const string BookedAt = "bookedAt";
    public const string Fee = "fee";

    public static readonly IReadOnlyList<string> Request = [Key, Amount, Currency, PayeeAccount, PayeeName, BankCode, Title, Remark, NotifyUrl];

    /// <summary>Request names that are not part of the payout body: the statement's day (sent as yyyy-MM-dd).</summary>
    public static readonly IReadOnlyList<string> OtherRequests = [StatementDate];

    public static readonly IReadOnlyList<string> Statement = [Key, ProviderReference, Amount, Currency, Status, BookedAt, Fee];

    public static readonly IReadOnlyList<string> Response = [Key, Status, ProviderReference, Amount, Currency, ErrorCode, ErrorMessage, Available, Frozen];
}
