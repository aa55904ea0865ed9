using AggregatedPayments.Http;

namespace AggregatedPayments.Settings;

public sealed class SettingsClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), ISettingsAppService
{
    private const string BasePath = "api/settings";

    public async Task<IReadOnlyList<SettingDto>> GetGlobalAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<List<SettingDto>>(BasePath + "/global", cancellationToken);

    public async Task<IReadOnlyList<SettingDto>> UpdateGlobalAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        await PutAsync<List<SettingDto>>(BasePath + "/global", input, cancellationToken);

    public async Task<IReadOnlyList<SettingDto>> GetTenantAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<List<SettingDto>>(BasePath + "/tenant", cancellationToken);

    public async Task<IReadOnlyList<SettingDto>> UpdateTenantAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        await PutAsync<List<SettingDto>>(BasePath + "/tenant", input, cancellationToken);

    public async Task<IReadOnlyList<SettingDto>> GetUserAsync(CancellationToken cancellationToken = default) =>
        await GetAsync<List<SettingDto>>(BasePath + "/user", cancellationToken);

    public async Task<IReadOnlyList<SettingDto>> UpdateUserAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default) =>
        await PutAsync<List<SettingDto>>(BasePath + "/user", input, cancellationToken);
}
