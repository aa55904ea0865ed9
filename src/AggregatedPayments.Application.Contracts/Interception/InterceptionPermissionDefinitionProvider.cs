using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Interception;

/// <summary>Rules guard the whole platform, so only platform administrators see or change them.</summary>
public sealed class InterceptionPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(InterceptionPermissions.GroupName);
        group.AddPermission(InterceptionPermissions.Default, MultiTenancySides.Host)
            .AddChild(InterceptionPermissions.Manage);
    }
}
