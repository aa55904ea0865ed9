namespace AggregatedPayments.Channels;

/// <summary>A provider's state of a payout, normalised (CHANNEL-PROTOCOLS.md section 6).</summary>
public enum ChannelPayoutState
{
    Processing,
    Succeeded,
    Failed,
    Cancelled,

    /// <summary>Paid, then given back (an Alipay bank-card REFUND, a Stripe paid → failed).</summary>
    Returned
}
