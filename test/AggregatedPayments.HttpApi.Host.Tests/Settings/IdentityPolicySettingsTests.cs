using AggregatedPayments.ApplicationConfiguration;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Settings;

/// <summary>Password policy, lockout and the merchant time zone follow settings at once, per merchant.</summary>
[Collection(HostCollection.Name)]
public sealed class IdentityPolicySettingsTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_apply_a_merchants_tighter_password_policy_to_its_users_only()
    {
        var strict = await CreateMerchantAsync();
        var relaxed = await CreateMerchantAsync();
        await new SettingsClientProxy(strict.Admin).UpdateTenantAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingDto { Name = FoundationSettingNames.PasswordRequiredLength, Value = "14" }]
        });

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            new UserClientProxy(strict.Admin).CreateAsync(new CreateUserDto { UserName = "short", Password = DefaultPassword }));
        var created = await new UserClientProxy(relaxed.Admin).CreateAsync(new CreateUserDto { UserName = "short", Password = DefaultPassword });

        refused.Code.ShouldBe(ErrorCodes.ValidationFailed);
        created.UserName.ShouldBe("short");
    }

    [Fact]
    public async Task Should_lock_out_after_the_merchants_own_number_of_failures_for_its_own_minutes()
    {
        var merchant = await CreateMerchantAsync();
        await CreateUserWithPermissionsAsync(merchant.Admin, "clerk");
        await new SettingsClientProxy(merchant.Admin).UpdateTenantAsync(new UpdateSettingsDto
        {
            Settings =
            [
                new UpdateSettingDto { Name = FoundationSettingNames.LockoutMaxFailedAccessAttempts, Value = "2" },
                new UpdateSettingDto { Name = FoundationSettingNames.LockoutMinutes, Value = "30" }
            ]
        });

        (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", "wrong-1"))).Code.ShouldBe(ErrorCodes.InvalidCredentials);
        (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", "wrong-2"))).Code.ShouldBe(ErrorCodes.UserLockedOut);
        Factory.Clock.Advance(TimeSpan.FromMinutes(29));
        (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", DefaultPassword))).Code.ShouldBe(ErrorCodes.UserLockedOut);
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));

        (await LoginTokensAsync(merchant.Code, "clerk", DefaultPassword)).AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_unlock_a_locked_user_when_an_admin_says_so()
    {
        var merchant = await CreateMerchantAsync();
        var clerk = await CreateUserWithPermissionsAsync(merchant.Admin, "clerk");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", "wrong"));
        }

        (await new UserClientProxy(merchant.Admin).GetAsync(clerk.Id)).IsLockedOut.ShouldBeTrue();
        await new UserClientProxy(merchant.Admin).UnlockAsync(clerk.Id);

        (await LoginTokensAsync(merchant.Code, "clerk", DefaultPassword)).AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_show_the_user_its_visible_settings_but_never_an_encrypted_one()
    {
        var merchant = await CreateMerchantAsync();
        await new SettingsClientProxy(await HostAdminAsync()).UpdateGlobalAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingDto { Name = FoundationSettingNames.SmtpPassword, Value = "smtp-secret-value" }]
        });

        var configuration = await new ApplicationConfigurationClientProxy(merchant.Admin).GetAsync();

        configuration.Setting.Values[FoundationSettingNames.PasswordRequiredLength].ShouldBe("8");
        configuration.Setting.Values.ShouldNotContainKey(FoundationSettingNames.SmtpPassword);
        configuration.Setting.Values.Values.ShouldNotContain("smtp-secret-value");
    }

    [Fact]
    public async Task Should_give_a_new_merchant_the_platforms_time_zone_setting()
    {
        var host = await HostAdminAsync();
        var settings = new SettingsClientProxy(host);
        await settings.UpdateGlobalAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingDto { Name = FoundationSettingNames.PlatformTimeZone, Value = "Europe/Berlin" }]
        });

        try
        {
            var merchant = await CreateMerchantAsync();

            (await new MerchantClientProxy(host).GetAsync(merchant.Id)).TimeZone.ShouldBe("Europe/Berlin");
        }
        finally
        {
            await settings.UpdateGlobalAsync(new UpdateSettingsDto
            {
                Settings = [new UpdateSettingDto { Name = FoundationSettingNames.PlatformTimeZone, Value = null }]
            });
        }
    }
}
