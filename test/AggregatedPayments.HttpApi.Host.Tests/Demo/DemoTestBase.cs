using System.Net.Http.Headers;
using AggregatedPayments.Account;
using AggregatedPayments.Channels;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants;
using AggregatedPayments.Payroll.DataSources;

namespace AggregatedPayments.Demo;

/// <summary>Signs in as the demo's users (and the platform admin) on the demo host, and counts what the seed made.</summary>
public abstract class DemoTestBase(DemoWebFactory factory)
{
    protected DemoWebFactory Factory { get; } = factory;

    protected Task<HttpClient> ClerkAsync() => LoginAsync(DemoNames.MerchantCode, DemoNames.ClerkUserName, DemoWebFactory.ClerkPassword);

    protected Task<HttpClient> AdminAsync() => LoginAsync(DemoNames.MerchantCode, IdentityConsts.AdminUserName, DemoWebFactory.AdminPassword);

    protected async Task<HttpClient> LoginAsync(string? tenantCode, string userName, string password)
    {
        var token = await new AccountClientProxy(Factory.CreateClient())
            .LoginAsync(new LoginDto { TenantCode = tenantCode, UserName = userName, Password = password });
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    protected async Task<DemoState> ReadStateAsync()
    {
        var host = await LoginAsync(null, IdentityConsts.AdminUserName, AggregatedPaymentsWebFactory.AdminPassword);
        var admin = await AdminAsync();
        var channels = await new ChannelClientProxy(host).GetListAsync(new GetChannelListInput { Filter = DemoNames.ChannelCode });
        var merchants = await new MerchantClientProxy(host).GetListAsync(new GetMerchantListInput { Filter = DemoNames.MerchantCode });
        var demo = merchants.Items.Single(m => m.Code == DemoNames.MerchantCode);
        var openings = await new MerchantChannelClientProxy(host).GetListAsync(demo.Id);
        var users = await new UserClientProxy(admin).GetListAsync(new GetUserListInput());
        var roles = await new RoleClientProxy(admin).GetListAsync(new Dtos.PagedRequestDto());
        var sources = await new PayrollDataSourceClientProxy(admin).GetListAsync(new GetPayrollDataSourceListInput());
        var postings = await new LedgerClientProxy(admin).GetPostingsAsync(new GetLedgerPostingListInput());
        var balance = (await new LedgerClientProxy(admin).GetBalancesAsync()).Single();
        return new DemoState(
            channels.Items.Count(c => c.Code == DemoNames.ChannelCode), merchants.Items.Count(m => m.Code == DemoNames.MerchantCode), openings.Count,
            users.TotalCount, roles.TotalCount, sources.TotalCount, postings.TotalCount, balance.Available);
    }
}
