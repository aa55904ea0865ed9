namespace AggregatedPayments.Settings;

/// <summary>
/// Security policies are set by the platform and may be tightened per merchant; token lifetimes and
/// the mail server are the platform's alone; language, time zone and notifications are each user's.
/// </summary>
public sealed class FoundationSettingDefinitionProvider : ISettingDefinitionProvider
{
    private const SettingLevels PlatformOrMerchant = SettingLevels.Global | SettingLevels.Tenant;

    public void Define(ICollection<SettingDefinition> settings)
    {
        settings.Add(new SettingDefinition(FoundationSettingNames.PasswordRequiredLength, "8", PlatformOrMerchant, IsVisibleToClients: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.PasswordRequireDigit, "true", PlatformOrMerchant, IsVisibleToClients: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.PasswordRequireLowercase, "true", PlatformOrMerchant, IsVisibleToClients: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.PasswordRequireUppercase, "true", PlatformOrMerchant, IsVisibleToClients: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.PasswordRequireNonAlphanumeric, "false", PlatformOrMerchant, IsVisibleToClients: true));

        settings.Add(new SettingDefinition(FoundationSettingNames.LockoutMaxFailedAccessAttempts, "5", PlatformOrMerchant));
        settings.Add(new SettingDefinition(FoundationSettingNames.LockoutMinutes, "15", PlatformOrMerchant));

        settings.Add(new SettingDefinition(FoundationSettingNames.AccessTokenMinutes, "15", SettingLevels.Global));
        settings.Add(new SettingDefinition(FoundationSettingNames.RefreshTokenDays, "14", SettingLevels.Global));

        settings.Add(new SettingDefinition(FoundationSettingNames.PlatformTimeZone, "Asia/Shanghai", SettingLevels.Global, IsVisibleToClients: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.TimeZone, null, SettingLevels.User, IsVisibleToClients: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.Language, "en", SettingLevels.All, IsVisibleToClients: true));

        settings.Add(new SettingDefinition(FoundationSettingNames.EmailOnFailedPayout, "true", SettingLevels.User, IsVisibleToClients: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.EmailOnManualReview, "true", SettingLevels.User, IsVisibleToClients: true));

        settings.Add(new SettingDefinition(FoundationSettingNames.SmtpHost, null, SettingLevels.Global));
        settings.Add(new SettingDefinition(FoundationSettingNames.SmtpPort, "587", SettingLevels.Global));
        settings.Add(new SettingDefinition(FoundationSettingNames.SmtpUserName, null, SettingLevels.Global));
        settings.Add(new SettingDefinition(FoundationSettingNames.SmtpPassword, null, SettingLevels.Global, IsEncrypted: true));
        settings.Add(new SettingDefinition(FoundationSettingNames.SmtpEnableSsl, "true", SettingLevels.Global));
        settings.Add(new SettingDefinition(FoundationSettingNames.EmailFromAddress, null, SettingLevels.Global));
    }
}
