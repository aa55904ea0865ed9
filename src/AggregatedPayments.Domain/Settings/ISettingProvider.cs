namespace AggregatedPayments.Settings;

/// <summary>
/// Reads settings for the current user and tenant, falling back user → tenant → global →
/// configuration (<c>Settings:&lt;name&gt;</c>) → the definition's default, skipping the levels a
/// definition does not allow. Encrypted values come back decrypted: never hand them to a client.
/// </summary>
public interface ISettingProvider
{
    Task<string?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// The effective value as seen from <paramref name="fromLevel"/>: from Tenant, the user's own value is
    /// ignored; from Global, the tenant's too. Throws <c>ErrorCodes.UnknownSetting</c> for an undefined name.
    /// </summary>
    Task<SettingResolution> ResolveAsync(string name, SettingLevels fromLevel, CancellationToken cancellationToken = default);
}
