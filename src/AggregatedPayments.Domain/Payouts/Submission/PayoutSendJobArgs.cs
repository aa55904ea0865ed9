using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Payouts;

/// <summary>Send the stored request of one attempt (or, when it may have left already, ask about it).</summary>
[BackgroundJobName("Payouts.Send")]
public sealed record PayoutSendJobArgs(Guid OrderId, Guid AttemptId);
