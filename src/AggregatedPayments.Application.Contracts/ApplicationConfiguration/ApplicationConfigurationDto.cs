namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>What the portal needs at start, in ABP's shape so ABP-minded clients read it as they expect.</summary>
public sealed record ApplicationConfigurationDto(
    ApplicationLocalizationConfigurationDto Localization,
    ApplicationAuthConfigurationDto Auth,
    ApplicationSettingConfigurationDto Setting,
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    MultiTenancyInfoDto MultiTenancy,
    IReadOnlyList<Menus.MenuItemDto> Menus);
