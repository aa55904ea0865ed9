using AggregatedPayments.Menus;

namespace AggregatedPayments.Notifications;

public sealed class NotificationMenuDefinitionProvider : IMenuDefinitionProvider
{
    public void Define(ICollection<MenuItemDefinition> items) =>
        items.Add(new MenuItemDefinition("Notifications", "/notifications", 240, NotificationPermissions.View, "notifications"));
}
