using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Menus;

public sealed class MenuPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(MenuPermissions.GroupName).AddPermission(MenuPermissions.Manage, MultiTenancySides.Both);
}
