using System.Globalization;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Localization;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Settings;

public sealed class SettingsAppService(
    SettingDefinitionManager definitions,
    ISettingProvider settingProvider,
    SettingManager settingManager,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : ISettingsAppService
{
    public Task<IReadOnlyList<SettingDto>> GetGlobalAsync(CancellationToken cancellationToken = default) =>
        ListAsync(SettingLevels.Global, cancellationToken);

    public async Task<IReadOnlyList<SettingDto>> UpdateGlobalAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(SettingOwner.Global, input, cancellationToken);
        return await ListAsync(SettingLevels.Global, cancellationToken);
    }

    public Task<IReadOnlyList<SettingDto>> GetTenantAsync(CancellationToken cancellationToken = default)
    {
        RequireTenant();
        return ListAsync(SettingLevels.Tenant, cancellationToken);
    }

    public async Task<IReadOnlyList<SettingDto>> UpdateTenantAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(SettingOwner.ForTenant(RequireTenant()), input, cancellationToken);
        return await ListAsync(SettingLevels.Tenant, cancellationToken);
    }

    public Task<IReadOnlyList<SettingDto>> GetUserAsync(CancellationToken cancellationToken = default)
    {
        RequireUser();
        return ListAsync(SettingLevels.User, cancellationToken);
    }

    public async Task<IReadOnlyList<SettingDto>> UpdateUserAsync(UpdateSettingsDto input, CancellationToken cancellationToken = default)
    {
        await UpdateAsync(SettingOwner.ForUser(currentUser.TenantId, RequireUser()), input, cancellationToken);
        return await ListAsync(SettingLevels.User, cancellationToken);
    }

    private Guid RequireTenant() =>
        currentTenant.Id ?? throw new ForbiddenException(details: "Merchant settings belong to one merchant; none is current.");

    private Guid RequireUser() => currentUser.Id ?? throw new UnauthorizedException();

    private async Task<IReadOnlyList<SettingDto>> ListAsync(SettingLevels level, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        var result = new List<SettingDto>();
        foreach (var definition in definitions.All.Where(d => d.Levels.HasFlag(level)).OrderBy(d => d.Name, StringComparer.Ordinal))
        {
            var resolved = await settingProvider.ResolveAsync(definition.Name, level, cancellationToken);
            result.Add(new SettingDto(
                definition.Name,
                TextLocalizer.Instance.Get(definition.DisplayNameKey, culture),
                definition.IsEncrypted ? SensitiveValueMasker.MaskSecret(resolved.Value) : resolved.Value,
                resolved.Source,
                definition.IsEncrypted,
                definition.IsVisibleToClients));
        }

        return result;
    }

    private async Task UpdateAsync(SettingOwner owner, UpdateSettingsDto input, CancellationToken cancellationToken)
    {
        var duplicate = input.Settings.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidInputException(nameof(UpdateSettingsDto.Settings), $"The setting '{duplicate.Key}' is listed more than once.");
        }

        // A form sends back the mask it was shown for a secret it did not touch.
        var changes = input.Settings
            .Where(s => !(s.Value == SensitiveValueMasker.SecretMask && definitions.GetOrNull(s.Name)?.IsEncrypted == true))
            .ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);
        if (changes.Count > 0)
        {
            await settingManager.SetAsync(owner, changes, cancellationToken);
        }
    }
}
