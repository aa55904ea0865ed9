using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>A point inside the chunk's transaction to come back to when one order's start is refused.</summary>
public interface IPayrollSavepoint
{
    Task ReleaseAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Undoes everything since the savepoint (the order's move, its attempt, the hold's rows) and forgets what the
    /// unit of work holds of <paramref name="order"/> and its queued send: the order stays as stored before, and this
    /// instance must not be used again.
    /// </summary>
    Task RollBackAsync(PayoutOrder order, CancellationToken cancellationToken);
}
