namespace AggregatedPayments.Menus;

/// <summary>
/// A portal menu item defined in code, shown only to users granted <see cref="RequiredPermission"/>.
/// Items name their parent, so a feature can hang its items under another feature's group.
/// </summary>
public sealed record MenuItemDefinition(
    string Name,
    string? Url,
    int Order,
    string? RequiredPermission = null,
    string? Icon = null,
    string? ParentName = null)
{
    public string DisplayNameKey => "Menu:" + Name;
}
