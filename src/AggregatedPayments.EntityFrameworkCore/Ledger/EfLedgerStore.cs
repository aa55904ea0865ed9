using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Ledger;

/// <summary>
/// The posting row goes in first, so the unique (source, event) key turns a repeat away before any
/// balance moves; then one conditional UPDATE of the balance row moves the amount, or changes nothing
/// and the posting is taken back. On InnoDB the UPDATE reads the committed row under its lock, on
/// SQLite the writer lock serialises: either way concurrent holds can never overdraw Available.
/// </summary>
internal sealed class EfLedgerStore(AggregatedPaymentsDbContext db, TimeProvider clock) : ILedgerStore
{
    public Task<LedgerBalance?> FindBalanceAsync(LedgerAccountKey key, CancellationToken cancellationToken) =>
        Balance(key).AsNoTracking().FirstOrDefaultAsync(cancellationToken);

    public async Task EnsureBalanceAsync(LedgerAccountKey key, CancellationToken cancellationToken)
    {
        if (!await Balance(key).AnyAsync(cancellationToken))
        {
            await DirectInsert.TryInsertAsync(db, new LedgerBalance(Guid.NewGuid(), key, clock.GetUtcNow().UtcDateTime), cancellationToken);
        }
    }

    public async Task<LedgerBalance?> LockBalanceAsync(LedgerAccountKey key, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "Locking a ledger balance");

        // A real change (not a no-op), so that InnoDB's snapshot reads in this transaction see the row as now committed.
        var locked = await Balance(key).ExecuteUpdateAsync(s => s.SetProperty(b => b.Version, b => b.Version + 1), cancellationToken);
        return locked == 1 ? await FindBalanceAsync(key, cancellationToken) : null;
    }

    public async Task<LedgerPostOutcome> PostAsync(LedgerPosting posting, long? expectedAvailable, CancellationToken cancellationToken)
    {
        TransactionGuard.Require(db, "A ledger posting");
        if (!await DirectInsert.TryInsertAsync(db, posting, cancellationToken))
        {
            return LedgerPostOutcome.AlreadyPosted;
        }

        var debit = LedgerBalance.PropertyOf(posting.DebitAccount);
        var credit = LedgerBalance.PropertyOf(posting.CreditAccount);
        var amount = posting.AmountMinor;
        var balance = Balance(posting.Key);
        if (posting.CreditAccount != LedgerAccount.Adjustments)
        {
            balance = balance.Where(b => EF.Property<long>(b, credit) >= amount);
        }

        if (expectedAvailable is { } available)
        {
            balance = balance.Where(b => b.Available == available);
        }

        var moved = await balance.ExecuteUpdateAsync(s => s
            .SetProperty(b => EF.Property<long>(b, debit), b => EF.Property<long>(b, debit) + amount)
            .SetProperty(b => EF.Property<long>(b, credit), b => EF.Property<long>(b, credit) - amount)
            .SetProperty(b => b.Version, b => b.Version + 1), cancellationToken);
        if (moved == 1)
        {
            return LedgerPostOutcome.Posted;
        }

        await db.Set<LedgerPosting>().Where(p => p.Id == posting.Id).ExecuteDeleteAsync(cancellationToken);
        return LedgerPostOutcome.NotCovered;
    }

    private IQueryable<LedgerBalance> Balance(LedgerAccountKey key) =>
        db.Set<LedgerBalance>().Where(b => b.TenantId == key.TenantId && b.MerchantChannelId == key.MerchantChannelId && b.Currency == key.Currency);
}
