using System.Globalization;

namespace AggregatedPayments.Settings;

/// <summary>
/// Whose value a stored setting is: the platform's (global), one merchant's, or one user's. The provider
/// key is the tenant id or the user id; for the platform it is <see cref="Guid.Empty"/> rather than NULL,
/// because both engines let a unique index hold any number of NULLs.
/// </summary>
public sealed record SettingOwner
{
    private SettingOwner(SettingLevels level, Guid? tenantId, Guid providerKey)
    {
        Level = level;
        TenantId = tenantId;
        ProviderKey = providerKey;
    }

    public static SettingOwner Global { get; } = new(SettingLevels.Global, null, Guid.Empty);

    public SettingLevels Level { get; }

    /// <summary>The tenant that owns the row: none for the platform, the merchant, or the user's own merchant.</summary>
    public Guid? TenantId { get; }

    public Guid ProviderKey { get; }

    public SettingValueSource Source => Level switch
    {
        SettingLevels.User => SettingValueSource.User,
        SettingLevels.Tenant => SettingValueSource.Tenant,
        _ => SettingValueSource.Global
    };

    public static SettingOwner ForTenant(Guid tenantId) => new(SettingLevels.Tenant, tenantId, tenantId);

    public static SettingOwner ForUser(Guid? tenantId, Guid userId) => new(SettingLevels.User, tenantId, userId);

    /// <summary>Binds an encrypted value to its setting and owner: copied onto another row, it no longer decrypts.</summary>
    public string EncryptionPurpose(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"Setting:{name}:{Level}:{ProviderKey:N}");
}
