using AggregatedPayments.Channels;

namespace AggregatedPayments.Routing;

/// <summary>
/// One channel open to the merchant, as routing sees it: the channel's and the merchant's settings
/// merged (the stricter limit wins), and what the merchant has already sent through it today.
/// </summary>
public sealed record RoutingCandidate(
    Guid MerchantChannelId,
    bool IsOpen,
    ChannelFunctions Functions,
    IReadOnlyCollection<string> Currencies,
    int Priority,
    int Weight,
    long? SingleLimitMinor,
    long? DailyLimitMinor,
    long UsedTodayMinor,
    TradingHours? TradingHours)
{
    /// <summary>Merges a channel and its opening to one merchant; <paramref name="usedTodayMinor"/> counts the merchant's day in its own time zone.</summary>
    public static RoutingCandidate From(Channel channel, MerchantChannel merchantChannel, long usedTodayMinor) => new(
        merchantChannel.Id,
        channel.Status == ChannelStatus.Open && merchantChannel.Status == ChannelStatus.Open,
        merchantChannel.Functions,
        channel.Currencies,
        merchantChannel.Priority,
        merchantChannel.Weight,
        Stricter(channel.SingleLimitMinor, merchantChannel.SingleLimitMinor),
        Stricter(channel.DailyLimitMinor, merchantChannel.DailyLimitMinor),
        usedTodayMinor,
        merchantChannel.TradingHours);

    private static long? Stricter(long? a, long? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
