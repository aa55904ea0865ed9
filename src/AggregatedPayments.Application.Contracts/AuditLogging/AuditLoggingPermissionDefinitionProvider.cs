using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.AuditLogging;

/// <summary>Both sides: a platform administrator searches every merchant's rows, a merchant administrator its own.</summary>
public sealed class AuditLoggingPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(AuditLoggingPermissions.GroupName).AddPermission(AuditLoggingPermissions.Default, MultiTenancySides.Both);
}
