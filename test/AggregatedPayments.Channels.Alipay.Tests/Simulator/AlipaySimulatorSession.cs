using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AggregatedPayments.Channels.Alipay.Simulator;

/// <summary>
/// The channel simulator in memory, with our app's vector certificate as the key it verifies
/// requests with, and the adapter configured the way a merchant would configure it against it.
/// </summary>
public sealed class AlipaySimulatorSession : IAsyncDisposable
{
    public const string AppId = "2019090366875133";
    public const string NotifyUrl = "https://merchant.test/alipay/notify";

    private readonly SimulatorHost host = new();
    private string? alipayPublicKey;

    public AlipaySimulatorSession()
    {
        Http = host.CreateClient();
    }

    public HttpClient Http { get; }

    public AlipayChannelAdapter Adapter { get; } = new();

    /// <summary>A client that gives up after <paramref name="timeout"/>, as the outbound guard would.</summary>
    public HttpClient ImpatientClient(TimeSpan timeout)
    {
        var client = host.CreateClient();
        client.Timeout = timeout;
        return client;
    }

    public async Task<ChannelContext> ContextAsync(
        string productCode = AlipayProductCodes.ToAccount, string appId = AppId, HttpClient? http = null, TimeProvider? clock = null)
    {
        alipayPublicKey ??= (await Http.GetFromJsonAsync<JsonElement>("/_sim/alipay-public-key")).GetProperty("publicKey").GetString()!;
        return new ChannelContext(
            new ChannelParameters(new Dictionary<string, string>
            {
                [AlipayChannelParameters.AppId] = appId,
                [AlipayChannelParameters.AppPrivateKey] = AlipayTestVectors.Instance.PrivateKeyPkcs8Base64,
                [AlipayChannelParameters.AlipayPublicKey] = alipayPublicKey,
                [AlipayChannelParameters.GatewayUrl] = new Uri(Http.BaseAddress!, "/alipay/gateway.do").ToString(),
                [AlipayChannelParameters.ProductCode] = productCode,
                [AlipayChannelParameters.AlipayUserId] = "2088102000000001",
            }),
            new Dictionary<ChannelFunctions, Uri>(),
            http ?? Http,
            clock ?? TimeProvider.System);
    }

    public PayoutInstruction Instruction(long fen, Payee? payee = null, string? notifyUrl = null) => new(
        Adapter.FormatKey(Guid.NewGuid()),
        new ChannelAmount(fen, "CNY", 2),
        payee ?? new Payee("2088102000000002", "张三", PayeeAccountType.ProviderUserId),
        "工资",
        "payroll",
        notifyUrl);

    public static Payee BankCard(string number = "6222020200112233445") =>
        new(number, "张三", PayeeAccountType.BankCard, BankName: "中国工商银行");

    public async Task<List<SimulatorPayout>> PayoutsAsync() =>
        (await Http.GetFromJsonAsync<List<SimulatorPayout>>("/_sim/payouts"))!;

    public async Task<List<SimulatorCallback>> TakeCallbacksAsync() =>
        (await Http.GetFromJsonAsync<List<SimulatorCallback>>("/_sim/callbacks"))!;

    public Task SetFaultsAsync(object knobs) => PostAsync("/_sim/faults", knobs);

    public Task SetCallbackKnobsAsync(object knobs) => PostAsync("/_sim/callbacks/settings", knobs);

    public Task SettleAsync(string outBizNo, string status) => PostAsync("/_sim/alipay/settle", new { outBizNo, status });

    public Task SetStatementDriftAsync(object knobs) => PostAsync("/_sim/alipay/statement-drift", knobs);

    /// <summary>Moves the simulator's clock, e.g. to the next Beijing day, when yesterday's bill exists.</summary>
    public Task AdvanceClockAsync(TimeSpan by) => PostAsync("/_sim/clock/advance", new { seconds = (int)by.TotalSeconds });

    public static DateOnly BeijingDay(DateTimeOffset instant) =>
        DateOnly.ParseExact(instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await host.DisposeAsync();
    }

    private async Task PostAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
    }

    private sealed class SimulatorHost : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Alipay:AppPublicKeyPem", AlipayTestVectors.Instance.CertificatePem);
            builder.UseSetting("Alipay:InitialBalance", "100000.00");
        }
    }
}
