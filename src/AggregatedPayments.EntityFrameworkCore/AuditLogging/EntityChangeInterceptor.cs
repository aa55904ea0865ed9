using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// Hands each save's changes to audited entities to the request's <see cref="AuditScope"/> once the
/// save succeeded, and tells it which explicit transactions committed. Scoped: one per DbContext's
/// scope, like the scope it writes to.
/// </summary>
internal sealed class EntityChangeInterceptor(AuditScope auditScope) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private List<EntityChangeRecord>? _pending;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Publish(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Publish(eventData);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = null;

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        auditScope.MarkCommitted(eventData.TransactionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        auditScope.MarkCommitted(eventData.TransactionId);
        return Task.CompletedTask;
    }

    private void Collect(DbContextEventData eventData) =>
        _pending = eventData.Context is null ? null : EntityChangeCollector.Collect(eventData.Context.ChangeTracker);

    private void Publish(SaveChangesCompletedEventData eventData)
    {
        if (_pending is { Count: > 0 } && eventData.Context is not null)
        {
            // Outside an explicit transaction the save committed on its own.
            auditScope.AddSaved(_pending, eventData.Context.Database.CurrentTransaction?.TransactionId);
        }

        _pending = null;
    }
}
