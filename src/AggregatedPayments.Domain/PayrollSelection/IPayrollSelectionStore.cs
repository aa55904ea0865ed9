using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The set-based writes of submitting and discarding: many rows per statement, guarded updates, and the savepoints a
/// chunk needs. Everything runs in the caller's unit of work and the current merchant, and stamps and checks the tenant itself.
/// </summary>
public interface IPayrollSelectionStore
{
    Task InsertPlanAsync(IReadOnlyList<PayrollSubmissionItem> rows, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the submission for writing <paramref name="chunk"/> (its row locked until the transaction ends); false when
    /// the submission has moved past it or is no longer running (another run of its job got there first).
    /// </summary>
    Task<bool> TryClaimChunkAsync(Guid submissionId, int chunk, CancellationToken cancellationToken);

    /// <summary>
    /// Marks each order's items submitted with that order, in one statement, only items still valid and pending: the
    /// count says how many this call took (the rest were taken by another writer first).
    /// </summary>
    Task<int> MarkSubmittedAsync(IReadOnlyList<PayrollOrderItems> orders, DateTime submittedTime, CancellationToken cancellationToken);

    /// <summary>Saves new orders with their lines together; a reference taken meanwhile fails the whole call with a conflict.</summary>
    Task InsertOrdersAsync(IReadOnlyList<PayoutOrder> orders, CancellationToken cancellationToken);

    Task<IPayrollSavepoint> SavepointAsync(CancellationToken cancellationToken);

    /// <summary>Adds the chunk's counts and failures and moves past it; the last chunk completes the submission.</summary>
    Task RecordChunkAsync(Guid submissionId, int chunk, PayrollChunkResult result, DateTime now, CancellationToken cancellationToken);

    /// <summary>Ends a running submission as failed; one already ended stays as it is.</summary>
    Task FailAsync(Guid submissionId, string failure, DateTime now, CancellationToken cancellationToken);

    /// <summary>Sets the items aside for <paramref name="discardId"/>, only those still choosable; returns the ids it took.</summary>
    Task<IReadOnlyList<Guid>> DiscardAsync(Guid discardId, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>
    /// True for the database's word that the transaction lost a race and may succeed when run again from the start:
    /// a deadlock victim or a lock wait timeout.
    /// </summary>
    bool IsLockConflict(Exception exception);
}
