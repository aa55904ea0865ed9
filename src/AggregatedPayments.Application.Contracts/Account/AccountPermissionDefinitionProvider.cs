using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Account;

public sealed class AccountPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) =>
        context.AddGroup(AccountPermissions.GroupName).AddPermission(AccountPermissions.Profile, MultiTenancySides.Both);
}
