using AggregatedPayments.EntityFrameworkCore;

namespace AggregatedPayments.Ledger;

internal static class TransactionGuard
{
    /// <summary>
    /// Money moves in several statements that must commit together with the caller's own (the order's
    /// transition, the outbox row); outside a transaction they would commit one by one, so refuse.
    /// </summary>
    public static void Require(AggregatedPaymentsDbContext db, string operation)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException($"{operation} must run inside the caller's transaction (IUnitOfWork.BeginTransactionAsync).");
        }
    }
}
