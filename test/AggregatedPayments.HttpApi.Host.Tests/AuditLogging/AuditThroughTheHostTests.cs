using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.Settings;
using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

/// <summary>What the real host records: who changed what, in which merchant, and never a secret.</summary>
[Collection(HostCollection.Name)]
public sealed class AuditThroughTheHostTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    private const string Secret = "Sup3r-Secret-Passw0rd";

    [Fact]
    public async Task Should_record_a_change_with_its_entity_and_without_the_password()
    {
        var merchant = await CreateMerchantAsync();
        var user = await new UserClientProxy(merchant.Admin).CreateAsync(new CreateUserDto { UserName = "audited", Password = Secret, Email = "a@example.com" });

        var rows = await new AuditLogClientProxy(merchant.Admin).GetListAsync(new GetAuditLogListInput { HttpMethod = "POST", UrlContains = "/api/identity/users" });

        var row = rows.Items.ShouldHaveSingleItem();
        row.TenantId.ShouldBe(merchant.Id);
        row.UserName.ShouldBe("admin");
        row.StatusCode.ShouldBe(200);
        row.EntityChanges.ShouldContain(c => c.EntityType.Contains("AppUser") && c.EntityId == user.Id.ToString());
        var everything = System.Text.Json.JsonSerializer.Serialize(rows);
        everything.ShouldNotContain(Secret);
        everything.ShouldNotContain("AQAAAA", Case.Sensitive, "an Identity password hash leaked");
    }

    [Fact]
    public async Task Should_record_a_refused_change_too()
    {
        var merchant = await CreateMerchantAsync();
        await Should.ThrowAsync<Http.RemoteServiceException>(() =>
            new UserClientProxy(merchant.Admin).CreateAsync(new CreateUserDto { UserName = "weak", Password = "abc" }));

        var rows = await new AuditLogClientProxy(merchant.Admin).GetListAsync(new GetAuditLogListInput { HasError = true, UrlContains = "/api/identity/users" });

        var row = rows.Items.ShouldHaveSingleItem();
        row.StatusCode.ShouldBe(400);
        row.ErrorCode.ShouldBe(Exceptions.ErrorCodes.ValidationFailed);
        row.EntityChanges.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_record_a_platform_user_acting_inside_a_merchant_and_show_it_to_that_merchant()
    {
        var merchant = await CreateMerchantAsync();
        var hostToken = (await LoginTokensAsync(null, "admin", AggregatedPaymentsWebFactory.AdminPassword)).AccessToken;

        await new UserClientProxy(WithToken(hostToken, merchant.Code)).CreateAsync(new CreateUserDto { UserName = "from-platform", Password = DefaultPassword });

        var row = (await new AuditLogClientProxy(merchant.Admin).GetListAsync(new GetAuditLogListInput { HttpMethod = "POST", UrlContains = "/api/identity/users" }))
            .Items.ShouldHaveSingleItem();
        row.ImpersonatedTenantId.ShouldBe(merchant.Id);
        row.UserTenantId.ShouldBeNull();
    }

    [Fact]
    public async Task Should_keep_an_encrypted_setting_out_of_the_audit_log()
    {
        var host = await HostAdminAsync();
        await new SettingsClientProxy(host).UpdateGlobalAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingDto { Name = FoundationSettingNames.SmtpPassword, Value = Secret }]
        });

        var rows = await new AuditLogClientProxy(host).GetListAsync(new GetAuditLogListInput { UrlContains = "/api/settings/global", HttpMethod = "PUT" });

        rows.Items.ShouldNotBeEmpty();
        System.Text.Json.JsonSerializer.Serialize(rows).ShouldNotContain(Secret);
    }

    [Fact]
    public async Task Should_show_a_merchant_only_its_own_rows()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();
        await new UserClientProxy(a.Admin).CreateAsync(new CreateUserDto { UserName = "only-a", Password = DefaultPassword });

        var seenByB = await new AuditLogClientProxy(b.Admin).GetListAsync(new GetAuditLogListInput { TenantId = a.Id, MaxResultCount = 1000 });
        var seenByHost = await new AuditLogClientProxy(await HostAdminAsync()).GetListAsync(new GetAuditLogListInput { TenantId = a.Id });

        seenByB.Items.ShouldAllBe(r => r.TenantId == b.Id);
        seenByHost.Items.ShouldContain(r => r.TenantId == a.Id);
    }
}
