namespace AggregatedPayments.Menus;

/// <summary>A menu item as an administrator edits it: the code's defaults and the stored override, if any.</summary>
public sealed record MenuItemSettingsDto(
    string Name,
    string? ParentName,
    string DefaultDisplayName,
    int DefaultOrder,
    string? RequiredPermission,
    string? DisplayName,
    int? Order,
    bool IsHidden);
