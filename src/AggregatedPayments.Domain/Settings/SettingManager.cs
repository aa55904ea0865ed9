using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Settings;

/// <summary>
/// Writes setting values: checks each against its definition and rules before any is written, encrypts
/// those of encrypted settings, saves, and evicts the owner's cached values.
/// </summary>
public sealed class SettingManager(
    SettingDefinitionManager definitions,
    SettingValueRules rules,
    IRepository<SettingValue> values,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    IEncryptionService encryption,
    SettingCache cache)
{
    public Task SetAsync(SettingOwner owner, string name, string? value, CancellationToken cancellationToken = default) =>
        SetAsync(owner, new Dictionary<string, string?> { [name] = value }, cancellationToken);

    /// <summary>A null value removes the owner's value, so the setting falls back to the next level.</summary>
    public async Task SetAsync(SettingOwner owner, IReadOnlyDictionary<string, string?> changes, CancellationToken cancellationToken = default)
    {
        var checkedChanges = changes.Select(change => (Definition: Check(owner, change.Key, change.Value), change.Value)).ToList();
        var level = owner.Level;
        var providerKey = owner.ProviderKey;
        using (currentTenant.Change(owner.TenantId))
        {
            // An owner has a few dozen values at most: load them all rather than build an IN list.
            var rows = (await executer.ToListAsync(
                    values.Query().Where(v => v.Level == level && v.ProviderKey == providerKey), cancellationToken))
                .ToDictionary(r => r.Name, StringComparer.Ordinal);
            foreach (var (definition, value) in checkedChanges)
            {
                var row = rows.GetValueOrDefault(definition.Name);
                if (value is null)
                {
                    if (row is not null)
                    {
                        values.Delete(row);
                    }

                    continue;
                }

                var stored = definition.IsEncrypted
                    ? await encryption.EncryptAsync(value, owner.EncryptionPurpose(definition.Name), cancellationToken)
                    : value;
                if (row is null)
                {
                    await values.InsertAsync(new SettingValue(owner, definition.Name, stored), cancellationToken);
                }
                else
                {
                    row.ChangeValue(stored);
                }
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
        }

        cache.Evict(owner);
    }

    private SettingDefinition Check(SettingOwner owner, string name, string? value)
    {
        var definition = definitions.GetOrNull(name)
                         ?? throw new BusinessException(ErrorCodes.UnknownSetting).WithData("name", name);
        if (!definition.Levels.HasFlag(owner.Level))
        {
            throw new BusinessException(ErrorCodes.SettingNotForProvider).WithData("name", name);
        }

        if (value is not null && !rules.IsValid(name, value))
        {
            throw new BusinessException(SettingsErrorCodes.InvalidValue).WithData("name", name);
        }

        return definition;
    }
}
