using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Submitting and discarding in statements, not rows: plans and failures inserted many rows per statement,
/// items marked by guarded updates that name the state they expect (so the database decides who took an item),
/// counts moved by increments, and a savepoint per order start. Each statement names the current merchant
/// itself, since none of them passes through SaveChanges' checks.
/// </summary>
internal sealed class EfPayrollSelectionStore(AggregatedPaymentsDbContext db) : IPayrollSelectionStore
{
    private const string StartSavepoint = "payroll_start";

    public Task InsertPlanAsync(IReadOnlyList<PayrollSubmissionItem> rows, CancellationToken cancellationToken) =>
        BulkInsert.InsertAsync(db, rows, cancellationToken);

    public async Task<bool> TryClaimChunkAsync(Guid submissionId, int chunk, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "Writing a submission's chunk");
        var tenantId = TenantId();
        var claimed = await db.Set<PayrollSubmission>()
            .Where(s => s.Id == submissionId && s.TenantId == tenantId && s.Status == PayrollSubmissionStatus.Running && s.NextChunk == chunk)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        return claimed == 1;
    }

    public Task<int> MarkSubmittedAsync(IReadOnlyList<PayrollOrderItems> orders, DateTime submittedTime, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "Marking items submitted");
        return PayrollItemStatements.MarkSubmittedAsync(db, TenantId(), orders, submittedTime, cancellationToken);
    }

    public async Task InsertOrdersAsync(IReadOnlyList<PayoutOrder> orders, CancellationToken cancellationToken)
    {
        if (orders.Count == 0)
        {
            return;
        }

        // Owned payees keep orders out of BulkInsert; one save still sends them, their lines and first history rows together.
        db.Set<PayoutOrder>().AddRange(orders);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IPayrollSavepoint> SavepointAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
                          ?? throw new InvalidOperationException("An order's start must run inside the chunk's transaction.");
        await transaction.CreateSavepointAsync(StartSavepoint, cancellationToken);
        return new Savepoint(db, transaction);
    }

    public async Task RecordChunkAsync(Guid submissionId, int chunk, PayrollChunkResult result, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tenantId = TenantId();
        var (items, orders, started, held, failed) = (result.SubmittedItems, result.Orders, result.Started, result.AwaitingApproval, result.Failures.Count);
        var skipped = result.Skipped;
        var (invalid, submitted, discarded, notFound, aboveLimit) = (skipped[PayrollSkipReason.Invalid], skipped[PayrollSkipReason.AlreadySubmitted],
            skipped[PayrollSkipReason.Discarded], skipped[PayrollSkipReason.NotFound], skipped[PayrollSkipReason.AboveLimit]);
        var next = chunk + 1;
        DateTime? end = now;
        var moved = await db.Set<PayrollSubmission>()
            .Where(s => s.Id == submissionId && s.TenantId == tenantId && s.Status == PayrollSubmissionStatus.Running && s.NextChunk == chunk)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.NextChunk, next)
                .SetProperty(x => x.SubmittedItemCount, x => x.SubmittedItemCount + items)
                .SetProperty(x => x.OrderCount, x => x.OrderCount + orders)
                .SetProperty(x => x.StartedCount, x => x.StartedCount + started)
                .SetProperty(x => x.AwaitingApprovalCount, x => x.AwaitingApprovalCount + held)
                .SetProperty(x => x.FailedToStartCount, x => x.FailedToStartCount + failed)
                .SetProperty(x => x.SkippedInvalid, x => x.SkippedInvalid + invalid)
                .SetProperty(x => x.SkippedAlreadySubmitted, x => x.SkippedAlreadySubmitted + submitted)
                .SetProperty(x => x.SkippedDiscarded, x => x.SkippedDiscarded + discarded)
                .SetProperty(x => x.SkippedNotFound, x => x.SkippedNotFound + notFound)
                .SetProperty(x => x.SkippedAboveLimit, x => x.SkippedAboveLimit + aboveLimit)
                .SetProperty(x => x.Status, x => x.ChunkCount == next ? PayrollSubmissionStatus.Completed : PayrollSubmissionStatus.Running)
                .SetProperty(x => x.EndTime, x => x.ChunkCount == next ? end : null)
                .SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        if (moved != 1)
        {
            // Claimed at the start of this transaction, so only a broken invariant gets here: roll the chunk back.
            throw new ConflictException(ErrorCodes.ConcurrencyConflict).WithData("submissionId", submissionId);
        }

        await BulkInsert.InsertAsync(db, result.Failures, cancellationToken);
    }

    public async Task FailAsync(Guid submissionId, string failure, DateTime now, CancellationToken cancellationToken)
    {
        var tenantId = TenantId();
        var code = failure.Length <= PayrollSelectionConsts.MaxCodeLength ? failure : failure[..PayrollSelectionConsts.MaxCodeLength];
        DateTime? end = now;
        await db.Set<PayrollSubmission>()
            .Where(s => s.Id == submissionId && s.TenantId == tenantId && s.Status == PayrollSubmissionStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, PayrollSubmissionStatus.Failed)
                .SetProperty(x => x.Failure, code)
                .SetProperty(x => x.EndTime, end)
                .SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> DiscardAsync(Guid discardId, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "A discard");
        var ids = itemIds.ToList();
        var tenantId = TenantId();
        await PayrollItemStatements.DiscardAsync(db, tenantId, ids, cancellationToken);

        // Ours are the ones discarded now and not yet linked: one set aside by another discard carries that discard's link
        // (committed with it), and one that discard is still writing is still pending in what this transaction reads.
        var taken = await db.Set<PayrollItem>().AsNoTracking()
            .Where(i => EF.Constant(ids).Contains(i.Id) && i.Status == PayrollItemStatus.Discarded && !db.Set<PayrollDiscardedItem>().Any(d => d.ItemId == i.Id))
            .Select(i => i.Id)
            .ToListAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, taken.Select(id => new PayrollDiscardedItem(Guid.CreateVersion7(), tenantId, discardId, id)).ToList(), cancellationToken);
        return taken;
    }

    public bool IsLockConflict(Exception exception) => DbExceptionTranslator.IsLockConflict(exception);

    private Guid TenantId() => db.CurrentTenantId ?? throw new InvalidOperationException("Payroll belongs to a merchant: act inside its tenant.");

    private sealed class Savepoint(AggregatedPaymentsDbContext db, IDbContextTransaction transaction) : IPayrollSavepoint
    {
        public Task ReleaseAsync(CancellationToken cancellationToken) => transaction.ReleaseSavepointAsync(StartSavepoint, cancellationToken);

        public async Task RollBackAsync(PayoutOrder order, CancellationToken cancellationToken)
        {
            await transaction.RollbackToSavepointAsync(StartSavepoint, cancellationToken);
            await transaction.ReleaseSavepointAsync(StartSavepoint, cancellationToken);

            // The refused start may have queued its send (tracked, unsaved) and left the order's graph tracked at a version
            // the database no longer holds: forget both, or the chunk's save would write them.
            foreach (var jobId in order.Attempts.Select(a => a.PendingJobId).OfType<Guid>())
            {
                if (db.Set<BackgroundJobRecord>().Local.FindEntry(jobId) is { State: EntityState.Added } job)
                {
                    job.State = EntityState.Detached;
                }
            }

            foreach (var entity in new object[] { order, order.Payee }.Concat(order.Lines).Concat(order.Attempts).Concat(order.History))
            {
                db.Entry(entity).State = EntityState.Detached;
            }
        }
    }
}
