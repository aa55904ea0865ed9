namespace AggregatedPayments.Settings;

/// <summary>
/// Settings at the three levels: the platform's (host administrators), the current merchant's (merchant
/// administrators) and the caller's own parameters (every user). Each list holds the settings definable
/// at that level with their effective values as seen from it.
/// </summary>
public interface ISettingsAppService
{
    Task<IReadOnlyList<SettingDto>> GetGlobalAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SettingDto>> UpdateGlobalAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SettingDto>> GetTenantAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SettingDto>> UpdateTenantAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SettingDto>> GetUserAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SettingDto>> UpdateUserAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default);
}
