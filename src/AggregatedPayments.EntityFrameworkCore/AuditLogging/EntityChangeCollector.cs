using AggregatedPayments.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// Reads the change tracker just before a save (after the DbContext's own rules ran, so soft deletes
/// are already marks and versions already raised) and describes each changed audited entity once,
/// with its owned values folded in.
/// </summary>
internal static class EntityChangeCollector
{
    public static List<EntityChangeRecord> Collect(ChangeTracker changeTracker)
    {
        var pending = new Dictionary<(string Type, string Id), PendingChange>();
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            var path = OwnershipPath.Of(entry);
            if (!AuditedEntities.IsAudited(path.Root.ClrType))
            {
                continue;
            }

            var key = (path.Root.DisplayName(), path.EntityIdOf(entry));
            if (!pending.TryGetValue(key, out var change))
            {
                pending[key] = change = new PendingChange();
            }

            if (path.IsRoot)
            {
                change.RootState = entry.State;
                change.IsSoftDeleted = IsSoftDeleted(entry);
            }

            Record(entry, path, change);
        }

        return pending.Select(p => p.Value.ToRecord(p.Key.Type, p.Key.Id)).OfType<EntityChangeRecord>().ToList();
    }

    private static void Record(EntityEntry entry, OwnershipPath path, PendingChange change)
    {
        foreach (var property in entry.Properties)
        {
            var metadata = property.Metadata;

            // The key is the change's EntityId, and an owned row's keys repeat its owner's.
            if (metadata.IsPrimaryKey() || (!path.IsRoot && metadata.IsForeignKey()))
            {
                continue;
            }

            var name = path.Prefix + metadata.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    change.Get(name, IsRedacted(path, name, metadata)).SetNew(property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    change.Get(name, IsRedacted(path, name, metadata)).SetOld(property.OriginalValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    var modified = change.Get(name, IsRedacted(path, name, metadata));
                    modified.SetOld(property.OriginalValue);
                    modified.SetNew(property.CurrentValue);
                    break;
            }
        }
    }

    private static bool IsRedacted(OwnershipPath path, string name, IProperty property) =>
        path.IsRedacted || AuditRedaction.IsRedacted(name, (System.Reflection.MemberInfo?)property.PropertyInfo ?? property.FieldInfo);

    private static bool IsSoftDeleted(EntityEntry entry)
    {
        if (entry.State != EntityState.Modified || entry.Entity is not ISoftDelete)
        {
            return false;
        }

        var isDeleted = entry.Property(nameof(ISoftDelete.IsDeleted));
        return isDeleted.OriginalValue is false && isDeleted.CurrentValue is true;
    }

    private sealed class PendingChange
    {
        private readonly List<PropertyChange> _properties = [];
        private readonly Dictionary<string, PropertyChange> _byName = new(StringComparer.Ordinal);

        public EntityState? RootState { get; set; }

        public bool IsSoftDeleted { get; set; }

        public PropertyChange Get(string name, bool isRedacted)
        {
            if (!_byName.TryGetValue(name, out var change))
            {
                _byName[name] = change = new PropertyChange(name, isRedacted);
                _properties.Add(change);
            }

            return change;
        }

        public EntityChangeRecord? ToRecord(string entityType, string entityId)
        {
            var changed = _properties.Where(p => !p.IsUnchanged).ToList();
            var type = RootState switch
            {
                EntityState.Added => EntityChangeType.Created,
                EntityState.Deleted => EntityChangeType.Deleted,
                _ when IsSoftDeleted => EntityChangeType.Deleted,
                _ => EntityChangeType.Updated
            };
            if (changed.Count == 0 && type == EntityChangeType.Updated)
            {
                return null;
            }

            return new EntityChangeRecord(entityType, entityId, type, PropertyChangesJson.Write(changed));
        }
    }
}
