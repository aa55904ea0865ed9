using AggregatedPayments.Menus;

namespace AggregatedPayments.Channels;

public sealed class ChannelMenuDefinitionProvider : IMenuDefinitionProvider
{
    public void Define(ICollection<MenuItemDefinition> items)
    {
        items.Add(new MenuItemDefinition("Channels", "/channels", 100, ChannelPermissions.Default, "account_balance"));
        items.Add(new MenuItemDefinition("MyChannels", "/my-channels", 100, ChannelPermissions.MyChannels, "account_balance"));
    }
}
