namespace AggregatedPayments.Payouts;

/// <summary>An order and one of its attempts as a step read them, outside any transaction: what the next step decides from.</summary>
public sealed record PayoutSnapshot(PayoutOrder Order, PayoutAttempt Attempt)
{
    public bool IsCurrent => Order.CurrentAttemptId == Attempt.Id;

    public bool IsOpen => IsCurrent && !PayoutStateMachine.IsFinal(Attempt.State);
}
