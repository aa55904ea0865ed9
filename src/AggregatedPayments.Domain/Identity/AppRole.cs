using AggregatedPayments.AuditLogging;
using AggregatedPayments.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.Identity;

/// <summary>A role of the platform or of one merchant; names are unique per tenant.</summary>
[Audited]
public sealed class AppRole : IdentityRole<Guid>, IMultiTenant
{
    private AppRole()
    {
    }

    public AppRole(Guid id, Guid? tenantId, string name, bool isStatic = false)
        : base(name)
    {
        Id = id;
        TenantId = tenantId;
        IsStatic = isStatic;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>The seeded admin role: it cannot be deleted or renamed.</summary>
    public bool IsStatic { get; private set; }
}
