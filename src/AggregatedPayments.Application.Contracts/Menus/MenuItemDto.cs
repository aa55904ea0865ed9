namespace AggregatedPayments.Menus;

/// <summary>A menu item as the current user sees it: renamed, reordered and filtered.</summary>
public sealed record MenuItemDto(string Name, string DisplayName, string? Url, string? Icon, int Order, IReadOnlyList<MenuItemDto> Items);
