namespace AggregatedPayments.Payouts;

/// <summary>What the approval gate needs the database to decide: a per-merchant lock and one set-based sum.</summary>
public interface IPayoutApprovalStore
{
    /// <summary>
    /// Takes the merchant's row lock until the caller's transaction ends, so that the gate's decisions for
    /// one merchant happen one after the other. Requires a transaction. False when there is no such merchant row.
    /// </summary>
    Task<bool> LockMerchantAsync(Guid merchantId, CancellationToken cancellationToken);

    /// <summary>
    /// The current merchant's total in <paramref name="currency"/> of the orders created in [from, to) that
    /// count toward its daily approval threshold, <paramref name="exceptOrderId"/> left out: those awaiting
    /// approval, and those that left PendingSubmission (attempts started), except Cancelled and Failed ones,
    /// which paid nothing. An order still pending without the flag has not passed the gate yet (or its start
    /// rolled back, or a correction sent it back): its own check counts it.
    /// </summary>
    Task<long> SumTowardDailyThresholdAsync(string currency, DateTime fromUtc, DateTime toUtc, Guid exceptOrderId, CancellationToken cancellationToken);
}
