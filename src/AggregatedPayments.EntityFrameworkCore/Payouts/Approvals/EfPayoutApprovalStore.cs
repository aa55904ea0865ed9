using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The gate's lock is the merchant's own row, taken by an update that changes nothing: InnoDB locks every
/// row an UPDATE matches until the transaction ends, and SQLite holds its single write lock from the first
/// write (earlier, from BEGIN IMMEDIATE) — so both engines serialise a merchant's checks alike. The row
/// always exists, unlike a lock row of our own, whose first insert by two racing transactions would
/// deadlock on MariaDB's gap locks; and nothing in the payment path writes it, so it waits on nothing.
/// </summary>
internal sealed class EfPayoutApprovalStore(AggregatedPaymentsDbContext db) : IPayoutApprovalStore
{
    public async Task<bool> LockMerchantAsync(Guid merchantId, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "The approval gate's merchant lock");
        return await db.Set<Merchant>().IgnoreQueryFilters()
            .Where(m => m.Id == merchantId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Version, m => m.Version), cancellationToken) == 1;
    }

    public Task<long> SumTowardDailyThresholdAsync(string currency, DateTime fromUtc, DateTime toUtc, Guid exceptOrderId, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("A merchant's daily total is read inside its tenant.");

        // The tenant named as well as filtered, so the index's first column serves the lookup.
        return db.Set<PayoutOrder>()
            .Where(o => o.TenantId == tenantId && o.Currency == currency && o.CreationTime >= fromUtc && o.CreationTime < toUtc && o.Id != exceptOrderId)
            .Where(o => o.AwaitingApproval
                        || (o.State != PayoutState.PendingSubmission && o.State != PayoutState.Cancelled && o.State != PayoutState.Failed))
            .SumAsync(o => o.AmountMinor, cancellationToken);
    }
}
