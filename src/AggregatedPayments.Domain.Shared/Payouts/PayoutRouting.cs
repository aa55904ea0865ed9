namespace AggregatedPayments.Payouts;

/// <summary>How an attempt's merchant channel was chosen; stored, since it decides whether a definite failure fails over.</summary>
public enum PayoutRouting
{
    /// <summary>The caller named the merchant channel: a failure stays a failure.</summary>
    Named = 0,

    /// <summary>Routing chose it: after a definite Failed the payout fails over once to another eligible channel.</summary>
    Routed = 1,

    /// <summary>The one automatic failover of a routed attempt; it does not fail over again.</summary>
    Failover = 2
}
