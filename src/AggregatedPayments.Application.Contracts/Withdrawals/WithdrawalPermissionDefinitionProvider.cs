using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Withdrawals;

/// <summary>Merchant-side only: a merchant withdraws its own balance to its own card.</summary>
public sealed class WithdrawalPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(WithdrawalPermissions.GroupName);
        var view = group.AddPermission(WithdrawalPermissions.View, MultiTenancySides.Tenant);
        view.AddChild(WithdrawalPermissions.ManageCard);
        view.AddChild(WithdrawalPermissions.ConfirmCard);
        view.AddChild(WithdrawalPermissions.Create);
    }
}
