using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Merchants;

public sealed class MerchantPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var merchants = context.AddGroup(MerchantPermissions.GroupName)
            .AddPermission(MerchantPermissions.Default, MultiTenancySides.Host);
        merchants.AddChild(MerchantPermissions.Create);
        merchants.AddChild(MerchantPermissions.Update);
        merchants.AddChild(MerchantPermissions.Suspend);
        merchants.AddChild(MerchantPermissions.Delete);
        merchants.AddChild(MerchantPermissions.ActInside);
    }
}
