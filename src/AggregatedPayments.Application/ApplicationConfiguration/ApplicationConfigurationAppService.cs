using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.Localization;
using AggregatedPayments.Menus;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using AggregatedPayments.Settings;
using AggregatedPayments.Users;

namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>
/// One call gives the portal everything it starts with. Anonymous callers (the sign-in page) get
/// the texts and languages only.
/// </summary>
public sealed class ApplicationConfigurationAppService(
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IPermissionChecker permissionChecker,
    MenuComposer menuComposer,
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    SettingDefinitionManager settingDefinitions,
    ISettingProvider settings) : IApplicationConfigurationAppService
{
    public const string ResourceName = "AggregatedPayments";

    public async Task<ApplicationConfigurationDto> GetAsync(CancellationToken cancellationToken = default)
    {
        var granted = await permissionChecker.GetGrantedAsync(cancellationToken);
        var menus = currentUser.IsAuthenticated ? await menuComposer.ComposeAsync(granted, cancellationToken) : [];
        return new ApplicationConfigurationDto(
            Localization(),
            new ApplicationAuthConfigurationDto(granted.ToDictionary(p => p, _ => true, StringComparer.Ordinal)),
            new ApplicationSettingConfigurationDto(currentUser.IsAuthenticated ? await VisibleSettingsAsync(cancellationToken) : new Dictionary<string, string?>()),
            new CurrentUserDto(currentUser.IsAuthenticated, currentUser.Id, currentUser.TenantId, currentUser.UserName, null, null, currentUser.Roles),
            await CurrentTenantAsync(cancellationToken),
            new MultiTenancyInfoDto(true),
            menus);
    }

    private static ApplicationLocalizationConfigurationDto Localization()
    {
        var culture = CultureInfo.CurrentUICulture;
        var name = TextLocalizer.Normalize(culture.Name);
        var texts = TextLocalizer.Instance.GetAll(name);
        return new ApplicationLocalizationConfigurationDto(
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [ResourceName] = texts },
            [new LanguageInfoDto("en", "en", "English"), new LanguageInfoDto("zh-Hans", "zh-Hans", "简体中文")],
            new CurrentCultureDto(name, culture.DisplayName, culture.TwoLetterISOLanguageName, culture.TextInfo.IsRightToLeft),
            ResourceName);
    }

    /// <summary>The effective values the user sees; an encrypted setting never goes to a client.</summary>
    private async Task<Dictionary<string, string?>> VisibleSettingsAsync(CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var definition in settingDefinitions.All.Where(d => d.IsVisibleToClients && !d.IsEncrypted))
        {
            values[definition.Name] = await settings.GetOrNullAsync(definition.Name, cancellationToken);
        }

        return values;
    }

    private async Task<CurrentTenantDto> CurrentTenantAsync(CancellationToken cancellationToken)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            return new CurrentTenantDto(null, null, null, false);
        }

        var merchant = await executer.FirstOrDefaultAsync(
            merchants.QueryNoTracking().Where(m => m.Id == tenantId).Select(m => new { m.Name, m.Code }), cancellationToken);
        return new CurrentTenantDto(tenantId, merchant?.Name, merchant?.Code, merchant is not null);
    }
}
