using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Routing;

/// <summary>
/// One conditional UPDATE per charge or release. The day's row is made by a plain INSERT before the first charge
/// of the day, never after an UPDATE that found nothing: on InnoDB that UPDATE would leave a gap lock, and two
/// racing first charges would deadlock on their inserts; racing inserts only queue on the new row's lock and the
/// loser sees the duplicate key. On InnoDB the UPDATE reads the committed row under its lock, on SQLite the
/// writer lock serialises: concurrent charges never pass the limit together.
/// </summary>
internal sealed class EfDailyUsageStore(AggregatedPaymentsDbContext db, ICurrentTenant currentTenant, TimeProvider clock) : IDailyUsageStore
{
    // Rows this scope has seen exist: the steady state is one UPDATE per charge.
    private readonly HashSet<(Guid, DateTime)> _made = [];

    public async Task<IReadOnlyDictionary<Guid, long>> LoadAsync(IReadOnlyCollection<Guid> merchantChannelIds, DateTime dayStartUtc, CancellationToken cancellationToken) =>
        await db.Set<MerchantChannelDailyUsage>().AsNoTracking()
            .Where(u => merchantChannelIds.Contains(u.MerchantChannelId) && u.DayStartUtc == dayStartUtc)
            .ToDictionaryAsync(u => u.MerchantChannelId, u => u.UsedMinor, cancellationToken);

    public async Task<bool> TryChargeAsync(Guid merchantChannelId, DateTime dayStartUtc, long amountMinor, long? limitMinor, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "Charging a daily limit");
        if (!_made.Contains((merchantChannelId, dayStartUtc)))
        {
            await MakeAsync(merchantChannelId, dayStartUtc, cancellationToken);
        }

        if (await ChargeAsync(merchantChannelId, dayStartUtc, amountMinor, limitMinor, cancellationToken))
        {
            return true;
        }

        // Refused, unless a rolled-back savepoint took this scope's new row with it: then make it again.
        return await MakeAsync(merchantChannelId, dayStartUtc, cancellationToken)
               && await ChargeAsync(merchantChannelId, dayStartUtc, amountMinor, limitMinor, cancellationToken);
    }

    public async Task ReleaseAsync(Guid merchantChannelId, DateTime dayStartUtc, long amountMinor, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "Releasing a daily limit");
        await Day(merchantChannelId, dayStartUtc).Where(u => u.UsedMinor >= amountMinor)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.UsedMinor, u => u.UsedMinor - amountMinor), cancellationToken);
    }

    /// <returns>True when the row was missing (now made, by this scope or a racing one); false when it existed.</returns>
    private async Task<bool> MakeAsync(Guid merchantChannelId, DateTime dayStartUtc, CancellationToken cancellationToken)
    {
        var missing = !await Day(merchantChannelId, dayStartUtc).AnyAsync(cancellationToken);
        if (missing)
        {
            var tenantId = currentTenant.Id ?? throw new InvalidOperationException("A daily usage belongs to a merchant: act inside its tenant.");
            await DirectInsert.TryInsertAsync(db, new MerchantChannelDailyUsage(Guid.NewGuid(), tenantId, merchantChannelId, dayStartUtc, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }

        _made.Add((merchantChannelId, dayStartUtc));
        return missing;
    }

    private async Task<bool> ChargeAsync(Guid merchantChannelId, DateTime dayStartUtc, long amountMinor, long? limitMinor, CancellationToken cancellationToken)
    {
        var day = Day(merchantChannelId, dayStartUtc);
        if (limitMinor is { } limit)
        {
            day = day.Where(u => u.UsedMinor + amountMinor <= limit);
        }

        return await day.ExecuteUpdateAsync(s => s.SetProperty(u => u.UsedMinor, u => u.UsedMinor + amountMinor), cancellationToken) == 1;
    }

    private IQueryable<MerchantChannelDailyUsage> Day(Guid merchantChannelId, DateTime dayStartUtc) =>
        db.Set<MerchantChannelDailyUsage>().Where(u => u.MerchantChannelId == merchantChannelId && u.DayStartUtc == dayStartUtc);
}
