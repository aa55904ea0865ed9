namespace AggregatedPayments.Channels;

/// <summary>A channel as administrators see it: parameter values masked where secret.</summary>
public sealed record ChannelDto(
    Guid Id,
    string Code,
    string Name,
    string Provider,
    ChannelStatus Status,
    IReadOnlyList<string> Currencies,
    long? SingleLimitMinor,
    long? DailyLimitMinor,
    IReadOnlyList<ChannelFunctionDto> Functions,
    IReadOnlyDictionary<string, string> Parameters,
    int Version);
