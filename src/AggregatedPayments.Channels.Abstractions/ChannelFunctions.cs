namespace AggregatedPayments.Channels;

/// <summary>What a channel can do; an administrator enables a subset per channel and per merchant.</summary>
[Flags]
public enum ChannelFunctions
{
    None = 0,
    Payout = 1,
    BatchPayout = 2,
    Query = 4,
    Balance = 8,
    Withdraw = 16,
    Statement = 32,
    Notification = 64
}
