using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Payouts;

/// <summary>Start the one automatic failover of a routed attempt that failed definitively.</summary>
[BackgroundJobName("Payouts.Failover")]
public sealed record PayoutFailoverJobArgs(Guid OrderId, Guid FailedAttemptId);
