namespace AggregatedPayments.Payouts;

/// <summary>What the engine planned for a new attempt: how its channel was chosen, and the send job that will act on it when.</summary>
public sealed record PayoutAttemptPlan(PayoutRouting Routing, Guid? PendingJobId, DateTime? NextCheckTime)
{
    /// <summary>A named channel and no job recorded: attempts started outside the submission engine.</summary>
    public static PayoutAttemptPlan Unplanned { get; } = new(PayoutRouting.Named, null, null);
}
