extern alias Simulator;

using System.Net;
using AggregatedPayments.Channels.Alipay;
using AggregatedPayments.Hosting;
using AggregatedPayments.Simulation;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;
using SimulatorAlipay = Simulator::AggregatedPayments.ChannelSimulator.Alipay;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Merchant A holds valid Alipay credentials of its own and knows (or guesses) merchant B's key. Whatever
/// it signs, and wherever it posts it, B's payout moves only by what a query of B's own app finds.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayoutForgedCallbackTests(AggregatedPaymentsWebFactory factory) : ChaosTestBase(factory)
{
    private const string AppIdOfB = "2021000000009999";
    private const string FormContentType = "application/x-www-form-urlencoded; charset=utf-8";

    [Theory]
    [InlineData(AppId, "FAIL")]
    [InlineData(AppId, "SUCCESS")]
    [InlineData(AppIdOfB, "FAIL")]
    public async Task Should_not_let_merchant_a_move_merchant_bs_payout_with_a_message_signed_by_as_own_app_key(string claimedAppId, string claimedStatus)
    {
        var (b, channelOfB, order, key, before) = await ProcessingPayoutOfBAsync();
        using var appKeyOfA = AlipayKeys.LoadPrivateKey(AlipayAppKey.PrivateKeyPem());
        var forged = AlipayMessageForger.OrderChanged(appKeyOfA, claimedAppId, key, claimedStatus, before.Order.AmountMinor, Factory.Clock.GetUtcNow());

        using var client = Factory.CreateClient();
        using var answer = await PostCallbackAsync(client, $"/api/channel-callbacks/{channelOfB}", forged, FormContentType);
        await RunJobsAsync();

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await answer.Content.ReadAsStringAsync()).ShouldBe("fail");
        await ShouldBeUntouchedAsync(b, order, before);
    }

    [Fact]
    public async Task Should_not_let_a_genuine_alipay_message_for_merchant_as_app_move_merchant_bs_payout()
    {
        var a = await CreateMerchantAsync();
        var channelOfA = await OpenAlipayAsync(a, AlipayProductCodes.ToBankCard);
        var (b, channelOfB, order, key, before) = await ProcessingPayoutOfBAsync();

        // Signed by "Alipay" itself for A's app: what A would receive had it made a transfer of its own under B's key.
        var alipay = Simulator.Simulator.Services.GetRequiredService<SimulatorAlipay.AlipayKeys>().AlipayPrivateKey;
        var genuineForA = AlipayMessageForger.OrderChanged(alipay, AppId, key, "FAIL", before.Order.AmountMinor, Factory.Clock.GetUtcNow());

        using var client = Factory.CreateClient();
        using var atB = await PostCallbackAsync(client, $"/api/channel-callbacks/{channelOfB}", genuineForA, FormContentType);
        using var atA = await PostCallbackAsync(client, $"/api/channel-callbacks/{channelOfA}", genuineForA, FormContentType);
        await RunJobsAsync();

        atB.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        atA.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await new PayoutClientProxy(a.Admin).GetListAsync(new GetPayoutListInput())).Items.ShouldBeEmpty();
        await ShouldBeUntouchedAsync(b, order, before);
    }

    /// <summary>Merchant B's card payout, sent and dealing at the simulated bank, and B's own messages delivered.</summary>
    private async Task<(TestMerchant B, Guid ChannelOfB, Guid Order, string Key, PayoutOrderDetailDto Before)> ProcessingPayoutOfBAsync()
    {
        var b = await CreateMerchantAsync();
        var channelOfB = await OpenAlipayAsync(b, AlipayProductCodes.ToBankCard, AppIdOfB);
        var api = new PayoutClientProxy(b.Admin);
        var order = (await api.CreateAsync(ChaosPayoutPlan.For(7).ToCreate(channelOfB, channelOfB))).Order.Id;
        await RunJobsAsync();
        await DeliverCallbacksAsync();
        await RunJobsAsync();
        var before = await api.GetAsync(order);
        before.Order.State.ShouldBe(PayoutState.Processing);
        return (b, channelOfB, order, before.Attempts.ShouldHaveSingleItem().ChannelKey, before);
    }

    private async Task ShouldBeUntouchedAsync(TestMerchant b, Guid order, PayoutOrderDetailDto before)
    {
        var after = await new PayoutClientProxy(b.Admin).GetAsync(order);
        after.Order.State.ShouldBe(PayoutState.Processing);
        after.Order.NeedsManualReview.ShouldBeFalse();
        after.Attempts.Select(x => (x.Id, x.ChannelKey, x.State)).ShouldBe(before.Attempts.Select(x => (x.Id, x.ChannelKey, x.State)));
        after.Postings.Select(p => p.Id).ShouldBe(before.Postings.Select(p => p.Id));
        after.History.Where(h => !h.IsIgnored && h.From != h.To).Select(h => h.Id).ShouldBe(before.History.Where(h => !h.IsIgnored && h.From != h.To).Select(h => h.Id));
        (await Simulator.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe(before.Attempts[0].ChannelKey);
    }
}
