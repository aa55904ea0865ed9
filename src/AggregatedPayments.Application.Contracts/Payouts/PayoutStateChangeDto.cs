namespace AggregatedPayments.Payouts;

/// <param name="IsIgnored">An answer that was not allowed to move anything (late, duplicate, out of order).</param>
public sealed record PayoutStateChangeDto(Guid Id, Guid? AttemptId, PayoutState From, PayoutState To, bool IsIgnored, string Reason, string Actor, DateTime Time);
