namespace AggregatedPayments.Payouts;

/// <summary>
/// Told of every move of an order's state, inside the transaction that made it (after the guarded
/// update and the ledger's postings), so that what the move causes — a merchant notification's outbox
/// row — commits or rolls back with it. Whatever it adds goes into the caller's unit of work.
/// </summary>
public interface IPayoutStateObserver
{
    /// <summary>Throwing rolls the move back with the caller's transaction.</summary>
    Task OnMovedAsync(PayoutStateMove move, CancellationToken cancellationToken);
}
