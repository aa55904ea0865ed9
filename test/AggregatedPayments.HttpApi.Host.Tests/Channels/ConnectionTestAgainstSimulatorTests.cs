using AggregatedPayments.Channels.GenericHttp;
using AggregatedPayments.Hosting;
using AggregatedPayments.Simulation;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

/// <summary>
/// "Test connection" from the administrator's API all the way to the channel simulator: stored and
/// encrypted parameters, the adapter's real signing, the outbound-call guard, the simulator's own
/// signature check and its signed answer.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ConnectionTestAgainstSimulatorTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory), IAsyncLifetime
{
    private RunningSimulator _simulator = null!;
    private SimulatorControl _control = null!;

    public async Task InitializeAsync()
    {
        _simulator = RunningSimulator.Start();
        _control = new SimulatorControl(_simulator);
        await _control.SyncClockAsync(Factory.Clock);
    }

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task Should_read_the_alipay_balance_from_the_simulator()
    {
        var result = await TestAlipayAsync(["Payout", "Query", "Balance"], AlipayAppKey.PrivateKeyPem());

        result.Succeeded.ShouldBeTrue(result.Outcome);
        result.Function.ShouldBe("Balance");
        result.Outcome.ShouldContain("5000000 minor units of CNY");
    }

    [Fact]
    public async Task Should_have_the_simulator_answer_a_query_for_a_key_nobody_used()
    {
        var result = await TestAlipayAsync(["Payout", "Query"], AlipayAppKey.PrivateKeyPem());

        result.Succeeded.ShouldBeTrue(result.Outcome);
        result.Function.ShouldBe("Query");
    }

    [Fact]
    public async Task Should_fail_when_the_merchant_holds_a_key_the_simulator_does_not_know()
    {
        using var stranger = System.Security.Cryptography.RSA.Create(2048);

        var result = await TestAlipayAsync(["Payout", "Query", "Balance"], stranger.ExportPkcs8PrivateKeyPem());

        result.Succeeded.ShouldBeFalse();
        result.Function.ShouldBe("Balance");
    }

    [Fact]
    public async Task Should_read_the_generic_providers_balance_from_the_simulator()
    {
        var result = await TestGenericAsync("generic-simulator-secret-1");

        result.Succeeded.ShouldBeTrue(result.Outcome);
        result.Function.ShouldBe("Balance");
        result.Outcome.ShouldContain("minor units of CNY");
    }

    [Fact]
    public async Task Should_fail_the_generic_test_when_the_merchant_holds_the_wrong_secret()
    {
        var result = await TestGenericAsync("not-the-secret");

        result.Succeeded.ShouldBeFalse();
        result.Function.ShouldBe("Balance");
    }

    /// <summary>The platform configures the provider's protocol; the merchant brings its id and secret.</summary>
    private async Task<ConnectionTestResultDto> TestGenericAsync(string secret)
    {
        var host = await HostAdminAsync();
        var all = GenericSimulatorChannel.Parameters("GM100001", secret);
        var merchantSupplied = new[] { GenericHttpParameterNames.MerchantId, GenericHttpParameterNames.Secret };
        var addresses = GenericSimulatorChannel.Addresses(_simulator.BaseAddress).ToDictionary(a => a.Key.ToString(), a => a.Value.ToString());
        var channel = await ChannelSetup.DefineAsync(
            host, "GenericHttp", addresses.Keys, all.Where(p => !merchantSupplied.Contains(p.Key)).ToDictionary(p => p.Key, p => (string?)p.Value), addresses: addresses);
        var merchant = await CreateMerchantAsync();
        var opened = await ChannelSetup.OpenToMerchantAsync(
            host, merchant.Id, channel.Id, ["Payout", "Query", "Balance"], all.Where(p => merchantSupplied.Contains(p.Key)).ToDictionary(p => p.Key, p => (string?)p.Value), open: false);

        return await new MerchantChannelClientProxy(host).TestConnectionAsync(merchant.Id, opened.Id);
    }

    private async Task<ConnectionTestResultDto> TestAlipayAsync(string[] functions, string appPrivateKey)
    {
        var host = await HostAdminAsync();
        var channel = await ChannelSetup.DefineAsync(host, "Alipay", functions, new Dictionary<string, string?>
        {
            ["gateway_url"] = new Uri(_simulator.BaseAddress, SimulatorControl.GatewayPath).ToString(),
            ["product_code"] = "TRANS_ACCOUNT_NO_PWD"
        });
        var merchant = await CreateMerchantAsync();
        var alipayPublicKey = await _control.AlipayPublicKeyAsync();
        var opened = await ChannelSetup.OpenToMerchantAsync(host, merchant.Id, channel.Id, functions, new Dictionary<string, string?>
        {
            ["app_id"] = "2019090366875133",
            ["app_private_key"] = appPrivateKey,
            ["alipay_public_key"] = alipayPublicKey,
            ["alipay_user_id"] = "2088102000000001"
        }, open: false);

        return await new MerchantChannelClientProxy(host).TestConnectionAsync(merchant.Id, opened.Id);
    }
}
