using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Ledger;

/// <summary>
/// Inserts one row at once through <see cref="BulkInsert"/>: one INSERT built from the model's own mapping (column names, type
/// mappings and converters, so values land exactly as EF Core writes them), without the change
/// tracker: the caller's pending changes stay pending, and a unique-key clash fails only this
/// statement, leaving the caller's transaction usable. Like every set-based write it checks the tenant itself.
/// </summary>
internal static class DirectInsert
{
    public static Task InsertAsync<TEntity>(AggregatedPaymentsDbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class =>
        BulkInsert.InsertAsync(db, [entity], cancellationToken);

    /// <summary>False when a unique key already holds the row's values; nothing was written then.</summary>
    public static async Task<bool> TryInsertAsync<TEntity>(AggregatedPaymentsDbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        try
        {
            await InsertAsync(db, entity, cancellationToken);
            return true;
        }
        catch (ConflictException conflict) when (conflict.Code == ErrorCodes.DuplicateKey)
        {
            return false;
        }
    }
}
