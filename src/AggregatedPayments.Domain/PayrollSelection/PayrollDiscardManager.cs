using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Sets chosen items aside with a reason, in one transaction: the valid pending ones of the selection, a page
/// at a time by a guarded update, each linked to the discard that took it. Items that were not pending, or that
/// another clerk submitted or discarded meanwhile, are counted with their reason.
/// </summary>
public sealed class PayrollDiscardManager(
    PayrollSelectionReader reader,
    IRepository<PayrollDiscard> discards,
    IRepository<PayrollItem> items,
    IAsyncQueryExecuter executer,
    IPayrollSelectionStore store,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    public async Task<PayrollDiscardResult> DiscardAsync(PayrollSelection selection, string? reason, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var tenantId = currentTenant.Id ?? throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            throw new BusinessException(PayrollSelectionErrorCodes.DiscardReasonRequired);
        }

        if (why.Length > PayrollSelectionConsts.MaxReasonLength)
        {
            throw new InvalidInputException("reason", $"At most {PayrollSelectionConsts.MaxReasonLength} characters.");
        }

        var now = clock.GetUtcNow();
        var discard = new PayrollDiscard(Guid.CreateVersion7(now), tenantId, selection.Kind, why, actor, now.UtcDateTime);
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var skipped = await reader.CountUnchoosableAsync(selection, cancellationToken);
        var discarded = 0;
        var page = new List<Guid>(PayrollSelectionConsts.ReadPageSize);
        await foreach (var item in reader.ReadChoosableAsync(selection, cancellationToken))
        {
            page.Add(item.Id);
            if (page.Count == PayrollSelectionConsts.ReadPageSize)
            {
                discarded += await DiscardPageAsync(discard.Id, page, skipped, cancellationToken);
                page.Clear();
            }
        }

        discarded += await DiscardPageAsync(discard.Id, page, skipped, cancellationToken);
        discard.Record(discarded, skipped.Total);
        await discards.InsertAsync(discard, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PayrollDiscardResult(discard, skipped);
    }

    private async Task<int> DiscardPageAsync(Guid discardId, List<Guid> ids, PayrollSkipCounts skipped, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var taken = await store.DiscardAsync(discardId, ids, cancellationToken);
        if (taken.Count < ids.Count)
        {
            // Changed between our read and our update: say what became of each.
            var rest = ids.Except(taken).ToList();
            var states = await executer.ToListAsync(items.QueryNoTracking().Where(i => rest.Contains(i.Id)).Select(i => new { i.Status, i.IsValid }), cancellationToken);
            foreach (var state in states)
            {
                if (PayrollItem.WhyNotChoosable(state.Status, state.IsValid) is { } why)
                {
                    skipped.Add(why);
                }
            }
        }

        return taken.Count;
    }
}
