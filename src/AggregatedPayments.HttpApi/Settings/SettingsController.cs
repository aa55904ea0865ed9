using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Settings;

[Route("api/settings")]
public sealed class SettingsController(ISettingsAppService settings) : AggregatedPaymentsController, ISettingsAppService
{
    [HttpGet("global")]
    [Authorize(SettingsPermissions.Global)]
    public Task<IReadOnlyList<SettingDto>> GetGlobalAsync(CancellationToken cancellationToken = default) =>
        settings.GetGlobalAsync(cancellationToken);

    [HttpPut("global")]
    [Authorize(SettingsPermissions.GlobalUpdate)]
    public Task<IReadOnlyList<SettingDto>> UpdateGlobalAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        settings.UpdateGlobalAsync(input, cancellationToken);

    [HttpGet("tenant")]
    [Authorize(SettingsPermissions.Tenant)]
    public Task<IReadOnlyList<SettingDto>> GetTenantAsync(CancellationToken cancellationToken = default) =>
        settings.GetTenantAsync(cancellationToken);

    [HttpPut("tenant")]
    [Authorize(SettingsPermissions.TenantUpdate)]
    public Task<IReadOnlyList<SettingDto>> UpdateTenantAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        settings.UpdateTenantAsync(input, cancellationToken);

    [HttpGet("user")]
    [Authorize(SettingsPermissions.User)]
    public Task<IReadOnlyList<SettingDto>> GetUserAsync(CancellationToken cancellationToken = default) =>
        settings.GetUserAsync(cancellationToken);

    [HttpPut("user")]
    [Authorize(SettingsPermissions.User)]
    public Task<IReadOnlyList<SettingDto>> UpdateUserAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        settings.UpdateUserAsync(input, cancellationToken);
}
