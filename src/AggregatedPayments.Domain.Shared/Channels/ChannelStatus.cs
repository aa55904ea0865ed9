namespace AggregatedPayments.Channels;

public enum ChannelStatus
{
    Open = 0,

    /// <summary>No new payouts; what is in flight is still queried and settled.</summary>
    Closed = 1
}
