namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// The simulated "generic" provider's published protocol. Every request is a POST of a JSON object
/// with three headers: <see cref="MerchantHeader"/>, <see cref="TimestampHeader"/> (Unix seconds,
/// at most <see cref="TimestampTolerance"/> away from the provider's clock) and <see cref="SignatureHeader"/>,
/// the lower-case hex HMAC-SHA256, keyed with the merchant's secret, of
/// <c>timestamp + "\n" + method + "\n" + path + "\n" + body</c>. Every answer carries the same two
/// headers, signed over the same string with the answer's own timestamp and body and the request's path.
/// Callbacks are signed over <c>timestamp + "\n" + body</c>. Amounts are decimal strings with two decimals.
/// </summary>
public static class GenericProtocol
{
    public const string Channel = "generic";

    public const string PayoutPath = "/generic/payout";
    public const string QueryPath = "/generic/query";
    public const string BalancePath = "/generic/balance";
    public const string StatementPath = "/generic/statement";

    public const string MerchantHeader = "X-GP-Merchant";
    public const string TimestampHeader = "X-GP-Timestamp";
    public const string SignatureHeader = "X-GP-Signature";

    public const string JsonContentType = "application/json; charset=utf-8";
    public const string StatementContentType = "application/x-ndjson; charset=utf-8";

    public static readonly TimeSpan TimestampTolerance = TimeSpan.FromMinutes(5);

    /// <summary>The provider keeps its books in China time: statement days and booking times are UTC+8.</summary>
    public static readonly TimeSpan ProviderOffset = TimeSpan.FromHours(8);
}
