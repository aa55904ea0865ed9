namespace AggregatedPayments.Payouts;

/// <summary>
/// The seam between taking a payout (app services: API, upload, approvals) and sending it (the
/// submission engine). Both methods work inside the caller's transaction, so the order's move, its
/// ledger posting and the outbox row that makes the send or the query happen commit together.
/// </summary>
public interface IPayoutSubmitter
{
    /// <summary>
    /// Starts a new attempt — the first, or a re-initiation after Failed or Returned — on the named
    /// merchant channel, or on one chosen by routing when none is named: makes the key, prepares and
    /// stores the exact request, holds the amount, and enqueues the send.
    /// </summary>
    Task<PayoutAttempt> StartAsync(PayoutOrder order, Guid? merchantChannelId, string actor, CancellationToken cancellationToken);

    /// <summary>Enqueues a query of the order's current attempt now: a clerk's "query now", or a callback's hint.</summary>
    Task QueryNowAsync(PayoutOrder order, string actor, CancellationToken cancellationToken);
}
