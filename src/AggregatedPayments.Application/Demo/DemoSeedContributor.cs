using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payroll.DataSources;
using AggregatedPayments.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Demo;

/// <summary>
/// Seeds the demo when Demo:Enabled: the sandbox channel, the merchant "demo" with its admin and clerk, the
/// channel opened to it and its balance synced into the ledger, approval thresholds, the notify address and
/// the payroll data source the host serves itself. Everything goes through the use cases a platform
/// administrator and the merchant's administrator would call. Each step only creates what is missing and
/// never changes what exists, so a restart after someone used the demo keeps what they did.
/// </summary>
public sealed class DemoSeedContributor(
    IConfiguration configuration,
    IRepository<Channel> channels,
    IRepository<Merchant> merchants,
    IRepository<MerchantChannel> merchantChannels,
    IRepository<PayrollDataSource> dataSources,
    IAsyncQueryExecuter executer,
    IDataFilter dataFilter,
    ICurrentTenant currentTenant,
    IChannelAppService channelApp,
    IMerchantAppService merchantApp,
    IMerchantChannelAppService openings,
    IRoleAppService roles,
    IUserAppService users,
    RoleManager<AppRole> roleManager,
    UserManager<AppUser> userManager,
    IPermissionAppService permissions,
    ILedgerAppService ledger,
    IPayrollDataSourceAppService dataSourceApp,
    ILogger<DemoSeedContributor> logger) : IDataSeedContributor
{
    private static readonly List<string> Functions = ["Payout", "Query", "Balance", "Withdraw"];

    /// <summary>After the platform's own seeding: the admin roles and dictionaries exist.</summary>
    public int Order => 1000;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var options = DemoOptions.From(configuration);
        if (!options.Enabled)
        {
            return;
        }

        if (string.IsNullOrEmpty(options.AdminPassword) || string.IsNullOrEmpty(options.ClerkPassword))
        {
            throw new InvalidOperationException("Demo:Enabled needs Demo:AdminPassword and Demo:ClerkPassword.");
        }

        var self = DemoOptions.ResolveSelfBaseUrl(configuration);
        Guid channelId;
        Guid merchantId;
        using (currentTenant.Change(null))
        {
            if (await IsDeletedAsync(channels, c => c.Code == DemoNames.ChannelCode, cancellationToken)
                || await IsDeletedAsync(merchants, m => m.Code == DemoNames.MerchantCode, cancellationToken))
            {
                logger.LogWarning("Demo: the demo merchant or its channel was deleted; the demo is not seeded again");
                return;
            }

            channelId = await EnsureChannelAsync(cancellationToken);
            merchantId = await EnsureMerchantAsync(options.AdminPassword, self, cancellationToken);
        }

        using (currentTenant.Change(merchantId))
        {
            await EnsureClerkAsync(options.ClerkPassword, cancellationToken);
            await EnsureOpeningAsync(merchantId, channelId, cancellationToken);
            await EnsureDataSourceAsync(self, cancellationToken);
        }
    }

    private async Task<bool> IsDeletedAsync<T>(IRepository<T> rows, System.Linq.Expressions.Expression<Func<T, bool>> demo, CancellationToken cancellationToken)
        where T : Entities.SoftDeleteAggregateRoot
    {
        using (dataFilter.DisableSoftDeleteFilter())
        {
            return await executer.AnyAsync(rows.QueryNoTracking().Where(demo).Where(r => r.IsDeleted), cancellationToken);
        }
    }

    private async Task<Guid> EnsureChannelAsync(CancellationToken cancellationToken)
    {
        var existing = await executer.FirstOrDefaultAsync(
            channels.QueryNoTracking().Where(c => c.Code == DemoNames.ChannelCode).Select(c => (Guid?)c.Id), cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var channel = await channelApp.CreateAsync(new CreateChannelDto { Code = DemoNames.ChannelCode, Name = "Sandbox", Provider = "Sandbox" }, cancellationToken);
        channel = await channelApp.UpdateAsync(channel.Id, new UpdateChannelDto
        {
            Name = channel.Name,
            Currencies = [DemoNames.Currency],
            Functions = Functions.Select(f => new ChannelFunctionDto { Function = f, IsEnabled = true }).ToList(),
            SingleLimitMinor = 100_000_00,
            DailyLimitMinor = 10_000_000_00,
            Version = channel.Version
        }, cancellationToken);
        await channelApp.UpdateParametersAsync(channel.Id, new UpdateChannelParametersDto
        {
            Values = new Dictionary<string, string?> { ["failAmountEndings"] = DemoNames.FailingAmountEnding + "=PAYEE_BANK_REFUSED" }
        }, cancellationToken);
        await channelApp.OpenAsync(channel.Id, cancellationToken);
        logger.LogInformation("Demo: created the sandbox channel '{Code}'", DemoNames.ChannelCode);
        return channel.Id;
    }

    private async Task<Guid> EnsureMerchantAsync(string adminPassword, Uri self, CancellationToken cancellationToken)
    {
        var existing = await executer.FirstOrDefaultAsync(
            merchants.QueryNoTracking().Where(m => m.Code == DemoNames.MerchantCode).Select(m => (Guid?)m.Id), cancellationToken);
        if (existing is { } id)
        {
            await FollowHostWithNotifyUrlAsync(id, self, cancellationToken);
            return id;
        }

        var created = await merchantApp.CreateAsync(new CreateMerchantDto
        {
            Code = DemoNames.MerchantCode, Name = DemoNames.MerchantName, AdminPassword = adminPassword, TimeZone = "Asia/Shanghai"
        }, cancellationToken);
        var merchant = created.Merchant;
        var parameters = await merchantApp.GetParametersAsync(merchant.Id, cancellationToken);
        await merchantApp.UpdateParametersAsync(merchant.Id, new UpdateMerchantParametersDto
        {
            NotifyUrl = new Uri(self, DemoNames.NotificationsPath).ToString(),
            Currencies = [new MerchantCurrencyLimitDto { Currency = DemoNames.Currency, ApprovalSingleMinor = DemoNames.ApprovalSingleMinor }],
            Version = parameters.Version
        }, cancellationToken);
        logger.LogInformation("Demo: created the merchant '{Code}' with its admin", DemoNames.MerchantCode);
        return merchant.Id;
    }

    private async Task EnsureClerkAsync(string password, CancellationToken cancellationToken)
    {
        if (await roleManager.FindByNameAsync(DemoNames.ClerkRoleName) is null)
        {
            var role = await roles.CreateAsync(new CreateRoleDto { Name = DemoNames.ClerkRoleName }, cancellationToken);
            await permissions.UpdateForRoleAsync(
                role.Id, DemoClerkPermissions.All.Select(p => new UpdatePermissionDto { Name = p, State = PermissionState.Granted }).ToList(), cancellationToken);
        }

        if (await userManager.FindByNameAsync(DemoNames.ClerkUserName) is null)
        {
            await users.CreateAsync(new CreateUserDto
            {
                UserName = DemoNames.ClerkUserName, Name = "Demo clerk", Password = password, RoleNames = [DemoNames.ClerkRoleName]
            }, cancellationToken);
            logger.LogInformation("Demo: created the user '{UserName}'", DemoNames.ClerkUserName);
        }
    }

    private async Task EnsureOpeningAsync(Guid merchantId, Guid channelId, CancellationToken cancellationToken)
    {
        if (await executer.AnyAsync(merchantChannels.QueryNoTracking().Where(o => o.ChannelId == channelId), cancellationToken))
        {
            return;
        }

        MerchantChannelDto opened;
        using (currentTenant.Change(null))
        {
            opened = await openings.CreateAsync(merchantId, new CreateMerchantChannelDto
            {
                ChannelId = channelId,
                Functions = Functions,
                Priority = 1,
                Weight = 10,
                Parameters = new Dictionary<string, string?>
                {
                    ["accountId"] = "demo-account",
                    ["initialBalance"] = DemoNames.OpeningBalanceMinor.ToString(System.Globalization.CultureInfo.InvariantCulture)
                }
            }, cancellationToken);
            opened = await openings.UpdateAsync(merchantId, opened.Id, new UpdateMerchantChannelDto
            {
                Functions = [.. opened.Functions], Priority = opened.Priority, Weight = opened.Weight, IsOpen = true, Version = opened.Version
            }, cancellationToken);
        }

        // The ledger learns the balance the way a merchant's would: by asking the provider.
        await ledger.SyncAsync(opened.Id, cancellationToken);
        logger.LogInformation("Demo: opened the sandbox channel to '{Code}' and synced its balance", DemoNames.MerchantCode);
    }

    private async Task EnsureDataSourceAsync(Uri self, CancellationToken cancellationToken)
    {
        var existing = await executer.FirstOrDefaultAsync(
            dataSources.QueryNoTracking().Where(s => s.Name == DemoNames.DataSourceName).Select(s => (Guid?)s.Id), cancellationToken);
        if (existing is { } id)
        {
            await FollowHostWithDataSourceAsync(id, self, cancellationToken);
            return;
        }

        await dataSourceApp.CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Http,
            Name = DemoNames.DataSourceName,
            Http = new PayrollHttpSourceInputDto { Url = new Uri(self, DemoNames.PayrollSourcePath).ToString(), PageSize = 20 }
        }, cancellationToken);
        logger.LogInformation("Demo: created the data source '{Name}' at {Url}", DemoNames.DataSourceName, new Uri(self, DemoNames.PayrollSourcePath));
    }

    // The demo's own addresses follow the host: started again on another port, its notifications and its payroll
    // source still reach it. An address someone pointed elsewhere is theirs and stays.
    private async Task FollowHostWithNotifyUrlAsync(Guid merchantId, Uri self, CancellationToken cancellationToken)
    {
        var parameters = await merchantApp.GetParametersAsync(merchantId, cancellationToken);
        var wanted = new Uri(self, DemoNames.NotificationsPath).ToString();
        if (!IsDemoAddress(parameters.NotifyUrl, DemoNames.NotificationsPath) || parameters.NotifyUrl == wanted)
        {
            return;
        }

        await merchantApp.UpdateParametersAsync(merchantId, new UpdateMerchantParametersDto
        {
            NotifyUrl = wanted,
            AllowedIpRanges = [.. parameters.AllowedIpRanges],
            Currencies = [.. parameters.Currencies],
            TimeZone = parameters.TimeZone,
            Version = parameters.Version
        }, cancellationToken);
        logger.LogInformation("Demo: the notify address follows the host to {Url}", wanted);
    }

    private async Task FollowHostWithDataSourceAsync(Guid dataSourceId, Uri self, CancellationToken cancellationToken)
    {
        var source = await dataSourceApp.GetAsync(dataSourceId, cancellationToken);
        var wanted = new Uri(self, DemoNames.PayrollSourcePath).ToString();
        if (source.Http is not { } http || !IsDemoAddress(http.Url, DemoNames.PayrollSourcePath) || http.Url == wanted)
        {
            return;
        }

        await dataSourceApp.UpdateAsync(dataSourceId, new UpdatePayrollDataSourceDto
        {
            Name = source.Name,
            IsEnabled = source.IsEnabled,
            Http = new PayrollHttpSourceInputDto { Url = wanted, PageSize = http.PageSize },
            Version = source.Version
        }, cancellationToken);
        logger.LogInformation("Demo: the data source '{Name}' follows the host to {Url}", source.Name, wanted);
    }

    private static bool IsDemoAddress(string? url, string demoPath) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.EndsWith("/" + demoPath, StringComparison.Ordinal);
}
