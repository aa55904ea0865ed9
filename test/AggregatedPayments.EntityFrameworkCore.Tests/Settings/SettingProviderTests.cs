using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Settings;

public sealed class SettingProviderTests : IAsyncLifetime
{
    private static readonly Guid MerchantA = Guid.NewGuid();
    private static readonly Guid MerchantB = Guid.NewGuid();
    private static readonly Guid Clerk = Guid.NewGuid();

    private TestDatabase _database = null!;
    private SettingsDatabase _settings = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(s => s.AddSettingsForTests());
        _settings = new SettingsDatabase(_database);
        _settings.Principal.SignIn(Clerk, MerchantA);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_fall_back_from_user_to_merchant_to_platform_to_configuration_to_default()
    {
        const string name = TestSettingDefinitionProvider.Configured;
        (await _settings.ResolveAsync(MerchantA, name)).ShouldBe(new SettingResolution(TestSettingDefinitionProvider.ConfiguredValue, SettingValueSource.Configuration));

        await _settings.SetAsync(SettingOwner.Global, name, "platform");
        (await _settings.ResolveAsync(MerchantA, name)).ShouldBe(new SettingResolution("platform", SettingValueSource.Global));

        await _settings.SetAsync(SettingOwner.ForTenant(MerchantA), name, "merchant", MerchantA);
        (await _settings.ResolveAsync(MerchantA, name)).ShouldBe(new SettingResolution("merchant", SettingValueSource.Tenant));

        await _settings.SetAsync(SettingOwner.ForUser(MerchantA, Clerk), name, "mine", MerchantA);
        (await _settings.ResolveAsync(MerchantA, name)).ShouldBe(new SettingResolution("mine", SettingValueSource.User));

        await _settings.SetAsync(SettingOwner.ForUser(MerchantA, Clerk), name, null, MerchantA);
        (await _settings.ResolveAsync(MerchantA, name)).ShouldBe(new SettingResolution("merchant", SettingValueSource.Tenant));
    }

    [Fact]
    public async Task Should_answer_the_default_when_nothing_is_set_or_configured()
    {
        (await _settings.ResolveAsync(MerchantA, TestSettingDefinitionProvider.Fallback)).ShouldBe(new SettingResolution("default", SettingValueSource.Default));
        (await _settings.ResolveAsync(MerchantA, FoundationSettingNames.PlatformTimeZone)).Value.ShouldBe("Asia/Shanghai");
    }

    [Fact]
    public async Task Should_see_from_a_level_only_that_level_and_those_above_it()
    {
        const string name = TestSettingDefinitionProvider.Fallback;
        await _settings.SetAsync(SettingOwner.Global, name, "platform");
        await _settings.SetAsync(SettingOwner.ForTenant(MerchantA), name, "merchant", MerchantA);
        await _settings.SetAsync(SettingOwner.ForUser(MerchantA, Clerk), name, "mine", MerchantA);

        (await _settings.ResolveAsync(MerchantA, name, SettingLevels.Tenant)).Value.ShouldBe("merchant");
        (await _settings.ResolveAsync(MerchantA, name, SettingLevels.Global)).Value.ShouldBe("platform");
    }

    [Fact]
    public async Task Should_keep_one_merchants_values_from_another()
    {
        const string name = TestSettingDefinitionProvider.Fallback;
        await _settings.SetAsync(SettingOwner.Global, name, "platform");
        await _settings.SetAsync(SettingOwner.ForTenant(MerchantA), name, "merchant A", MerchantA);
        _settings.Principal.SignIn(Guid.NewGuid(), MerchantB);

        (await _settings.ResolveAsync(MerchantB, name)).ShouldBe(new SettingResolution("platform", SettingValueSource.Global));
    }

    [Fact]
    public async Task Should_read_a_platform_users_own_values_while_it_acts_inside_a_merchant()
    {
        var operatorId = Guid.NewGuid();
        _settings.Principal.SignIn(operatorId, tenantId: null);
        await _settings.SetAsync(SettingOwner.ForUser(null, operatorId), FoundationSettingNames.Language, "zh-Hans");

        (await _settings.ResolveAsync(MerchantA, FoundationSettingNames.Language)).ShouldBe(new SettingResolution("zh-Hans", SettingValueSource.User));
    }

    [Fact]
    public async Task Should_skip_levels_the_definition_does_not_allow()
    {
        await _settings.SetAsync(SettingOwner.Global, FoundationSettingNames.AccessTokenMinutes, "30");

        (await _settings.ResolveAsync(MerchantA, FoundationSettingNames.AccessTokenMinutes)).ShouldBe(new SettingResolution("30", SettingValueSource.Global));
    }

    [Fact]
    public async Task Should_refuse_to_read_an_undefined_setting()
    {
        var exception = await Should.ThrowAsync<BusinessException>(() => _settings.ResolveAsync(MerchantA, "AggregatedPayments.Nothing"));

        exception.Code.ShouldBe(ErrorCodes.UnknownSetting);
    }

    [Fact]
    public async Task Should_store_an_encrypted_setting_only_as_ciphertext_and_read_it_in_clear()
    {
        await _settings.SetAsync(SettingOwner.Global, FoundationSettingNames.SmtpPassword, "smtp-P@ssw0rd");

        var stored = await _settings.ReadStoredAsync(FoundationSettingNames.SmtpPassword, Guid.Empty);
        stored.ShouldNotBeNull();
        stored.ShouldStartWith("v1:");
        stored.ShouldNotContain("smtp-P@ssw0rd");
        (await _settings.ResolveAsync(null, FoundationSettingNames.SmtpPassword)).Value.ShouldBe("smtp-P@ssw0rd");
    }

    [Fact]
    public async Task Should_not_decrypt_a_secret_copied_onto_another_merchants_row()
    {
        const string name = TestSettingDefinitionProvider.Secret;
        await _settings.SetAsync(SettingOwner.ForTenant(MerchantA), name, "secret of A", MerchantA);
        await _settings.SetAsync(SettingOwner.ForTenant(MerchantB), name, "secret of B", MerchantB);
        await _settings.WriteStoredAsync(name, MerchantB, (await _settings.ReadStoredAsync(name, MerchantA))!);
        _settings.Principal.SignIn(Guid.NewGuid(), MerchantB);

        var exception = await Should.ThrowAsync<BusinessException>(() => _settings.ResolveAsync(MerchantB, name));

        exception.Code.ShouldBe(ErrorCodes.DecryptionFailed);
    }

    [Fact]
    public async Task Should_serve_a_cached_value_briefly_and_evict_it_when_changed_here()
    {
        const string name = TestSettingDefinitionProvider.Fallback;
        await _settings.SetAsync(SettingOwner.Global, name, "first");
        (await _settings.ResolveAsync(null, name)).Value.ShouldBe("first");

        // Changed behind this instance's back, as another instance would: seen once the entry expires.
        await _settings.WriteStoredAsync(name, Guid.Empty, "changed elsewhere");
        (await _settings.ResolveAsync(null, name)).Value.ShouldBe("first");
        _database.Clock.Advance(SettingCache.Lifetime);
        (await _settings.ResolveAsync(null, name)).Value.ShouldBe("changed elsewhere");

        await _settings.SetAsync(SettingOwner.Global, name, "changed here");
        (await _settings.ResolveAsync(null, name)).Value.ShouldBe("changed here");
    }
}
