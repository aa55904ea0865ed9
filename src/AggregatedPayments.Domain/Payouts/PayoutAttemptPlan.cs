namespace AggregatedPayments.Payouts;

/// <summary>
/// What the engine planned for a new attempt: how its channel was chosen, the send job that will act on it when,
/// and the daily limit routing checked it against (the start is refused if the day's usage has meanwhile reached it).
/// </summary>
public sealed record PayoutAttemptPlan(PayoutRouting Routing, Guid? PendingJobId, DateTime? NextCheckTime, long? DailyLimitMinor = null)
{
    /// <summary>A named channel and no job recorded: attempts started outside the submission engine.</summary>
    public static PayoutAttemptPlan Unplanned { get; } = new(PayoutRouting.Named, null, null);
}
