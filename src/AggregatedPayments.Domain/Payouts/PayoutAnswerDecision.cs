namespace AggregatedPayments.Payouts;

/// <param name="Transition">Set when the answer moves the attempt.</param>
/// <param name="Ignored">Set when the answer was not allowed to move it: the history row that says so.</param>
public sealed record PayoutAnswerDecision(PayoutAnswerOutcome Outcome, PayoutTransition? Transition, PayoutStateChange? Ignored);
