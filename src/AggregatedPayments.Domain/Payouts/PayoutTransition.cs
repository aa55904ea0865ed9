namespace AggregatedPayments.Payouts;

/// <summary>
/// One change of an order, as its aggregate decided it, for <see cref="IPayoutOrderStore.TryApplyAsync"/>
/// to persist only if the order is still in <see cref="ExpectedState"/> at <see cref="ExpectedVersion"/>.
/// </summary>
/// <param name="NewAttempt">An attempt created by this change (a new key).</param>
/// <param name="ChangedAttempt">An existing attempt whose fields or state this change rewrote.</param>
/// <param name="AttemptFrom">The changed attempt's state before, named in that attempt's guard too.</param>
/// <param name="History">The history row; null for bookkeeping that moves no state (sent and query times).</param>
public sealed record PayoutTransition(
    PayoutOrder Order,
    int ExpectedVersion,
    PayoutState ExpectedState,
    PayoutAttempt? NewAttempt,
    PayoutAttempt? ChangedAttempt,
    PayoutState? AttemptFrom,
    PayoutStateChange? History)
{
    /// <summary>The attempt whose state this change moved, with where it came from; null when no attempt's state moved.</summary>
    public (PayoutAttempt Attempt, PayoutState? From)? MovedAttempt =>
        NewAttempt is not null ? (NewAttempt, null)
        : ChangedAttempt is not null && AttemptFrom != ChangedAttempt.State ? (ChangedAttempt, AttemptFrom)
        : null;
}
