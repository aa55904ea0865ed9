namespace AggregatedPayments.Channels;

/// <summary>One movement of a provider's statement, normalised for reconciliation by our key.</summary>
public sealed record StatementLine(
    string? Key,
    string? ProviderReference,
    ChannelAmount Amount,
    ChannelPayoutState State,
    DateTime? BookedAtUtc,
    ChannelAmount? Fee);
