namespace AggregatedPayments.Channels;

/// <summary>An installed adapter: what it can do and which parameters it needs.</summary>
public sealed record ChannelProviderDto(
    string Provider,
    IReadOnlyList<string> Functions,
    IReadOnlyList<string> Currencies,
    int MaxBatchItems,
    int IdempotencyWindowMinutes,
    IReadOnlyList<ChannelParameterDefinitionDto> Parameters);
