using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Ask the provider about one attempt. <paramref name="Slot"/> marks a link of the janitor's chain: the
/// run whose slot is still the attempt's <see cref="PayoutAttempt.QueryCount"/> moves the schedule on and
/// plans the next; a clerk's or a callback's query (no slot), or a stale duplicate link, is an extra look.
/// </summary>
[BackgroundJobName("Payouts.Query")]
public sealed record PayoutQueryJobArgs(Guid OrderId, Guid AttemptId, int? Slot, string Reason);
