namespace AggregatedPayments.Ledger;

/// <summary>
/// The ledger's set-based persistence. Postings run inside the caller's transaction, so that an order's
/// transition, its posting and its outbox row commit or vanish together.
/// </summary>
public interface ILedgerStore
{
    Task<LedgerBalance?> FindBalanceAsync(LedgerAccountKey key, CancellationToken cancellationToken);

    /// <summary>Creates the zero balances of <paramref name="key"/> unless they exist (a racing creator is fine).</summary>
    Task EnsureBalanceAsync(LedgerAccountKey key, CancellationToken cancellationToken);

    /// <summary>Takes the balance row's lock for the rest of the transaction and reads it as it now is; null when it does not exist.</summary>
    Task<LedgerBalance?> LockBalanceAsync(LedgerAccountKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Records the posting and moves its amount, in that order inside the caller's transaction: a repeat
    /// of its (source, event) is <see cref="LedgerPostOutcome.AlreadyPosted"/> before any balance changes.
    /// The balance moves only by one conditional update: the credited account must cover the amount
    /// (Adjustments, the contra account, always does) and, when <paramref name="expectedAvailable"/> is
    /// given, Available must still hold it; otherwise the posting is taken back and <see cref="LedgerPostOutcome.NotCovered"/> returned.
    /// </summary>
    Task<LedgerPostOutcome> PostAsync(LedgerPosting posting, long? expectedAvailable, CancellationToken cancellationToken);
}
