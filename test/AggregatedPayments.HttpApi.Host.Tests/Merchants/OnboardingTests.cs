using System.Text.Json;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Channels;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.Payouts;
using AggregatedPayments.Permissions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

/// <summary>What one "create merchant" gives: a tenant with its admin, its api-client role, ledger balances and a key shown once.</summary>
[Collection(HostCollection.Name)]
public sealed class OnboardingTests(AggregatedPaymentsWebFactory factory) : MerchantApiTestBase(factory)
{
    [Fact]
    public async Task Should_create_the_tenant_with_its_admin_its_api_client_role_and_a_key()
    {
        var (merchant, key) = await OnboardAsync();

        var roles = (await new RoleClientProxy(merchant.Admin).GetListAsync(new Dtos.PagedRequestDto())).Items;
        var apiClient = roles.Single(r => r.Name == MerchantApiCredentialConsts.ApiClientRoleName);
        var apiGrants = (await new PermissionClientProxy(merchant.Admin).GetForRoleAsync(apiClient.Id))
            .SelectMany(g => g.Permissions).Where(p => p.State == PermissionState.Granted).Select(p => p.Name).ToList();

        (await new Account.AccountClientProxy(merchant.Admin).GetProfileAsync()).UserName.ShouldBe(IdentityConsts.AdminUserName);
        roles.Select(r => (r.Name, r.IsStatic, r.TenantId)).ShouldBe(
            [(IdentityConsts.AdminRoleName, true, merchant.Id), (MerchantApiCredentialConsts.ApiClientRoleName, true, merchant.Id)], ignoreOrder: true);
        apiGrants.ShouldContain(PayoutPermissions.Create);
        apiGrants.ShouldContain(MerchantPermissions.MyMerchant);
        apiGrants.ShouldNotContain(p => p.StartsWith(IdentityPermissions.GroupName, StringComparison.Ordinal));
        apiGrants.ShouldNotContain(MerchantPermissions.MyMerchantApiCredentials);
        apiGrants.ShouldNotContain(MerchantPermissions.MyMerchantParameters);
        key.KeyId.ShouldStartWith(MerchantApiCredentialConsts.KeyIdPrefix);
        Convert.FromBase64String(key.Secret.Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBe(32);
        (await new MyMerchantClientProxy(merchant.Admin).GetApiCredentialsAsync())
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(
                c => c.KeyId.ShouldBe(key.KeyId),
                c => c.Status.ShouldBe(MerchantApiCredentialStatus.Active),
                c => c.ExpiresAt.ShouldBeNull());
    }

    [Fact]
    public async Task Should_show_the_secret_once_and_never_again_anywhere()
    {
        var (merchant, key) = await OnboardAsync();
        var host = await HostAdminAsync();
        var platform = new MerchantClientProxy(host);

        var answers = new object[]
        {
            await platform.GetAsync(merchant.Id),
            await platform.GetListAsync(new GetMerchantListInput { Filter = merchant.Code }),
            await platform.GetParametersAsync(merchant.Id),
            await platform.GetApiCredentialsAsync(merchant.Id),
            await new MyMerchantClientProxy(merchant.Admin).GetApiCredentialsAsync(),
            await new AuditLogClientProxy(host).GetListAsync(new GetAuditLogListInput { UrlContains = "/api/merchants", MaxResultCount = 1000 }),
            await new AuditLogClientProxy(merchant.Admin).GetListAsync(new GetAuditLogListInput { MaxResultCount = 1000 })
        };

        JsonSerializer.Serialize(answers).ShouldNotContain(key.Secret);
        Factory.Logs.Lines.ShouldNotContain(line => line.Contains(key.Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_give_the_platform_the_newest_usable_secret_to_sign_calls_to_the_merchant()
    {
        var (merchant, first) = await OnboardAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var signing = scope.ServiceProvider.GetRequiredService<IMerchantSigningCredentials>();
        (await signing.GetCurrentAsync(merchant.Id, default)).ShouldBe(new MerchantSigningCredential(first.KeyId, first.Secret));

        var second = ApiKey.From(await new MyMerchantClientProxy(merchant.Admin).RotateApiCredentialAsync());
        (await signing.GetCurrentAsync(merchant.Id, default)).ShouldBe(new MerchantSigningCredential(second.KeyId, second.Secret));

        await new MyMerchantClientProxy(merchant.Admin).RevokeApiCredentialAsync(second.KeyId);
        (await signing.GetCurrentAsync(merchant.Id, default))!.KeyId.ShouldBe(first.KeyId);

        await new MyMerchantClientProxy(merchant.Admin).RevokeApiCredentialAsync(first.KeyId);
        (await signing.GetCurrentAsync(merchant.Id, default)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_open_ledger_balances_in_each_currency_of_a_channel_opened_to_the_merchant()
    {
        var (merchant, _) = await OnboardAsync();
        var host = await HostAdminAsync();
        string[] functions = ["Payout", "Query", "Balance"];
        var channel = await ChannelSetup.DefineAsync(host, "Sandbox", functions, new Dictionary<string, string?>(), open: true,
            configure: update => update.Currencies = ["CNY", "USD"]);

        var opened = await ChannelSetup.OpenToMerchantAsync(host, merchant.Id, channel.Id, functions, new Dictionary<string, string?>
        {
            ["accountId"] = "acct-" + merchant.Code,
            ["notifySecret"] = "notify-" + merchant.Code
        });

        var balances = await new LedgerClientProxy(merchant.Admin).GetBalancesAsync();
        balances.Select(b => (b.MerchantChannelId, b.Currency)).ShouldBe([(opened.Id, "CNY"), (opened.Id, "USD")], ignoreOrder: true);
        balances.ShouldAllBe(b => b.Available == 0 && b.Held == 0);
    }
}
