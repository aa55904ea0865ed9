using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Our adapter against the channel simulator, which implements the Alipay gateway with its own,
/// independent code: a shared misreading of the protocol would pass a fake but not this.
/// </summary>
public sealed class AlipayAgainstSimulatorTests : IAsyncLifetime
{
    private readonly SimulatorHost _simulator = new();
    private HttpClient _http = null!;
    private ChannelContext _context = null!;
    private readonly AlipayChannelAdapter _adapter = new();

    public async Task InitializeAsync()
    {
        _http = _simulator.CreateClient();
        var alipayKey = (await _http.GetFromJsonAsync<JsonElement>("/_sim/alipay-public-key")).GetProperty("publicKey").GetString()!;
        _context = new ChannelContext(
            new ChannelParameters(new Dictionary<string, string>
            {
                [AlipayChannelParameters.AppId] = "2019090366875133",
                [AlipayChannelParameters.AppPrivateKey] = AlipayTestVectors.Instance.PrivateKeyPkcs8Base64,
                [AlipayChannelParameters.AlipayPublicKey] = alipayKey,
                [AlipayChannelParameters.GatewayUrl] = new Uri(_http.BaseAddress!, "/alipay/gateway.do").ToString(),
                [AlipayChannelParameters.ProductCode] = AlipayProductCodes.ToAccount,
                [AlipayChannelParameters.AlipayUserId] = "2088102000000001"
            }),
            new Dictionary<ChannelFunctions, Uri>(),
            _http,
            TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Should_be_paid_once_by_the_simulator_when_the_stored_request_is_sent_twice()
    {
        var request = _adapter.PrepareSubmit(Instruction(Guid.NewGuid(), 1234), _context);

        var first = await _adapter.SubmitAsync(request, _context, default);
        var again = await _adapter.SubmitAsync(request, _context, default);

        first.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        again.ShouldBeOfType<SubmitResult.Accepted>().ProviderReference.ShouldBe(((SubmitResult.Accepted)first).ProviderReference);
        (await PayoutsAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_find_the_payout_by_its_key_and_answer_not_found_for_a_key_never_used()
    {
        var instruction = Instruction(Guid.NewGuid(), 5000);
        await _adapter.SubmitAsync(_adapter.PrepareSubmit(instruction, _context), _context, default);

        var found = await _adapter.QueryAsync(instruction.Key, instruction.Amount, _context, default);
        var missing = await _adapter.QueryAsync(_adapter.FormatKey(Guid.NewGuid()), instruction.Amount, _context, default);

        found.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        missing.ShouldBeOfType<QueryResult.NotFound>();
    }

    [Fact]
    public async Task Should_have_a_request_with_a_one_byte_signing_bug_refused_and_nothing_paid()
    {
        var request = _adapter.PrepareSubmit(Instruction(Guid.NewGuid(), 1234), _context);
        var body = Encoding.UTF8.GetString(request.Body);
        var broken = request with { Body = Encoding.UTF8.GetBytes(body.Replace("version=1.0", "version=1.1", StringComparison.Ordinal)) };

        var result = await _adapter.SubmitAsync(broken, _context, default);

        result.ShouldBeOfType<SubmitResult.Refused>().Error.SubCode.ShouldBe("isv.invalid-signature");
        (await PayoutsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_leave_a_lost_answer_unknown_and_let_a_query_find_the_single_payout()
    {
        var instruction = Instruction(Guid.NewGuid(), 700);
        await SetFaultsAsync(lostAnswerPercent: 100);
        var lost = await _adapter.SubmitAsync(_adapter.PrepareSubmit(instruction, _context), _context, default);
        await SetFaultsAsync(lostAnswerPercent: 0);

        var found = await _adapter.QueryAsync(instruction.Key, instruction.Amount, _context, default);

        lost.ShouldBeOfType<SubmitResult.Unknown>();
        found.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        (await PayoutsAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_read_the_balance_left_after_a_payout()
    {
        await _adapter.SubmitAsync(_adapter.PrepareSubmit(Instruction(Guid.NewGuid(), 2500), _context), _context, default);

        var balance = await _adapter.QueryBalanceAsync("CNY", _context, default);

        balance.ShouldBeOfType<BalanceResult.Known>().Available.Minor.ShouldBe(100_000_00 - 2500);
    }

    private PayoutInstruction Instruction(Guid attemptId, long fen) => new(
        _adapter.FormatKey(attemptId),
        new ChannelAmount(fen, "CNY", 2),
        new Payee("2088102000000002", "张三", PayeeAccountType.ProviderUserId),
        "工资",
        "payroll");

    private async Task<int> PayoutsAsync() => (await _http.GetFromJsonAsync<JsonElement>("/_sim/payouts")).GetArrayLength();

    private async Task SetFaultsAsync(int lostAnswerPercent)
    {
        using var response = await _http.PostAsJsonAsync("/_sim/faults", new { path = "/alipay/gateway.do", lostAnswerPercent, seed = 7 });
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
