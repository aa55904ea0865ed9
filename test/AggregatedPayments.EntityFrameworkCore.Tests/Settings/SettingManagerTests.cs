using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Settings;

public sealed class SettingManagerTests : IAsyncLifetime
{
    private static readonly Guid Merchant = Guid.NewGuid();

    private TestDatabase _database = null!;
    private SettingsDatabase _settings = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(s => s.AddSettingsForTests());
        _settings = new SettingsDatabase(_database);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_refuse_an_undefined_setting()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _settings.SetAsync(SettingOwner.Global, "AggregatedPayments.Nothing", "1"));

        exception.Code.ShouldBe(ErrorCodes.UnknownSetting);
        exception.Values["name"].ShouldBe("AggregatedPayments.Nothing");
    }

    [Fact]
    public async Task Should_refuse_a_level_the_definition_does_not_allow()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() =>
            _settings.SetAsync(SettingOwner.ForTenant(Merchant), FoundationSettingNames.AccessTokenMinutes, "30", Merchant));

        exception.Code.ShouldBe(ErrorCodes.SettingNotForProvider);
    }

    [Fact]
    public async Task Should_refuse_a_user_parameter_at_platform_level()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _settings.SetAsync(SettingOwner.Global, FoundationSettingNames.TimeZone, "Asia/Tokyo"));

        exception.Code.ShouldBe(ErrorCodes.SettingNotForProvider);
    }

    [Fact]
    public async Task Should_refuse_a_value_the_setting_cannot_hold()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() =>
            _settings.SetAsync(SettingOwner.Global, FoundationSettingNames.PasswordRequiredLength, "three"));

        exception.Code.ShouldBe(SettingsErrorCodes.InvalidValue);
    }

    [Fact]
    public async Task Should_change_nothing_when_one_of_several_values_is_invalid()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _settings.SetAsync(SettingOwner.Global, new Dictionary<string, string?>
        {
            [FoundationSettingNames.PasswordRequiredLength] = "12",
            [FoundationSettingNames.SmtpPort] = "not a port"
        }));

        exception.Code.ShouldBe(SettingsErrorCodes.InvalidValue);
        (await _settings.CountStoredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_update_a_value_in_place_and_remove_it_when_set_to_null()
    {
        await _settings.SetAsync(SettingOwner.Global, FoundationSettingNames.PasswordRequiredLength, "10");
        await _settings.SetAsync(SettingOwner.Global, FoundationSettingNames.PasswordRequiredLength, "12");
        (await _settings.CountStoredAsync()).ShouldBe(1);
        (await _settings.ResolveAsync(null, FoundationSettingNames.PasswordRequiredLength)).Value.ShouldBe("12");

        await _settings.SetAsync(SettingOwner.Global, FoundationSettingNames.PasswordRequiredLength, null);

        (await _settings.CountStoredAsync()).ShouldBe(0);
        (await _settings.ResolveAsync(null, FoundationSettingNames.PasswordRequiredLength)).ShouldBe(new SettingResolution("8", SettingValueSource.Default));
    }

    [Fact]
    public async Task Should_stamp_a_merchants_value_with_its_tenant()
    {
        await _settings.SetAsync(SettingOwner.ForTenant(Merchant), FoundationSettingNames.LockoutMinutes, "30", currentTenant: null);

        (await _settings.ResolveAsync(Merchant, FoundationSettingNames.LockoutMinutes)).ShouldBe(new SettingResolution("30", SettingValueSource.Tenant));
        (await _settings.ResolveAsync(null, FoundationSettingNames.LockoutMinutes)).Source.ShouldBe(SettingValueSource.Default);
    }
}
