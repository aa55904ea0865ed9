namespace AggregatedPayments.Channels;

/// <summary>A channel opened to a merchant, as the platform administers it: the merchant's secrets masked.</summary>
public sealed record MerchantChannelDto(
    Guid Id,
    Guid MerchantId,
    Guid ChannelId,
    IReadOnlyList<string> Functions,
    int Priority,
    int Weight,
    long? SingleLimitMinor,
    long? DailyLimitMinor,
    string? TradingStart,
    string? TradingEnd,
    ChannelStatus Status,
    IReadOnlyDictionary<string, string> Parameters,
    int Version)
{
    /// <summary>Where the provider must send callbacks for this merchant channel; null while callbacks are not opened.</summary>
    public string? CallbackUrl { get; init; }
}
