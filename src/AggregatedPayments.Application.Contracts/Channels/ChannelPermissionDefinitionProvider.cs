using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Channels;

public sealed class ChannelPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var channels = context.AddGroup(ChannelPermissions.GroupName).AddPermission(ChannelPermissions.Default, MultiTenancySides.Host);
        channels.AddChild(ChannelPermissions.Create);
        channels.AddChild(ChannelPermissions.Update);
        channels.AddChild(ChannelPermissions.OpenClose);
        channels.AddChild(ChannelPermissions.Delete);
    }
}
