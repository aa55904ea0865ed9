using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Permissions;

/// <summary>
/// A permission given to a role, or given to or taken from one user. A user's prohibition
/// (<see cref="IsProhibition"/>) beats every grant its roles carry.
/// </summary>
[Audited]
public sealed class PermissionGrant : Entity<Guid>, IMultiTenant
{
    private PermissionGrant()
    {
    }

    private PermissionGrant(Guid? tenantId, PermissionGrantee grantee, Guid granteeId, string name, bool isProhibition)
    {
        Id = Guid.NewGuid();
        TenantId = tenantId;
        Grantee = grantee;
        GranteeId = granteeId;
        Name = name;
        IsProhibition = isProhibition;
    }

    public Guid? TenantId { get; private set; }

    public PermissionGrantee Grantee { get; private set; }

    public Guid GranteeId { get; private set; }

    public string Name { get; private set; } = null!;

    public bool IsProhibition { get; private set; }

    public static PermissionGrant ForRole(Guid? tenantId, Guid roleId, string name) =>
        new(tenantId, PermissionGrantee.Role, roleId, name, isProhibition: false);

    public static PermissionGrant ForUser(Guid? tenantId, Guid userId, string name, bool isProhibition) =>
        new(tenantId, PermissionGrantee.User, userId, name, isProhibition);
}
