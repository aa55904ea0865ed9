using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.Extensions.Configuration;

namespace AggregatedPayments.Settings;

public sealed class SettingProvider(
    SettingDefinitionManager definitions,
    IRepository<SettingValue> values,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IConfiguration configuration,
    IEncryptionService encryption,
    SettingCache cache) : ISettingProvider
{
    public const string ConfigurationSection = "Settings";

    public async Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default) =>
        (await ResolveAsync(name, SettingLevels.User, cancellationToken)).Value;

    public async Task<SettingResolution> ResolveAsync(string name, SettingLevels fromLevel, CancellationToken cancellationToken = default)
    {
        var definition = definitions.GetOrNull(name)
                         ?? throw new BusinessException(ErrorCodes.UnknownSetting).WithData("name", name);
        foreach (var owner in OwnersFrom(fromLevel).Where(o => definition.Levels.HasFlag(o.Level)))
        {
            var stored = await GetStoredAsync(owner, cancellationToken);
            if (stored.TryGetValue(name, out var value))
            {
                var clear = definition.IsEncrypted
                    ? await encryption.DecryptAsync(value, owner.EncryptionPurpose(name), cancellationToken)
                    : value;
                return new SettingResolution(clear, owner.Source);
            }
        }

        var configured = configuration[ConfigurationSection + ":" + name];
        return configured is not null
            ? new SettingResolution(configured, SettingValueSource.Configuration)
            : new SettingResolution(definition.DefaultValue, SettingValueSource.Default);
    }

    private IEnumerable<SettingOwner> OwnersFrom(SettingLevels fromLevel)
    {
        if (fromLevel is not (SettingLevels.User or SettingLevels.Tenant or SettingLevels.Global))
        {
            throw new ArgumentOutOfRangeException(nameof(fromLevel), fromLevel, "Name one level.");
        }

        if (fromLevel == SettingLevels.User && currentUser.Id is { } userId)
        {
            yield return SettingOwner.ForUser(currentUser.TenantId, userId);
        }

        if (fromLevel != SettingLevels.Global && currentTenant.Id is { } tenantId)
        {
            yield return SettingOwner.ForTenant(tenantId);
        }

        yield return SettingOwner.Global;
    }

    private Task<IReadOnlyDictionary<string, string>> GetStoredAsync(SettingOwner owner, CancellationToken cancellationToken) =>
        cache.GetOrLoadAsync(owner, async () =>
        {
            var level = owner.Level;
            var providerKey = owner.ProviderKey;
            // The row belongs to its owner's tenant: the platform's values are read as the platform,
            // a user's in the user's own tenant even while a platform user acts inside a merchant.
            using (currentTenant.Change(owner.TenantId))
            {
                var rows = await executer.ToListAsync(
                    values.QueryNoTracking().Where(v => v.Level == level && v.ProviderKey == providerKey),
                    cancellationToken);
                return rows.ToDictionary(r => r.Name, r => r.Value, StringComparer.Ordinal);
            }
        });
}
