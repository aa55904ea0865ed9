namespace AggregatedPayments.Channels.Sandbox;

/// <summary>What a sandbox callback says about a payout, as JSON.</summary>
public sealed record SandboxNotificationBody(
    string Key,
    string Reference,
    ChannelPayoutState State,
    long AmountMinor,
    string Currency,
    int Exponent,
    string? FailureCode);
