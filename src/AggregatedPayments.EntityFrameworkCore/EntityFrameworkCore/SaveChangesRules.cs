using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>
/// What every save enforces: rows are stamped with and confined to the current tenant, creation
/// times come from the clock, versions rise on each update, and deletes of soft-deletable rows become marks.
/// </summary>
internal sealed class SaveChangesRules(DbContextDependencies dependencies)
{
    public void Apply(ChangeTracker changeTracker)
    {
        var utcNow = dependencies.Clock.GetUtcNow().UtcDateTime;
        foreach (var entry in changeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    StampTenant(entry);
                    StampCreationTime(entry, utcNow);
                    break;
                case EntityState.Modified:
                    GuardTenant(entry);
                    RaiseVersion(entry);
                    break;
                case EntityState.Deleted:
                    GuardTenant(entry);
                    if (entry.Entity is ISoftDelete softDelete)
                    {
                        entry.State = EntityState.Modified;
                        softDelete.MarkDeleted(utcNow);
                        RaiseVersion(entry);
                    }

                    break;
            }
        }
    }

    private void StampTenant(EntityEntry entry)
    {
        if (entry.Entity is not IMultiTenant multiTenant)
        {
            return;
        }

        var current = dependencies.CurrentTenant.Id;
        if (multiTenant.TenantId is null && current is not null)
        {
            entry.Property(nameof(IMultiTenant.TenantId)).CurrentValue = current;
            return;
        }

        GuardTenant(entry);
    }

    private void GuardTenant(EntityEntry entry)
    {
        if (entry.Entity is not IMultiTenant multiTenant || !dependencies.DataFilter.IsMultiTenantFilterEnabled)
        {
            return;
        }

        var tenantProperty = entry.Property(nameof(IMultiTenant.TenantId));
        var changedOwner = entry.State == EntityState.Modified && !Equals(tenantProperty.OriginalValue, tenantProperty.CurrentValue);
        if (changedOwner || multiTenant.TenantId != dependencies.CurrentTenant.Id)
        {
            throw new ForbiddenException(ErrorCodes.CrossTenantWrite, entry.Metadata.ClrType.Name);
        }
    }

    private static void StampCreationTime(EntityEntry entry, DateTime utcNow)
    {
        if (entry.Entity is IHasCreationTime { CreationTime: var time } && time == default)
        {
            entry.Property(nameof(IHasCreationTime.CreationTime)).CurrentValue = utcNow;
        }
    }

    private static void RaiseVersion(EntityEntry entry)
    {
        if (entry.Entity is not IHasVersion)
        {
            return;
        }

        var version = entry.Property(nameof(IHasVersion.Version));
        var current = (int)version.CurrentValue!;
        version.OriginalValue = current;
        version.CurrentValue = current + 1;
    }
}
