using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Merchant-side rights. Both sides, as for payouts: a platform user reaches a merchant's payroll only by
/// acting inside it; the app services refuse the platform's own side.
/// </summary>
public sealed class PayrollPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(PayrollPermissions.GroupName);
        var view = group.AddPermission(PayrollPermissions.View, MultiTenancySides.Both);
        view.AddChild(PayrollPermissions.Create);
        view.AddChild(PayrollPermissions.Upload);
        view.AddChild(PayrollPermissions.Pull);
        view.AddChild(PayrollPermissions.ManageDataSources);
        view.AddChild(PayrollPermissions.Submit);
        view.AddChild(PayrollPermissions.Discard);
    }
}
