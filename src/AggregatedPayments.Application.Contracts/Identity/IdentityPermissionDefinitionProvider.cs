using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Identity;

/// <summary>Both sides manage their own users and roles: the platform its operators, a merchant its clerks.</summary>
public sealed class IdentityPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(IdentityPermissions.GroupName);

        var users = group.AddPermission(IdentityPermissions.Users.Default, MultiTenancySides.Both);
        users.AddChild(IdentityPermissions.Users.Create);
        users.AddChild(IdentityPermissions.Users.Update);
        users.AddChild(IdentityPermissions.Users.Delete);
        users.AddChild(IdentityPermissions.Users.ManagePermissions);

        var roles = group.AddPermission(IdentityPermissions.Roles.Default, MultiTenancySides.Both);
        roles.AddChild(IdentityPermissions.Roles.Create);
        roles.AddChild(IdentityPermissions.Roles.Update);
        roles.AddChild(IdentityPermissions.Roles.Delete);
        roles.AddChild(IdentityPermissions.Roles.ManagePermissions);
    }
}
