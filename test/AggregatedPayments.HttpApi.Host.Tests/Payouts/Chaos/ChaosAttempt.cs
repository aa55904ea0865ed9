namespace AggregatedPayments.Payouts;

/// <summary>An attempt as the database holds it now, with its order and the plan the order was created from.</summary>
public sealed record ChaosAttempt(ChaosPayoutPlan Plan, PayoutOrder Order, PayoutAttempt Attempt)
{
    /// <summary>Nothing more will happen by itself: the attempt is final, or its order waits for a person.</summary>
    public bool IsSettled => PayoutStateMachine.IsFinal(Attempt.State) || Order.NeedsManualReview;
}
