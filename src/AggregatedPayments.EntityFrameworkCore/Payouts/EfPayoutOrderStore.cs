using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A transition is one UPDATE of the order naming the state and version its decision saw; only the
/// winner goes on to rewrite the attempt and write the history row, all in the caller's transaction.
/// The tracker is then told what the rows now hold, so a later SaveChanges does not write them again.
/// </summary>
internal sealed class EfPayoutOrderStore(AggregatedPaymentsDbContext db) : IPayoutOrderStore
{
    public async Task<IReadOnlyList<ExistingPayoutLine>> FindLinesAsync(IReadOnlyCollection<string> merchantReferences, CancellationToken cancellationToken)
    {
        // Constants rather than a JSON parameter: the same IN list on SQLite and MariaDB.
        var references = merchantReferences.ToList();
        return await (
            from line in db.Set<PayoutLine>()
            where EF.Constant(references).Contains(line.MerchantReference)
            join order in db.Set<PayoutOrder>() on line.OrderId equals order.Id
            select new ExistingPayoutLine(line.OrderId, line.MerchantReference, line.ContentHash, order.Payee.AccountNumberIndex, order.Lines.Count))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> TryInsertAsync(PayoutOrder order, CancellationToken cancellationToken)
    {
        db.Add(order);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (ConflictException conflict) when (conflict.Code == ErrorCodes.DuplicateKey)
        {
            Forget(order);
            return false;
        }
    }

    public Task<PayoutOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken) =>
        db.Set<PayoutOrder>()
            .Include(o => o.Lines)
            .Include(o => o.Attempts)
            .Include(o => o.History)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == orderId, cancellationToken);

    public Task<PayoutAttempt?> FindAttemptAsync(Guid merchantChannelId, string channelKey, CancellationToken cancellationToken) =>
        db.Set<PayoutAttempt>().AsNoTracking()
            .FirstOrDefaultAsync(a => a.MerchantChannelId == merchantChannelId && a.ChannelKey == channelKey, cancellationToken);

    public async Task<bool> TryApplyAsync(PayoutTransition transition, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "A payout transition");
        var order = transition.Order;
        var won = await db.Set<PayoutOrder>()
            .Where(o => o.Id == order.Id && o.TenantId == order.TenantId && o.State == transition.ExpectedState && o.Version == transition.ExpectedVersion)
            .ExecuteUpdateAsync(s => s
                .SetProperty(o => o.State, order.State)
                .SetProperty(o => o.Version, o => o.Version + 1)
                .SetProperty(o => o.CurrentAttemptId, order.CurrentAttemptId)
                .SetProperty(o => o.NeedsManualReview, order.NeedsManualReview)
                .SetProperty(o => o.ManualReviewReason, order.ManualReviewReason)
                .SetProperty(o => o.AwaitingApproval, order.AwaitingApproval), cancellationToken);
        if (won == 0)
        {
            Forget(order);
            return false;
        }

        if (transition.NewAttempt is { } attempt)
        {
            await DirectInsert.InsertAsync(db, attempt, cancellationToken);
        }

        if (transition.ChangedAttempt is { } changed)
        {
            await UpdateAttemptAsync(order, changed, transition.AttemptFrom!.Value, cancellationToken);
        }

        if (transition.History is { } history)
        {
            await DirectInsert.InsertAsync(db, history, cancellationToken);
        }

        AcceptPersisted(order, transition.ExpectedVersion + 1);
        return true;
    }

    public Task RecordIgnoredAsync(PayoutStateChange change, CancellationToken cancellationToken) =>
        DirectInsert.InsertAsync(db, change, cancellationToken);

    // Under the order's guard nobody else can move the attempt, so anything but one row means a broken invariant: stop.
    private async Task UpdateAttemptAsync(PayoutOrder order, PayoutAttempt attempt, PayoutState from, CancellationToken cancellationToken)
    {
        var updated = await db.Set<PayoutAttempt>()
            .Where(a => a.Id == attempt.Id && a.OrderId == order.Id && a.State == from)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, attempt.State)
                .SetProperty(a => a.ProviderReference, attempt.ProviderReference)
                .SetProperty(a => a.FirstSentTime, attempt.FirstSentTime)
                .SetProperty(a => a.LastQueryTime, attempt.LastQueryTime)
                .SetProperty(a => a.NextCheckTime, attempt.NextCheckTime)
                .SetProperty(a => a.PendingJobId, attempt.PendingJobId)
                .SetProperty(a => a.QueryCount, attempt.QueryCount)
                .SetProperty(a => a.NotFoundCount, attempt.NotFoundCount)
                .SetProperty(a => a.FeeMinor, attempt.FeeMinor)
                .SetProperty(a => a.ProviderErrorCode, attempt.ProviderErrorCode)
                .SetProperty(a => a.ProviderErrorSubCode, attempt.ProviderErrorSubCode), cancellationToken);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Attempt {attempt.Id} of order {order.Id} was not in {from} under the order's guard.");
        }
    }

    // The rows were written by statements the tracker did not see: mark the graph as stored, at the new version.
    private void AcceptPersisted(PayoutOrder order, int version)
    {
        var entry = db.Entry(order);
        if (entry.State == EntityState.Detached)
        {
            db.Attach(order);
        }

        entry.Property(o => o.Version).CurrentValue = version;
        foreach (var item in Graph(order))
        {
            // Originals first: marking a modified entry Unchanged would otherwise put its old values back.
            var itemEntry = db.Entry(item);
            if (itemEntry.State != EntityState.Added)
            {
                itemEntry.OriginalValues.SetValues(itemEntry.CurrentValues);
            }

            itemEntry.State = EntityState.Unchanged;
        }
    }

    private void Forget(PayoutOrder order)
    {
        foreach (var item in Graph(order))
        {
            db.Entry(item).State = EntityState.Detached;
        }
    }

    // The payee too: an owned row left behind in the tracker would break the unit of work's next save.
    private static IEnumerable<object> Graph(PayoutOrder order) =>
        new object[] { order, order.Payee }.Concat(order.Lines).Concat(order.Attempts).Concat(order.History);
}
