using AggregatedPayments.Account;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;

namespace AggregatedPayments.Menus;

public sealed class FoundationMenuDefinitionProvider : IMenuDefinitionProvider
{
    public void Define(ICollection<MenuItemDefinition> items)
    {
        items.Add(new MenuItemDefinition(MenuNames.Dashboard, "/", 0, AccountPermissions.Profile, "dashboard"));
        items.Add(new MenuItemDefinition(MenuNames.Administration, null, 900, Icon: "settings"));
        items.Add(new MenuItemDefinition("Administration.Merchants", "/merchants", 10, MerchantPermissions.Default, "store", MenuNames.Administration));
        items.Add(new MenuItemDefinition(MenuNames.Identity, null, 20, Icon: "people", ParentName: MenuNames.Administration));
        items.Add(new MenuItemDefinition("Administration.Identity.Users", "/identity/users", 10, IdentityPermissions.Users.Default, ParentName: MenuNames.Identity));
        items.Add(new MenuItemDefinition("Administration.Identity.Roles", "/identity/roles", 20, IdentityPermissions.Roles.Default, ParentName: MenuNames.Identity));
        items.Add(new MenuItemDefinition("Administration.Menus", "/menus", 90, MenuPermissions.Manage, "menu", MenuNames.Administration));
    }
}
