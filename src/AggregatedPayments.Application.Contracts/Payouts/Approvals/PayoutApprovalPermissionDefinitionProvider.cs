using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Payouts;

/// <summary>Merchant-side only: approving is the merchant's own second look, not something the platform grants itself.</summary>
public sealed class PayoutApprovalPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(PayoutApprovalPermissions.GroupName);
        var view = group.AddPermission(PayoutApprovalPermissions.View, MultiTenancySides.Tenant);
        view.AddChild(PayoutApprovalPermissions.Approve);
    }
}
