using AggregatedPayments.Menus;

namespace AggregatedPayments.Interception;

public sealed class InterceptionMenuDefinitionProvider : IMenuDefinitionProvider
{
    public const string MenuName = "AggregatedPayments.Interception";

    public void Define(ICollection<MenuItemDefinition> rootItems) =>
        rootItems.Add(new MenuItemDefinition(MenuName, "/interception-rules", 910, InterceptionPermissions.Default, "filter"));
}
