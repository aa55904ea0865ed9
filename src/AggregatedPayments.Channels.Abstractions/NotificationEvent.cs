namespace AggregatedPayments.Channels;

/// <summary>
/// What a verified callback claims. It is a hint only: the platform finds the attempt by merchant
/// channel and key, then asks the provider (a query) before any money moves.
/// </summary>
public sealed record NotificationEvent(
    string Key,
    string? ProviderReference,
    ChannelPayoutState State,
    ChannelAmount? Amount,
    ProviderError? Failure);
