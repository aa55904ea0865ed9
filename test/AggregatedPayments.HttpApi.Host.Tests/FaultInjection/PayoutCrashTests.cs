using AggregatedPayments.Channels.Alipay;
using AggregatedPayments.Hosting;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.FaultInjection;

/// <summary>
/// The built host killed for real (Environment.FailFast) at each persistence boundary of the send and
/// query paths, then started again over the same database: the simulator's own log must show the
/// payout made at most once, and the order must end where that log says — or in manual review, with
/// nothing paid, when the platform cannot be sure.
/// </summary>
public sealed class PayoutCrashTests
{
    private static readonly PayeeInput AlipayAccount =
        new() { AccountNumber = "2088102000000002", AccountName = "张三", AccountType = "ProviderUserId" };

    private static readonly PayeeInput BankCard =
        new() { AccountNumber = "6222020200112233445", AccountName = "张三", AccountType = "BankCard", BankCode = "ICBC", BankName = "工商银行" };

    [Theory]
    [InlineData(FaultPointNames.AfterRecordSent)]
    [InlineData(FaultPointNames.AfterSendBeforeAnswer)]
    [InlineData(FaultPointNames.AfterAnswerRecorded)]
    public async Task Should_pay_once_when_the_host_dies_while_sending(string faultPoint)
    {
        await using var scenario = CrashScenario.Create();
        var reference = await CrashAsync(scenario, faultPoint, AlipayProductCodes.ToAccount, AlipayAccount);

        await using var restarted = await RestartAsync(scenario);
        var orderId = await scenario.FindOrderAsync(restarted, reference);
        var detail = await scenario.WaitUntilAsync(restarted, orderId, d => d.Order.State == PayoutState.Succeeded);

        (await scenario.PaidCountAsync(detail.Attempts.Single().ChannelKey)).ShouldBe(1);
    }

    [Theory]
    [InlineData(FaultPointNames.AfterQueryBeforeRecord)]
    [InlineData(FaultPointNames.AfterQueryRecorded)]
    public async Task Should_pay_once_when_the_host_dies_while_querying_a_payout_in_progress(string faultPoint)
    {
        await using var scenario = CrashScenario.Create();
        var reference = await CrashAsync(scenario, faultPoint, AlipayProductCodes.ToBankCard, BankCard);

        await using var restarted = await RestartAsync(scenario);
        var orderId = await scenario.FindOrderAsync(restarted, reference);
        var key = (await scenario.GetAsync(restarted, orderId)).Attempts.Single().ChannelKey;
        (await scenario.Simulator.SettleAsync(key, "SUCCESS")).ShouldBe("SUCCESS");
        await scenario.WaitUntilAsync(restarted, orderId, d => d.Order.State == PayoutState.Succeeded);

        (await scenario.PaidCountAsync(key)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_pay_once_when_the_host_dies_right_after_resending_a_request_the_provider_never_saw()
    {
        await using var scenario = CrashScenario.Create();
        var reference = await CrashAsync(scenario, FaultPointNames.AfterResend, AlipayProductCodes.ToAccount, AlipayAccount, firstSendTimesOut: true);

        await using var restarted = await RestartAsync(scenario);
        var orderId = await scenario.FindOrderAsync(restarted, reference);
        var detail = await scenario.WaitUntilAsync(restarted, orderId, d => d.Order.State == PayoutState.Succeeded);

        (await scenario.PaidCountAsync(detail.Attempts.Single().ChannelKey)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_hand_to_a_person_and_pay_nothing_when_the_host_dies_after_counting_a_not_found()
    {
        await using var scenario = CrashScenario.Create();
        var reference = await CrashAsync(scenario, FaultPointNames.AfterNotFoundRecorded, AlipayProductCodes.ToAccount, AlipayAccount, firstSendTimesOut: true);

        await using var restarted = await RestartAsync(scenario);
        var orderId = await scenario.FindOrderAsync(restarted, reference);
        var detail = await scenario.WaitUntilAsync(restarted, orderId, d => d.Order.NeedsManualReview);

        // The hold stays and nothing left: a second NotFound is not proof enough to fail or to pay again.
        detail.Order.State.ShouldNotBe(PayoutState.Failed);
        (await scenario.PaidCountAsync(detail.Attempts.Single().ChannelKey)).ShouldBe(0);
    }

    /// <summary>Starts the host armed at <paramref name="faultPoint"/>, pays, waits for the process to die there, and gives the payout's reference.</summary>
    private static async Task<string> CrashAsync(CrashScenario scenario, string faultPoint, string productCode, PayeeInput payee, bool firstSendTimesOut = false)
    {
        await using var host = scenario.StartHost(faultPoint);
        (await host.WaitUntilReadyAsync()).ShouldBeTrue(host.Output);
        await scenario.SetUpAsync(host, productCode);
        if (firstSendTimesOut)
        {
            // Exactly the next gateway request (the send) hangs unprocessed past the host's timeout.
            await scenario.Simulator.SetGatewayFaultsAsync(timeoutPercent: 1, hangMs: 5_000, seed: FirstRollOnly.Seed);
        }

        var reference = await scenario.SubmitPayoutAsync(host, payee);
        (await host.WaitForExitAsync()).ShouldNotBe(0, host.Output);
        host.Output.ShouldContain(faultPoint);
        return reference;
    }

    private static async Task<HostProcess> RestartAsync(CrashScenario scenario)
    {
        var host = scenario.StartHost();
        (await host.WaitUntilReadyAsync()).ShouldBeTrue(host.Output);
        return host;
    }
}
