using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Merchants;

public sealed class MerchantPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(MerchantPermissions.GroupName);
        var merchants = group.AddPermission(MerchantPermissions.Default, MultiTenancySides.Host);
        merchants.AddChild(MerchantPermissions.Create);
        merchants.AddChild(MerchantPermissions.Update);
        merchants.AddChild(MerchantPermissions.Suspend);
        merchants.AddChild(MerchantPermissions.Delete);
        merchants.AddChild(MerchantPermissions.ActInside);
        merchants.AddChild(MerchantPermissions.Parameters);
        merchants.AddChild(MerchantPermissions.ApiCredentials);

        var myMerchant = group.AddPermission(MerchantPermissions.MyMerchant, MultiTenancySides.Tenant);
        myMerchant.AddChild(MerchantPermissions.MyMerchantParameters);
        myMerchant.AddChild(MerchantPermissions.MyMerchantApiCredentials);
    }
}
