using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Batches of the intake: one look-up of the batch's references (items first, then payout lines made
/// straight through the API), and one transaction that deletes the invalid items being replaced, inserts
/// the new items and the refused lines many rows per statement, and adds the counts to the intake.
/// </summary>
internal sealed class EfPayrollStore(AggregatedPaymentsDbContext db) : IPayrollStore
{
    public async Task<IReadOnlyList<ExistingPayrollReference>> FindReferencesAsync(IReadOnlyCollection<string> references, CancellationToken cancellationToken)
    {
        if (references.Count == 0)
        {
            return [];
        }

        // Constants rather than a JSON parameter: the same IN list on SQLite and MariaDB.
        var wanted = references.ToList();
        var items = await db.Set<PayrollItem>().AsNoTracking()
            .Where(i => EF.Constant(wanted).Contains(i.MerchantReference))
            .Select(i => new ExistingPayrollReference(i.MerchantReference, i.Id, i.ContentHash, i.AccountNumberIndex, i.IsValid, i.Status == PayrollItemStatus.Pending))
            .ToListAsync(cancellationToken);
        var rest = wanted.Except(items.Select(i => i.Reference), StringComparer.Ordinal).ToList();
        if (rest.Count == 0)
        {
            return items;
        }

        var lines = await (
            from line in db.Set<PayoutLine>()
            where EF.Constant(rest).Contains(line.MerchantReference)
            join order in db.Set<PayoutOrder>() on line.OrderId equals order.Id
            select new ExistingPayrollReference(line.MerchantReference, null, line.ContentHash, order.Payee.AccountNumberIndex, true, false))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. items, .. lines];
    }

    public async Task<bool> TryWriteBatchAsync(PayrollBatchWrite batch, CancellationToken cancellationToken)
    {
        try
        {
            return await WriteBatchAsync(batch, cancellationToken);
        }
        catch (Exception exception) when (DbExceptionTranslator.IsLockConflict(exception))
        {
            // Another intake inserting the same references in another order: rolled back whole, looked at again by the caller.
            return false;
        }
    }

    private async Task<bool> WriteBatchAsync(PayrollBatchWrite batch, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (batch.ReplacedItemIds.Count > 0)
        {
            var ids = batch.ReplacedItemIds.ToList();

            // Only while still invalid and pending: an item fixed or chosen meanwhile is not taken away.
            var deleted = await db.Set<PayrollItem>()
                .Where(i => ids.Contains(i.Id) && !i.IsValid && i.Status == PayrollItemStatus.Pending)
                .ExecuteDeleteAsync(cancellationToken);
            if (deleted != ids.Count)
            {
                return false;
            }
        }

        try
        {
            await BulkInsert.InsertAsync(db, batch.NewItems, cancellationToken);
        }
        catch (ConflictException conflict) when (conflict.Code == ErrorCodes.DuplicateKey)
        {
            return false;
        }

        await BulkInsert.InsertAsync(db, batch.Errors, cancellationToken);
        var counts = batch.Counts;
        await db.Set<PayrollIntake>()
            .Where(i => i.Id == batch.IntakeId)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.ReadCount, i => i.ReadCount + counts.Read)
                .SetProperty(i => i.CreatedCount, i => i.CreatedCount + counts.Created)
                .SetProperty(i => i.UnchangedCount, i => i.UnchangedCount + counts.Unchanged)
                .SetProperty(i => i.ReplacedCount, i => i.ReplacedCount + counts.Replaced)
                .SetProperty(i => i.InvalidCount, i => i.InvalidCount + counts.Invalid)
                .SetProperty(i => i.ConflictCount, i => i.ConflictCount + counts.Conflicts)
                .SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<bool> IsCancelRequestedAsync(Guid intakeId, CancellationToken cancellationToken) =>
        db.Set<PayrollIntake>().AsNoTracking().AnyAsync(i => i.Id == intakeId && i.CancelRequested, cancellationToken);

    public Task FinishAsync(Guid intakeId, PayrollIntakeStatus status, string? failure, DateTime endTime, CancellationToken cancellationToken)
    {
        var text = failure is { Length: > PayrollConsts.MaxFailureLength } ? failure[..PayrollConsts.MaxFailureLength] : failure;
        return db.Set<PayrollIntake>()
            .Where(i => i.Id == intakeId && i.Status == PayrollIntakeStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Status, status)
                .SetProperty(i => i.Failure, text)
                .SetProperty(i => i.EndTime, endTime)
                .SetProperty(i => i.Version, i => i.Version + 1), cancellationToken);
    }
}
