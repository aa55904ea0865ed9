using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Settings;

public sealed class SettingsAppServiceTests : IAsyncLifetime
{
    private static readonly Guid Merchant = Guid.NewGuid();

    private TestDatabase _database = null!;

    public async Task InitializeAsync() =>
        _database = await TestDatabase.CreateAsync(s => s.AddSettingsForTests().AddSettingsApplication());

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_list_the_platform_settings_with_their_values_and_never_a_secret_in_clear()
    {
        SignIn(tenantId: null);
        await CallAsync(null, s => s.UpdateGlobalAsync(Update((FoundationSettingNames.SmtpPassword, "smtp-P@ssw0rd"), (FoundationSettingNames.SmtpHost, "smtp.example.com"))));

        var settings = await CallAsync(null, s => s.GetGlobalAsync());

        var password = settings.Single(s => s.Name == FoundationSettingNames.SmtpPassword);
        password.Value.ShouldBe(SensitiveValueMasker.SecretMask);
        password.IsEncrypted.ShouldBeTrue();
        password.Source.ShouldBe(SettingValueSource.Global);
        settings.ShouldNotContain(s => s.Value == "smtp-P@ssw0rd");
        settings.Single(s => s.Name == FoundationSettingNames.SmtpHost).ShouldBe(
            new SettingDto(FoundationSettingNames.SmtpHost, "SMTP server", "smtp.example.com", SettingValueSource.Global, false, false));
        settings.Single(s => s.Name == FoundationSettingNames.AccessTokenMinutes).Source.ShouldBe(SettingValueSource.Default);
        settings.ShouldNotContain(s => s.Name == FoundationSettingNames.TimeZone);
    }

    [Fact]
    public async Task Should_keep_a_secret_when_its_mask_is_sent_back()
    {
        SignIn(tenantId: null);
        await CallAsync(null, s => s.UpdateGlobalAsync(Update((FoundationSettingNames.SmtpPassword, "smtp-P@ssw0rd"))));

        await CallAsync(null, s => s.UpdateGlobalAsync(Update(
            (FoundationSettingNames.SmtpPassword, SensitiveValueMasker.SecretMask), (FoundationSettingNames.SmtpHost, "smtp.example.com"))));

        (await ResolveAsync(null, FoundationSettingNames.SmtpPassword)).ShouldBe("smtp-P@ssw0rd");
        (await ResolveAsync(null, FoundationSettingNames.SmtpHost)).ShouldBe("smtp.example.com");
    }

    [Fact]
    public async Task Should_show_a_merchant_its_own_values_over_the_platforms()
    {
        SignIn(tenantId: null);
        await CallAsync(null, s => s.UpdateGlobalAsync(Update((FoundationSettingNames.PasswordRequiredLength, "10"))));
        SignIn(Merchant);
        var inherited = await CallAsync(Merchant, s => s.GetTenantAsync());

        var own = await CallAsync(Merchant, s => s.UpdateTenantAsync(Update((FoundationSettingNames.PasswordRequiredLength, "12"))));

        inherited.Single(s => s.Name == FoundationSettingNames.PasswordRequiredLength).ShouldSatisfyAllConditions(
            s => s.Value.ShouldBe("10"), s => s.Source.ShouldBe(SettingValueSource.Global));
        own.Single(s => s.Name == FoundationSettingNames.PasswordRequiredLength).ShouldSatisfyAllConditions(
            s => s.Value.ShouldBe("12"), s => s.Source.ShouldBe(SettingValueSource.Tenant));
        own.ShouldNotContain(s => s.Name == FoundationSettingNames.AccessTokenMinutes);
        own.ShouldNotContain(s => s.Name == FoundationSettingNames.SmtpPassword);
    }

    [Fact]
    public async Task Should_let_each_user_set_its_own_parameters_and_only_those()
    {
        SignIn(Merchant);
        var mine = await CallAsync(Merchant, s => s.UpdateUserAsync(Update(
            (FoundationSettingNames.Language, "zh-Hans"), (FoundationSettingNames.TimeZone, "Asia/Tokyo"), (FoundationSettingNames.EmailOnFailedPayout, "false"))));
        SignIn(Merchant);
        var colleagues = await CallAsync(Merchant, s => s.GetUserAsync());

        mine.Single(s => s.Name == FoundationSettingNames.TimeZone).Value.ShouldBe("Asia/Tokyo");
        mine.Single(s => s.Name == FoundationSettingNames.EmailOnFailedPayout).ShouldSatisfyAllConditions(
            s => s.Value.ShouldBe("false"), s => s.Source.ShouldBe(SettingValueSource.User));
        mine.ShouldNotContain(s => s.Name == FoundationSettingNames.PasswordRequiredLength);
        colleagues.Single(s => s.Name == FoundationSettingNames.Language).ShouldSatisfyAllConditions(
            s => s.Value.ShouldBe("en"), s => s.Source.ShouldBe(SettingValueSource.Default));
    }

    [Fact]
    public async Task Should_refuse_a_platform_setting_among_a_users_parameters()
    {
        SignIn(Merchant);

        var exception = await Should.ThrowAsync<BusinessException>(() =>
            CallAsync(Merchant, s => s.UpdateUserAsync(Update((FoundationSettingNames.Language, "zh-Hans"), (FoundationSettingNames.PasswordRequiredLength, "6")))));

        exception.Code.ShouldBe(ErrorCodes.SettingNotForProvider);
        (await CallAsync(Merchant, s => s.GetUserAsync())).Single(s => s.Name == FoundationSettingNames.Language).Value.ShouldBe("en");
    }

    [Fact]
    public async Task Should_refuse_a_setting_listed_twice()
    {
        SignIn(tenantId: null);

        var exception = await Should.ThrowAsync<InvalidInputException>(() => CallAsync(null, s => s.UpdateGlobalAsync(Update(
            (FoundationSettingNames.SmtpPort, "25"), (FoundationSettingNames.SmtpPort, "587")))));

        exception.Errors.Single().Members.ShouldBe([nameof(UpdateSettingsDto.Settings)]);
    }

    [Fact]
    public async Task Should_refuse_merchant_settings_when_no_merchant_is_current()
    {
        SignIn(tenantId: null);

        await Should.ThrowAsync<ForbiddenException>(() => CallAsync(null, s => s.GetTenantAsync()));
    }

    [Fact]
    public async Task Should_name_settings_in_the_callers_language()
    {
        SignIn(tenantId: null);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-Hans");
        try
        {
            var settings = await CallAsync(null, s => s.GetGlobalAsync());

            settings.Single(s => s.Name == FoundationSettingNames.SmtpPassword).DisplayName.ShouldBe("SMTP 密码");
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private void SignIn(Guid? tenantId) =>
        _database.Services.GetRequiredService<TestPrincipalAccessor>().SignIn(Guid.NewGuid(), tenantId);

    private async Task<T> CallAsync<T>(Guid? currentTenant, Func<ISettingsAppService, Task<T>> call)
    {
        await using var scope = _database.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(currentTenant))
        {
            return await call(scope.ServiceProvider.GetRequiredService<ISettingsAppService>());
        }
    }

    private async Task<string?> ResolveAsync(Guid? currentTenant, string name)
    {
        await using var scope = _database.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(currentTenant))
        {
            return await scope.ServiceProvider.GetRequiredService<ISettingProvider>().GetOrNullAsync(name);
        }
    }

    private static UpdateSettingsDto Update(params (string Name, string? Value)[] values) =>
        new() { Settings = values.Select(v => new UpdateSettingDto { Name = v.Name, Value = v.Value }).ToList() };
}
