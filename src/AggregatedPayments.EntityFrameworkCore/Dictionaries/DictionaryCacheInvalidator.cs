using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// Evicts the dictionary cache whenever a save writes a dictionary, an item or an error entry, whoever
/// saves (application service, seeding, a later feature). Evicts after the save and again when an
/// enclosing transaction ends, so that no reader caches the old rows in between.
/// </summary>
internal sealed class DictionaryCacheInvalidator(DictionaryCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly Type[] DictionaryTypes = [typeof(ServiceDictionary), typeof(DictionaryItem), typeof(ErrorDictionaryEntry)];

    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && WritesDictionaries(context))
        {
            _pending.AddOrUpdate(context, this);
        }

        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, keepUntilTransactionEnds: true);
        return ValueTask.FromResult(result);
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, keepUntilTransactionEnds: true);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Settle(eventData.Context, keepUntilTransactionEnds: false);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Settle(eventData.Context, keepUntilTransactionEnds: false);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, keepUntilTransactionEnds: false);
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Settle(eventData.Context, keepUntilTransactionEnds: false);
        return Task.CompletedTask;
    }

    private static bool WritesDictionaries(DbContext context) =>
        context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && DictionaryTypes.Contains(e.Metadata.ClrType));

    private void Settle(DbContext? context, bool keepUntilTransactionEnds)
    {
        if (context is null || !_pending.TryGetValue(context, out _))
        {
            return;
        }

        cache.EvictAll();
        if (!keepUntilTransactionEnds || context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }
    }
}
