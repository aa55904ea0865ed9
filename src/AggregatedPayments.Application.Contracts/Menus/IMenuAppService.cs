namespace AggregatedPayments.Menus;

/// <summary>
/// Overrides made by the platform apply to everybody; a merchant's own overrides apply on top,
/// to that merchant's users only.
/// </summary>
public interface IMenuAppService
{
    Task<IReadOnlyList<MenuItemSettingsDto>> GetItemsAsync(CancellationToken cancellationToken = default);

    Task<MenuItemSettingsDto> UpdateItemAsync(string name, UpdateMenuItemDto input, CancellationToken cancellationToken = default);

    /// <summary>Back to the defined name, order and visibility at the caller's level.</summary>
    Task ResetItemAsync(string name, CancellationToken cancellationToken = default);
}
