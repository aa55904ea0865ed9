namespace AggregatedPayments.AuditLogging;

/// <summary>
/// The audit facts of one DI scope (one request): the changes its DbContext saved, and which of them
/// a committed transaction made permanent. A change saved inside a transaction that never committed
/// is still reported, marked rolled back: the attempt is part of what happened.
/// </summary>
public sealed class AuditScope
{
    private readonly Lock _lock = new();
    private readonly List<(EntityChangeRecord Change, Guid? TransactionId)> _changes = [];
    private readonly HashSet<Guid> _committedTransactions = [];

    /// <summary>Changes saved; <paramref name="transactionId"/> is the explicit transaction they were saved in, if any.</summary>
    public void AddSaved(IEnumerable<EntityChangeRecord> changes, Guid? transactionId)
    {
        lock (_lock)
        {
            _changes.AddRange(changes.Select(c => (c, transactionId)));
        }
    }

    public void MarkCommitted(Guid transactionId)
    {
        lock (_lock)
        {
            _committedTransactions.Add(transactionId);
        }
    }

    public bool HasChanges
    {
        get
        {
            lock (_lock)
            {
                return _changes.Count > 0;
            }
        }
    }

    public IReadOnlyList<EntityChange> CreateEntityChanges()
    {
        lock (_lock)
        {
            return _changes
                .Select(c => new EntityChange(Guid.NewGuid(), c.Change, isRolledBack: c.TransactionId is { } id && !_committedTransactions.Contains(id)))
                .ToList();
        }
    }
}
