using AggregatedPayments.Localization;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Settings;

public sealed class FoundationSettingDefinitionTests
{
    private readonly SettingDefinitionManager _definitions = new([new FoundationSettingDefinitionProvider()]);

    [Fact]
    public void Should_define_every_named_foundation_setting_once()
    {
        var names = typeof(FoundationSettingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        _definitions.All.Select(d => d.Name).ShouldBe(names, ignoreOrder: true);
    }

    [Fact]
    public void Should_keep_user_parameters_at_user_level_and_token_lifetimes_at_platform_level()
    {
        _definitions.GetOrNull(FoundationSettingNames.TimeZone)!.Levels.ShouldBe(SettingLevels.User);
        _definitions.GetOrNull(FoundationSettingNames.EmailOnFailedPayout)!.Levels.ShouldBe(SettingLevels.User);
        _definitions.GetOrNull(FoundationSettingNames.Language)!.Levels.HasFlag(SettingLevels.User).ShouldBeTrue();
        _definitions.GetOrNull(FoundationSettingNames.AccessTokenMinutes)!.Levels.ShouldBe(SettingLevels.Global);
        _definitions.GetOrNull(FoundationSettingNames.PlatformTimeZone)!.DefaultValue.ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public void Should_never_show_an_encrypted_setting_to_clients()
    {
        _definitions.All.Where(d => d.IsEncrypted).ShouldAllBe(d => !d.IsVisibleToClients);
        _definitions.GetOrNull(FoundationSettingNames.SmtpPassword)!.IsEncrypted.ShouldBeTrue();
    }

    [Fact]
    public void Should_have_defaults_that_pass_their_own_rules()
    {
        var rules = new SettingValueRules([new FoundationSettingValueRuleProvider()]);

        _definitions.All.Where(d => d.DefaultValue is not null).ShouldAllBe(d => rules.IsValid(d.Name, d.DefaultValue!));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Should_name_every_setting_and_permission_in_both_languages(string culture)
    {
        var permissions = new PermissionDefinitionManager([new SettingsPermissionDefinitionProvider()]);
        var keys = _definitions.All.Select(d => d.DisplayNameKey)
            .Concat(permissions.All.Select(p => p.DisplayNameKey))
            .Concat(permissions.Groups.Select(g => g.DisplayNameKey))
            .Append(SettingsErrorCodes.InvalidValue);
        var texts = TextLocalizer.Instance.GetAll(culture);

        keys.ShouldAllBe(key => texts.ContainsKey(key));
    }

    [Fact]
    public void Should_give_the_platform_and_merchants_their_own_settings_rights_and_every_user_the_own_one()
    {
        var permissions = new PermissionDefinitionManager([new SettingsPermissionDefinitionProvider()]);

        permissions.GetOrNull(SettingsPermissions.Global)!.Sides.ShouldBe(MultiTenancySides.Host);
        permissions.GetOrNull(SettingsPermissions.GlobalUpdate)!.Parent!.Name.ShouldBe(SettingsPermissions.Global);
        permissions.GetOrNull(SettingsPermissions.Tenant)!.Sides.ShouldBe(MultiTenancySides.Tenant);
        permissions.GetOrNull(SettingsPermissions.TenantUpdate)!.Parent!.Name.ShouldBe(SettingsPermissions.Tenant);
        permissions.GetOrNull(SettingsPermissions.User)!.Sides.ShouldBe(MultiTenancySides.Both);
    }
}
