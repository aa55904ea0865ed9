using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.Channels.Sandbox;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.FaultInjection;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MySqlConnector;
using Shouldly;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A database with merchants whose sandbox channels are really configured (channel, merchant channel,
/// parameters), the submission engine registered, jobs run only when the test drains them, a fake
/// clock to reach scheduled queries, and a scripted network in front of the in-process sandbox.
/// </summary>
internal sealed class SubmissionScenario : IAsyncDisposable
{
    public const string FailingEnding = "13";

    private static int _accounts;

    private SubmissionScenario(TestDatabase database, ScriptedSandboxAdapter adapter, ThrowingFaultPoints faults)
    {
        Database = database;
        Adapter = adapter;
        Faults = faults;
    }

    public TestDatabase Database { get; }

    public ScriptedSandboxAdapter Adapter { get; }

    public ThrowingFaultPoints Faults { get; }

    public static async Task<SubmissionScenario> CreateAsync(Action<PayoutSubmissionOptions>? options = null)
    {
        var adapter = new ScriptedSandboxAdapter(new SandboxChannelAdapter());
        var faults = new ThrowingFaultPoints();
        var database = await TestDatabase.CreateAsync(services =>
        {
            services.AddSingleton<IPayoutChannelAdapter>(adapter);
            services.RemoveAll<IFaultPoints>();
            services.AddSingleton<IFaultPoints>(faults);
            services.Configure<PayoutSubmissionOptions>(o =>
            {
                o.IsSweepEnabled = false;
                options?.Invoke(o);
            });
        });
        await using (var scope = database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
        }

        return new SubmissionScenario(database, adapter, faults);
    }

    public DateTime UtcNow => Database.Clock.GetUtcNow().UtcDateTime;

    /// <summary>A merchant (its own tenant) in Shanghai time.</summary>
    public async Task<Guid> CreateMerchantAsync(string code)
    {
        await using var scope = Database.CreateScope();
        var merchant = await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync(code, "Merchant " + code, "Asia/Shanghai", CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return merchant.TenantId;
    }

    /// <summary>
    /// A sandbox channel (amounts ending in 13 fail after acceptance; <paramref name="processingSeconds"/>
    /// of processing) opened to <paramref name="tenantId"/> with its own sandbox account, funded with
    /// <paramref name="fundMinor"/> CNY at the sandbox and synced into the ledger.
    /// </summary>
    public async Task<Guid> OpenSandboxChannelAsync(Guid tenantId, string code, int priority = 0, int processingSeconds = 0, long fundMinor = 1_000_00, string? failAccountPattern = null, long? dailyLimitMinor = null)
    {
        Guid channelId;
        await using (var scope = Database.CreateScope())
        {
            var manager = scope.ServiceProvider.GetRequiredService<ChannelManager>();
            var channel = await manager.CreateAsync(code, "Sandbox " + code, SandboxChannelAdapter.ProviderName, CancellationToken.None);
            manager.Configure(channel, ["CNY"],
                [.. new[] { ChannelFunctions.Payout, ChannelFunctions.Query, ChannelFunctions.Balance, ChannelFunctions.Notification }
                    .Select(f => new ChannelFunctionSetting(f, null, IsEnabled: true))],
                null, null);
            await manager.SetParametersAsync(channel, new Dictionary<string, string?>
            {
                [SandboxParameterNames.FailAmountEndings] = FailingEnding + "=PAYEE_BANK_REFUSED",
                [SandboxParameterNames.ProcessingDelaySeconds] = processingSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [SandboxParameterNames.FailAccountPattern] = failAccountPattern
            }, CancellationToken.None);
            channel.Open();
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            channelId = channel.Id;
        }

        var account = $"acct-{Interlocked.Increment(ref _accounts)}-{Guid.NewGuid():N}";
        var merchantChannelId = await InTenantAsync(tenantId, async services =>
        {
            var channel = await services.GetRequiredService<IRepository<Channel>>().GetAsync(channelId);
            var manager = services.GetRequiredService<MerchantChannelManager>();
            var merchantChannel = await manager.CreateAsync(channel, CancellationToken.None);
            manager.Configure(merchantChannel, channel, ChannelFunctions.Payout | ChannelFunctions.Query | ChannelFunctions.Balance | ChannelFunctions.Notification,
                priority, 1, null, dailyLimitMinor, null);
            await manager.SetParametersAsync(merchantChannel, channel, new Dictionary<string, string?>
            {
                [SandboxParameterNames.AccountId] = account,
                [SandboxParameterNames.NotifySecret] = "notify-secret-" + account
            }, CancellationToken.None);
            merchantChannel.Open();
            await services.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            return merchantChannel.Id;
        });

        SandboxAccount(account).TopUp(new ChannelAmount(fundMinor, "CNY", 2));
        await SyncBalanceAsync(tenantId, merchantChannelId);
        _accountsByMerchantChannel[merchantChannelId] = account;
        return merchantChannelId;
    }

    private readonly Dictionary<Guid, string> _accountsByMerchantChannel = [];

    public SandboxLedger SandboxAccount(string account) => Adapter.Sandbox.Ledgers.Open(account);

    public SandboxLedger SandboxOf(Guid merchantChannelId) => SandboxAccount(_accountsByMerchantChannel[merchantChannelId]);

    /// <summary>
    /// The callback the sandbox would send about <paramref name="key"/> paid through <paramref name="payingMerchantChannelId"/>,
    /// signed with the notify secret of <paramref name="signingMerchantChannelId"/> (another merchant forging it with its own valid secret).
    /// </summary>
    public NotificationRequest Callback(Guid payingMerchantChannelId, string key, Guid? signingMerchantChannelId = null)
    {
        var payout = SandboxOf(payingMerchantChannelId).Find(key, UtcNow) ?? throw new InvalidOperationException($"The sandbox has no payout {key}.");
        var secret = "notify-secret-" + _accountsByMerchantChannel[signingMerchantChannelId ?? payingMerchantChannelId];
        return SandboxNotifications.Create(payout, secret, Database.Clock.GetUtcNow());
    }

    public async Task<ChannelCallbacks.ChannelCallbackReception> DeliverAsync(Guid toMerchantChannelId, NotificationRequest callback)
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ChannelCallbacks.ChannelCallbackReceiver>().ReceiveAsync(toMerchantChannelId, callback, CancellationToken.None);
    }

    public Task<IReadOnlyList<BalanceSyncResult>> SyncBalanceAsync(Guid tenantId, Guid merchantChannelId) =>
        InTenantAsync(tenantId, services => services.GetRequiredService<MerchantChannelBalanceSync>().SyncAsync(merchantChannelId, "CNY", CancellationToken.None));

    public async Task<Guid> CreateOrderAsync(Guid tenantId, string reference, long minor, string accountNumber = "6222021234567890") =>
        (await InTenantAsync(tenantId, services => services.GetRequiredService<PayoutOrderManager>().CreateAsync(
            [new PayoutLineRequest(reference, new Money(minor, "CNY"), new PayeeDetails(accountNumber, "张三", PayeeAccountType.BankCard, "ICBC"), "Salary")],
            "clerk", CancellationToken.None))).OrderId;

    /// <summary>As an app service would: in one transaction the order moves, the hold posts and the send job is queued.</summary>
    public Task<PayoutAttempt> StartAsync(Guid tenantId, Guid orderId, Guid? merchantChannelId) =>
        InTransactionAsync(tenantId, async services =>
        {
            var order = await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None)
                        ?? throw new InvalidOperationException("no order");
            return await services.GetRequiredService<IPayoutSubmitter>().StartAsync(order, merchantChannelId, "clerk", CancellationToken.None);
        });

    public Task QueryNowAsync(Guid tenantId, Guid orderId) =>
        InTransactionAsync(tenantId, async services =>
        {
            var order = await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None)
                        ?? throw new InvalidOperationException("no order");
            await services.GetRequiredService<IPayoutSubmitter>().QueryNowAsync(order, "clerk", CancellationToken.None);
            return true;
        });

    /// <summary>Runs every job due now, as the host's worker would, until none is left.</summary>
    public Task<int> RunJobsAsync() => Database.Services.GetRequiredService<BackgroundJobWorker>().RunPendingAsync();

    /// <summary>Moves the clock on and runs what became due, repeatedly, so a whole query schedule can be walked through.</summary>
    public async Task AdvanceAsync(TimeSpan by, int steps = 1)
    {
        for (var i = 0; i < steps; i++)
        {
            Database.Clock.Advance(by);
            await RunJobsAsync();
        }
    }

    public Task<PayoutOrder> LoadAsync(Guid tenantId, Guid orderId) =>
        InTenantAsync(tenantId, async services => await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None)
                                                  ?? throw new InvalidOperationException("no order"));

    public Task<LedgerBalance> BalanceAsync(Guid tenantId, Guid merchantChannelId) =>
        InTenantAsync(tenantId, async services => (await services.GetRequiredService<ILedgerStore>()
            .FindBalanceAsync(new LedgerAccountKey(tenantId, merchantChannelId, "CNY"), CancellationToken.None))!);

    /// <summary>The stored request of the attempt, decrypted: what every send and resend must carry byte for byte.</summary>
    public Task<StoredRequest> StoredRequestAsync(Guid tenantId, PayoutAttempt attempt) =>
        InTenantAsync(tenantId, services => services.GetRequiredService<PayoutTransitionManager>().GetStoredRequestAsync(attempt, CancellationToken.None));

    public async Task<List<BackgroundJobRecord>> QueryJobsOfAsync(Guid attemptId) =>
        [.. (await JobsAsync()).Where(j => j.JobName == "Payouts.Query" && j.ArgsJson.Contains(attemptId.ToString(), StringComparison.Ordinal))];

    public async Task<List<BackgroundJobRecord>> JobsAsync()
    {
        await using var scope = Database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<BackgroundJobRecord>().AsNoTracking().ToListAsync();
    }

    /// <summary>
    /// After every scenario: the ledger invariants, and PaidOut equal to what each sandbox account itself
    /// paid (its log of acceptances that ended in success), so no key was ever paid twice.
    /// </summary>
    public async Task AssertMoneyAsync(Guid tenantId, params Guid[] merchantChannelIds)
    {
        await Database.AssertHoldAsync();
        foreach (var merchantChannelId in merchantChannelIds)
        {
            var sandbox = SandboxOf(merchantChannelId);
            var log = sandbox.PaymentLog;
            log.GroupBy(p => p.Key).ShouldAllBe(g => g.Count() == 1);
            var paid = log.Select(p => sandbox.Find(p.Key, UtcNow)!).Where(p => p.State == ChannelPayoutState.Succeeded).Sum(p => p.Amount.Minor);
            (await BalanceAsync(tenantId, merchantChannelId)).PaidOut.ShouldBe(paid);
        }
    }

    public async Task<T> InTenantAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Database.CreateScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await action(scope.ServiceProvider);
    }

    public Task<T> InTransactionAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> action) =>
        InTenantAsync(tenantId, async services =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync();
            var result = await action(services);
            await unitOfWork.SaveChangesAsync();
            await transaction.CommitAsync();
            return result;
        });

    public async ValueTask DisposeAsync()
    {
        var connectionString = await InTenantAsync(Guid.Empty, services => Task.FromResult(services.GetRequiredService<AggregatedPaymentsDbContext>().Database.GetConnectionString()));
        await Database.DisposeAsync();
        if (TestDatabaseSettings.IsMySql)
        {
            await MySqlConnection.ClearPoolAsync(new MySqlConnection(connectionString));
        }
    }
}
