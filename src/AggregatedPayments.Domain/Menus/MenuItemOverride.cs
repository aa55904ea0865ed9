using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Menus;

/// <summary>An administrator's rename, reorder or hide of one menu item: the platform's (no tenant) or one merchant's.</summary>
[Audited]
public sealed class MenuItemOverride : Entity<Guid>, IMultiTenant
{
    private MenuItemOverride()
    {
    }

    public MenuItemOverride(Guid id, Guid? tenantId, string menuName)
    {
        Id = id;
        TenantId = tenantId;
        MenuName = menuName;
    }

    public Guid? TenantId { get; private set; }

    public string MenuName { get; private set; } = null!;

    public string? DisplayName { get; private set; }

    public int? Order { get; private set; }

    public bool IsHidden { get; private set; }

    public void Change(string? displayName, int? order, bool isHidden)
    {
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        Order = order;
        IsHidden = isHidden;
    }
}
