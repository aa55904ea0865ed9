using AggregatedPayments.Http;

namespace AggregatedPayments.Menus;

public sealed class MenuClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IMenuAppService
{
    public Task<IReadOnlyList<MenuItemSettingsDto>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MenuItemSettingsDto>>("api/menus/items", cancellationToken);

    public Task<MenuItemSettingsDto> UpdateItemAsync(string name, UpdateMenuItemDto input, CancellationToken cancellationToken = default) =>
        PutAsync<MenuItemSettingsDto>($"api/menus/items/{Uri.EscapeDataString(name)}", input, cancellationToken);

    public Task ResetItemAsync(string name, CancellationToken cancellationToken = default) =>
        DeleteAsync($"api/menus/items/{Uri.EscapeDataString(name)}", cancellationToken);
}
