using System.Net.Http.Headers;
using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.Channels.Alipay;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using AggregatedPayments.Simulation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Merchants paying through Alipay channels that point at the running simulator (a real socket, reached
/// through the outbound guard as "localhost"); the test plays the worker (jobs run when it says), the
/// clock, the bank behind card transfers and the network that carries the simulator's callbacks.
/// </summary>
public abstract class ChaosTestBase(AggregatedPaymentsWebFactory factory) : HostTestBase(factory), IAsyncLifetime
{
    /// <summary>The app id of the SDK test vectors, whose key pair the simulator verifies requests with.</summary>
    public const string AppId = "2019090366875133";

    private RunningSimulator _simulator = null!;

    protected SimulatorControl Simulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _simulator = RunningSimulator.Start();
        Simulator = new SimulatorControl(_simulator);
        await Simulator.SyncClockAsync(Factory.Clock);
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    /// <summary>
    /// Defines an Alipay channel for one product against the simulator, opens it to the merchant with its
    /// app's credentials (and the callback function, so requests name the merchant channel's callback
    /// address), and syncs the ledger from the simulated account's balance.
    /// </summary>
    protected async Task<Guid> OpenAlipayAsync(TestMerchant merchant, string productCode, string appId = AppId)
    {
        var host = await HostAdminAsync();
        string[] functions = ["Payout", "Query", "Balance", "Notification"];
        var channel = await ChannelSetup.DefineAsync(host, "Alipay", functions, new Dictionary<string, string?>
        {
            ["gateway_url"] = new Uri(_simulator.BaseAddress, SimulatorControl.GatewayPath).ToString(),
            ["product_code"] = productCode
        }, open: true);
        var opened = await ChannelSetup.OpenToMerchantAsync(host, merchant.Id, channel.Id, functions, new Dictionary<string, string?>
        {
            ["app_id"] = appId,
            ["app_private_key"] = AlipayAppKey.PrivateKeyPem(),
            ["alipay_public_key"] = await Simulator.AlipayPublicKeyAsync(),
            ["alipay_user_id"] = "2088102000000001"
        }, priority: 1, weight: 10);

        var sync = await new LedgerClientProxy(merchant.Admin).SyncAsync(opened.Id);
        if (sync.Results.SingleOrDefault()?.ProviderAvailableMinor is null)
        {
            throw new InvalidOperationException("The ledger could not be funded from the simulator: " + sync.Results.SingleOrDefault()?.Reason);
        }

        return opened.Id;
    }

    /// <summary>Runs every job that is due now, as the hosted worker would; with several workers, as several host instances would (jobs are claimed by guarded updates).</summary>
    protected async Task<int> RunJobsAsync(int workers = 1)
    {
        var worker = Factory.Services.GetRequiredService<BackgroundJobWorker>();
        return (await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => worker.RunPendingAsync()))).Sum();
    }

    /// <summary>
    /// Takes the callbacks the simulator owes now and posts each, byte for byte, to the host address it
    /// names (a merchant channel's callback address), as the provider's delivery would.
    /// </summary>
    protected async Task<int> DeliverCallbacksAsync()
    {
        var due = await Simulator.TakeCallbacksAsync();
        using var client = Factory.CreateClient();
        foreach (var callback in due)
        {
            await PostCallbackAsync(client, callback.Target.AbsolutePath, callback.Body, callback.ContentType);
        }

        return due.Count;
    }

    protected static async Task<HttpResponseMessage> PostCallbackAsync(HttpClient client, string path, byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await client.PostAsync(path, content);
    }

    /// <summary>
    /// Moves the host's clock to the next job of <paramref name="tenantId"/> that waits (a scheduled query,
    /// a retry) and the simulator's with it; false when no job of the tenant waits.
    /// </summary>
    protected async Task<bool> AdvanceToNextJobAsync(Guid tenantId)
    {
        var next = await ReadAsync(db => db.Set<BackgroundJobRecord>().Where(j => j.TenantId == tenantId && !j.IsAbandoned)
            .OrderBy(j => j.NextTryTime).Select(j => (DateTime?)j.NextTryTime).FirstOrDefaultAsync());
        if (next is not { } due)
        {
            return false;
        }

        var at = new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc));
        if (at > Factory.Clock.GetUtcNow())
        {
            Factory.Clock.SetUtcNow(at);
        }

        await Simulator.SyncClockAsync(Factory.Clock);
        return true;
    }

    /// <summary>One card payout of a new Alipay card channel, sent, and settled as SUCCESS by the bank; its callbacks are left to the test.</summary>
    protected async Task<(PayoutClientProxy Api, Guid MerchantChannelId, Guid Order, string Key)> SendSettledCardPayoutAsync(TestMerchant merchant)
    {
        var card = await OpenAlipayAsync(merchant, AlipayProductCodes.ToBankCard);
        var api = new PayoutClientProxy(merchant.Admin);
        var order = (await api.CreateAsync(ChaosPayoutPlan.For(6).ToCreate(card, card))).Order.Id;
        await RunJobsAsync();
        var key = (await api.GetAsync(order)).Attempts.ShouldHaveSingleItem().ChannelKey;
        await Simulator.SettleAsync(key, "SUCCESS");
        return (api, card, order, key);
    }

    protected Task<List<PayoutOrder>> OrdersAsync(Guid tenantId) =>
        ReadAsync(db => db.Set<PayoutOrder>().Where(o => o.TenantId == tenantId).ToListAsync());

    protected Task<List<PayoutAttempt>> AttemptsAsync(Guid tenantId) =>
        ReadAsync(db => db.Set<PayoutAttempt>().Where(a => a.TenantId == tenantId).ToListAsync());

    protected Task<List<PayoutStateChange>> HistoryAsync(Guid tenantId) =>
        ReadAsync(db => db.Set<PayoutStateChange>().Where(h => h.TenantId == tenantId).ToListAsync());

    protected Task<List<LedgerBalance>> BalancesAsync(Guid tenantId) =>
        ReadAsync(db => db.Set<LedgerBalance>().Where(b => b.TenantId == tenantId).ToListAsync());

    /// <summary>Reads the tables as they are committed, across merchants, untracked.</summary>
    protected async Task<T> ReadAsync<T>(Func<AggregatedPaymentsDbContext, Task<T>> read)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        using var allTenants = scope.ServiceProvider.GetRequiredService<IDataFilter>().DisableMultiTenantFilter();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}
