using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Identity;

/// <summary>A user of the platform (TenantId null) or of one merchant; names are unique per tenant.</summary>
[Audited]
public sealed class AppUser : IdentityUser<Guid>, IMultiTenant, IHasCreationTime
{
    private AppUser()
    {
    }

    public AppUser(Guid id, Guid? tenantId, string userName, string? email = null)
    {
        Id = id;
        TenantId = tenantId;
        UserName = userName;
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
        IsActive = true;
    }

    public Guid? TenantId { get; private set; }

    public string? Name { get; set; }

    /// <summary>A suspended user cannot sign in, and its live tokens stop working at once (the stamp changes).</summary>
    public bool IsActive { get; private set; }

    public DateTime CreationTime { get; private set; }

    public void SetActive(bool isActive) => IsActive = isActive;
}
