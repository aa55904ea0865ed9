namespace AggregatedPayments.Payouts;

/// <summary>One move of an order's state, as persisted.</summary>
/// <param name="Version">The order's version after the move: it grows with every change of the order, so later moves carry higher numbers.</param>
/// <param name="Change">The history row of the move (time, reason, actor).</param>
public sealed record PayoutStateMove(PayoutOrder Order, PayoutState From, PayoutState To, int Version, PayoutStateChange Change);
