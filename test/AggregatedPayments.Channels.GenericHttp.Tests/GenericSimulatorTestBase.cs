using System.Net.Http.Json;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// One in-memory simulator per test class instance, the adapter configured for merchant A, and the
/// simulator's admin API (payout log, fault knobs, settlement, statement drift) as a test needs it.
/// </summary>
public abstract class GenericSimulatorTestBase : IAsyncLifetime
{
    protected const string PayeeAccount = "6222020200112233445";
    protected const string ClosedAccount = "6222020200110000001";
    protected const string PendingAccount = "6222020200110000009";

    private readonly GenericSimulatorHost simulator = new();

    protected GenericHttpChannelAdapter Adapter { get; } = new();

    protected HttpClient Http { get; private set; } = null!;

    protected ChannelContext Channel { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Http = simulator.CreateClient();
        Channel = Context();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await simulator.DisposeAsync();
    }

    protected ChannelContext Context(
        string merchant = GenericSimulatorHost.Merchant,
        string secret = GenericSimulatorHost.Secret,
        string canonicalTemplate = GenericSimulatorChannel.CanonicalTemplate,
        HttpClient? http = null,
        TimeProvider? clock = null) =>
        new(new ChannelParameters(GenericSimulatorChannel.Parameters(merchant, secret, canonicalTemplate)),
            GenericSimulatorChannel.Addresses(Http.BaseAddress!),
            http ?? Http,
            clock ?? TimeProvider.System);

    /// <summary>A client whose own timeout fires long before the simulator's hang ends.</summary>
    protected HttpClient ImpatientClient()
    {
        var client = simulator.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(1);
        return client;
    }

    protected PayoutInstruction Instruction(long fen, string account = PayeeAccount, Guid? attempt = null) => new(
        Adapter.FormatKey(attempt ?? Guid.NewGuid()),
        new ChannelAmount(fen, "CNY", 2),
        new Payee(account, "张三", PayeeAccountType.BankCard),
        "工资 11月",
        NotifyUrl: "https://platform.example/channels/notify/generic");

    protected async Task<SubmitResult> SubmitAsync(PayoutInstruction instruction) =>
        await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Channel), Channel, default);

    protected async Task<IReadOnlyList<SimulatorPayout>> PayoutsAsync() =>
        (await Http.GetFromJsonAsync<List<SimulatorPayout>>("/_sim/payouts"))!;

    protected Task SetFaultsAsync(string path, int timeoutPercent = 0, int lostAnswerPercent = 0, int successAfterTimeoutPercent = 0) =>
        PostAsync("/_sim/faults", new { path, timeoutPercent, lostAnswerPercent, successAfterTimeoutPercent, timeoutHangMs = 30_000, seed = 7 });

    protected Task SettleAsync(string key, string outcome) =>
        PostAsync("/_sim/generic/settle", new { merchant = GenericSimulatorHost.Merchant, key, outcome });

    protected async Task PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }
}
