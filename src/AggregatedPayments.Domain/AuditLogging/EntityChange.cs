using AggregatedPayments.Entities;

namespace AggregatedPayments.AuditLogging;

/// <summary>A change to one audited entity, recorded with the request that made it.</summary>
public sealed class EntityChange : Entity<Guid>
{
    private EntityChange()
    {
    }

    internal EntityChange(Guid id, EntityChangeRecord change, bool isRolledBack)
    {
        Id = id;
        EntityType = change.EntityType;
        EntityId = change.EntityId;
        ChangeType = change.ChangeType;
        PropertyChanges = change.PropertyChanges;
        IsRolledBack = isRolledBack;
    }

    public string EntityType { get; private set; } = null!;

    /// <summary>The key as text; a composite key is its parts joined by commas.</summary>
    public string EntityId { get; private set; } = null!;

    public EntityChangeType ChangeType { get; private set; }

    /// <summary>JSON: <c>[{"property":"Name","old":"A","new":"B"}, …]</c>; sensitive values are "***".</summary>
    public string PropertyChanges { get; private set; } = null!;

    /// <summary>Saved inside a transaction that did not commit: the change was attempted, not kept.</summary>
    public bool IsRolledBack { get; private set; }
}
