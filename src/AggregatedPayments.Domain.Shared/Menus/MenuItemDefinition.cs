namespace AggregatedPayments.Menus;

/// <summary>A portal menu item defined in code; shown only to users granted its permission.</summary>
public sealed class MenuItemDefinition(string name, string? url, int order, string? requiredPermission = null, string? icon = null)
{
    private readonly List<MenuItemDefinition> _items = [];

    public string Name { get; } = name;

    public string DisplayNameKey => "Menu:" + Name;

    public string? Url { get; } = url;

    public int Order { get; } = order;

    public string? RequiredPermission { get; } = requiredPermission;

    public string? Icon { get; } = icon;

    public IReadOnlyList<MenuItemDefinition> Items => _items;

    public MenuItemDefinition AddItem(MenuItemDefinition item)
    {
        _items.Add(item);
        return this;
    }
}
