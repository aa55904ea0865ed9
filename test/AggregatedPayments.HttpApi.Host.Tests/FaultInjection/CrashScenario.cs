using System.Net.Http.Headers;
using AggregatedPayments.Account;
using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants;
using AggregatedPayments.Payouts;
using AggregatedPayments.Simulation;

namespace AggregatedPayments.FaultInjection;

/// <summary>
/// One merchant paying through Alipay (the channel simulator, on a real socket in this test process)
/// from a host that runs as its own process over its own database, so that the host can be killed at a
/// fault point and started again while the simulator keeps its log of what it paid.
/// </summary>
internal sealed class CrashScenario : IAsyncDisposable
{
    private const string AdminPassword = "CrashTest123!";
    private const string MerchantPassword = "Passw0rd!";
    private const string ChannelCode = "crashali";

    private readonly TestDatabaseSettings.Instance _database = TestDatabaseSettings.NewInstance();
    private readonly string _merchantCode = "c" + Guid.NewGuid().ToString("N")[..10];

    private readonly RunningSimulator _simulator;

    private CrashScenario(RunningSimulator simulator)
    {
        _simulator = simulator;
        Simulator = new SimulatorControl(simulator);
    }

    public SimulatorControl Simulator { get; }

    public Guid MerchantChannelId { get; private set; }

    public static CrashScenario Create() => new(RunningSimulator.Start());

    public HostProcess StartHost(string? faultAt = null) => HostProcess.Start(Configuration(), faultAt: faultAt);

    /// <summary>The platform's administrator opens an Alipay channel to a new merchant, which syncs its ledger.</summary>
    public async Task SetUpAsync(HostProcess host, string productCode)
    {
        var admin = await LoginAsync(host, null, IdentityConsts.AdminUserName, AdminPassword);
        var merchant = (await new MerchantClientProxy(admin).CreateAsync(new CreateMerchantDto
        {
            Code = _merchantCode,
            Name = "Crash test merchant",
            AdminPassword = MerchantPassword
        })).Merchant;
        string[] functions = ["Payout", "Query", "Balance"];
        var channel = await ChannelSetup.DefineAsync(admin, "Alipay", functions, new Dictionary<string, string?>
        {
            ["gateway_url"] = new Uri(_simulator.BaseAddress, SimulatorControl.GatewayPath).ToString(),
            ["product_code"] = productCode
        }, open: true, code: ChannelCode);
        var opened = await ChannelSetup.OpenToMerchantAsync(admin, merchant.Id, channel.Id, functions, new Dictionary<string, string?>
        {
            ["app_id"] = "2019090366875133",
            ["app_private_key"] = AlipayAppKey.PrivateKeyPem(),
            ["alipay_public_key"] = await Simulator.AlipayPublicKeyAsync(),
            ["alipay_user_id"] = "2088102000000001"
        });
        MerchantChannelId = opened.Id;
        await new LedgerClientProxy(await MerchantAsync(host)).SyncAsync(opened.Id);
    }

    /// <summary>
    /// Asks for a payout and returns its merchant reference. The armed host may die on its worker before
    /// it has answered this very request: the order is committed by then, and is found by its reference.
    /// </summary>
    public async Task<string> SubmitPayoutAsync(HostProcess host, PayeeInput payee)
    {
        var reference = "crash-" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await new PayoutClientProxy(await MerchantAsync(host)).CreateAsync(new CreatePayoutDto
            {
                MerchantReference = reference,
                AmountMinor = 12_34,
                Currency = "CNY",
                Payee = payee,
                Purpose = "Salary",
                MerchantChannelId = MerchantChannelId
            });
        }
        catch (HttpRequestException)
        {
            // Only the crash the test asked for may cut the answer off.
            if (!await HasDiedAsync(host))
            {
                throw;
            }
        }

        return reference;
    }

    public async Task<Guid> FindOrderAsync(HostProcess host, string reference) =>
        (await new PayoutClientProxy(await MerchantAsync(host)).GetListAsync(new GetPayoutListInput { MerchantReference = reference })).Items.Single().Id;

    public async Task<PayoutOrderDetailDto> GetAsync(HostProcess host, Guid orderId) =>
        await new PayoutClientProxy(await MerchantAsync(host)).GetAsync(orderId);

    /// <summary>Polls until <paramref name="done"/> holds for the order; the engine runs on its own in the process.</summary>
    public async Task<PayoutOrderDetailDto> WaitUntilAsync(HostProcess host, Guid orderId, Func<PayoutOrderDetailDto, bool> done)
    {
        var payouts = new PayoutClientProxy(await MerchantAsync(host));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        while (true)
        {
            var detail = await payouts.GetAsync(orderId);
            if (done(detail))
            {
                return detail;
            }

            if (DateTime.UtcNow > deadline || host.HasExited)
            {
                throw new TimeoutException($"Order {orderId} stayed {detail.Order.State} (review: {detail.Order.NeedsManualReview}). Host output:\n{host.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }

    public async Task<int> PaidCountAsync(string key) => (await Simulator.PayoutsAsync()).Count(p => p.Key == key);

    public async ValueTask DisposeAsync()
    {
        await _simulator.DisposeAsync();
        await _database.DropAsync();
    }

    private static async Task<bool> HasDiedAsync(HostProcess host)
    {
        try
        {
            await host.WaitForExitAsync();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private Task<HttpClient> MerchantAsync(HostProcess host) => LoginAsync(host, _merchantCode, IdentityConsts.AdminUserName, MerchantPassword);

    private static async Task<HttpClient> LoginAsync(HostProcess host, string? tenantCode, string userName, string password)
    {
        var anonymous = new HttpClient { BaseAddress = host.BaseAddress };
        var token = await new AccountClientProxy(anonymous).LoginAsync(new LoginDto { TenantCode = tenantCode, UserName = userName, Password = password });
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    /// <summary>Short timeouts and a quick pace, so a dead worker's job is taken over and an open attempt queried within seconds.</summary>
    private Dictionary<string, string?> Configuration()
    {
        var configuration = new Dictionary<string, string?>(_database.Configuration)
        {
            ["Database:MigrateOnStartup"] = "true",
            ["Jwt:SigningKey"] = AggregatedPaymentsWebFactory.JwtSigningKey,
            [EncryptionOptions.KeyEncryptionKeyPath] = EncryptionKeyValidator.TestKey,
            ["Seed:AdminPassword"] = AdminPassword,
            ["OutboundCalls:AllowedTargets:0"] = "localhost",
            ["OutboundCalls:Timeout"] = "00:00:02",
            ["BackgroundJobs:IsWorkerEnabled"] = "true",
            ["BackgroundJobs:PollInterval"] = "00:00:00.200",
            ["BackgroundJobs:LeaseDuration"] = "00:00:06",
            ["BackgroundJobs:FirstRetryDelay"] = "00:00:01",
            ["PayoutSubmission:SweepInterval"] = "00:00:01",
            ["PayoutSubmission:SweepGrace"] = "00:00:01"
        };
        for (var slot = 0; slot < 12; slot++)
        {
            configuration[$"PayoutSubmission:ChannelQuerySchedules:{ChannelCode}:{slot}"] = "00:00:01";
        }

        return configuration;
    }
}
