using AggregatedPayments.Menus;

namespace AggregatedPayments.Dictionaries;

/// <summary>The portal's dictionary pages; each item shows only to users who may read what it lists.</summary>
public sealed class DictionariesMenuDefinitionProvider : IMenuDefinitionProvider
{
    public void Define(ICollection<MenuItemDefinition> items)
    {
        items.Add(new MenuItemDefinition(DictionariesMenus.Root, null, 50, Icon: "book", ParentName: MenuNames.Administration));
        items.Add(new MenuItemDefinition(
            DictionariesMenus.ServiceDictionaries, "/dictionaries", 10, DictionariesPermissions.Dictionaries.Default, "list", DictionariesMenus.Root));
        items.Add(new MenuItemDefinition(
            DictionariesMenus.ErrorDictionary, "/error-dictionary", 20, DictionariesPermissions.ErrorDictionary.Default, "warning", DictionariesMenus.Root));
    }
}
