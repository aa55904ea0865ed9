namespace AggregatedPayments.Payouts;

/// <summary>
/// Orders' persistence where the database must arbitrate: the unique merchant reference, and
/// transitions as guarded updates naming the state and version the decision was based on.
/// All reads and writes are confined to the current merchant.
/// </summary>
public interface IPayoutOrderStore
{
    Task<IReadOnlyList<ExistingPayoutLine>> FindLinesAsync(IReadOnlyCollection<string> merchantReferences, CancellationToken cancellationToken);

    /// <summary>Saves a new order with its lines at once; false when one of its references was taken meanwhile (nothing written).</summary>
    Task<bool> TryInsertAsync(PayoutOrder order, CancellationToken cancellationToken);

    /// <summary>The order with its lines, attempts and history, tracked; null for an unknown order or another merchant's.</summary>
    Task<PayoutOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken);

    /// <summary>The attempt by the merchant channel and our key together — never by the key alone, which another merchant could forge.</summary>
    Task<PayoutAttempt?> FindAttemptAsync(Guid merchantChannelId, string channelKey, CancellationToken cancellationToken);

    /// <summary>
    /// Persists <paramref name="transition"/> inside the caller's transaction, only if the order is still in
    /// the expected state at the expected version; false (nothing written, the order forgotten by this
    /// unit of work) when somebody else changed it first.
    /// </summary>
    Task<bool> TryApplyAsync(PayoutTransition transition, CancellationToken cancellationToken);

    /// <summary>Writes the history row of an answer that was not allowed to move anything.</summary>
    Task RecordIgnoredAsync(PayoutStateChange change, CancellationToken cancellationToken);
}
