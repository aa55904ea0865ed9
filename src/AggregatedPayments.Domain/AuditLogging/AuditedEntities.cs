using Microsoft.AspNetCore.Identity;

namespace AggregatedPayments.AuditLogging;

/// <summary>Which entity types have their changes audited: the configuration entities.</summary>
public static class AuditedEntities
{
    // Identity's membership row cannot carry our attribute, yet adding a user to a role changes its rights.
    private static readonly HashSet<Type> FrameworkTypes = [typeof(IdentityUserRole<Guid>)];

    public static bool IsAudited(Type type) =>
        !type.IsDefined(typeof(DisableAuditingAttribute), true)
        && (type.IsDefined(typeof(AuditedAttribute), true) || FrameworkTypes.Contains(type));
}
