using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Channels;

public sealed class ChannelPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(ChannelPermissions.GroupName);
        var channels = group.AddPermission(ChannelPermissions.Default, MultiTenancySides.Host);
        channels.AddChild(ChannelPermissions.Create);
        channels.AddChild(ChannelPermissions.Update);
        channels.AddChild(ChannelPermissions.OpenClose);
        channels.AddChild(ChannelPermissions.Delete);
        channels.AddChild(ChannelPermissions.OpenToMerchants);
        group.AddPermission(ChannelPermissions.MyChannels, MultiTenancySides.Tenant);
    }
}
