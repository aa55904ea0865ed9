using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Settings;

public sealed class SettingsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(SettingsPermissions.GroupName);
        group.AddPermission(SettingsPermissions.Global, MultiTenancySides.Host).AddChild(SettingsPermissions.GlobalUpdate);
        group.AddPermission(SettingsPermissions.Tenant, MultiTenancySides.Tenant).AddChild(SettingsPermissions.TenantUpdate);
        group.AddPermission(SettingsPermissions.User, MultiTenancySides.Both);
    }
}
