using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Menus;

[Route("api/menus")]
public sealed class MenuController(IMenuAppService menus) : AggregatedPaymentsController, IMenuAppService
{
    [HttpGet("items")]
    [Authorize(MenuPermissions.Manage)]
    public Task<IReadOnlyList<MenuItemSettingsDto>> GetItemsAsync(CancellationToken cancellationToken = default) =>
        menus.GetItemsAsync(cancellationToken);

    [HttpPut("items/{name}")]
    [Authorize(MenuPermissions.Manage)]
    public Task<MenuItemSettingsDto> UpdateItemAsync(string name, UpdateMenuItemDto input, CancellationToken cancellationToken = default) =>
        menus.UpdateItemAsync(name, input, cancellationToken);

    [HttpDelete("items/{name}")]
    [Authorize(MenuPermissions.Manage)]
    public Task ResetItemAsync(string name, CancellationToken cancellationToken = default) =>
        menus.ResetItemAsync(name, cancellationToken);
}
