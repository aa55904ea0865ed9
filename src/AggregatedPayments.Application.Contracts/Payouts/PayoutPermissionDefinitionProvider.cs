using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Merchant-side rights. Both sides, because a platform user reaches a merchant's payouts only by acting
/// inside it (the tenant header, itself a right and audited); the app service refuses the platform's own side.
/// </summary>
public sealed class PayoutPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(PayoutPermissions.GroupName);
        var view = group.AddPermission(PayoutPermissions.View, MultiTenancySides.Both);
        view.AddChild(PayoutPermissions.Create);
        view.AddChild(PayoutPermissions.Manage);
        view.AddChild(PayoutPermissions.ResolveReview);
    }
}
