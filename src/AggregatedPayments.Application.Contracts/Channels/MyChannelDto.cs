namespace AggregatedPayments.Channels;

/// <summary>A channel as the merchant sees it: what it may do and within which limits, never a parameter value.</summary>
public sealed record MyChannelDto(
    Guid Id,
    string ChannelCode,
    string ChannelName,
    string Provider,
    IReadOnlyList<string> Functions,
    IReadOnlyList<string> Currencies,
    long? SingleLimitMinor,
    long? DailyLimitMinor,
    string? TradingStart,
    string? TradingEnd,
    bool IsUsable);
