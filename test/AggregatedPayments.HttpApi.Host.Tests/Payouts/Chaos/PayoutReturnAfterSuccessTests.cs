using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A card transfer the bank pays and later returns: the return reaches a payout that is already
/// Succeeded (final), and must still move it to Returned with the compensating posting — by the query
/// its callback asks for, or by a clerk's "query now".
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayoutReturnAfterSuccessTests(AggregatedPaymentsWebFactory factory) : ChaosTestBase(factory)
{
    [Fact]
    public async Task Should_return_a_succeeded_card_payout_when_the_banks_refund_message_arrives()
    {
        var (merchant, order, key) = await PaidCardPayoutAsync();

        await Simulator.SettleAsync(key, "REFUND");
        await DeliverCallbacksAsync();
        await RunJobsAsync();
        var returned = await new PayoutClientProxy(merchant.Admin).GetAsync(order);

        returned.Order.State.ShouldBe(PayoutState.Returned);
        returned.Attempts.ShouldHaveSingleItem().State.ShouldBe(PayoutState.Returned);
        returned.Postings.Select(p => p.EventKind).ShouldBe([LedgerEventKind.Hold, LedgerEventKind.Success, LedgerEventKind.Return], ignoreOrder: true);
        (await BalancesAsync(merchant.Id)).Sum(b => b.PaidOut).ShouldBe(0);
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_return_a_succeeded_card_payout_when_a_clerk_queries_it_now_after_the_refund()
    {
        var (merchant, order, key) = await PaidCardPayoutAsync();
        await Simulator.SettleAsync(key, "REFUND");
        await Simulator.TakeCallbacksAsync();

        await new PayoutClientProxy(merchant.Admin).QueryNowAsync(order);
        await RunJobsAsync();
        var returned = await new PayoutClientProxy(merchant.Admin).GetAsync(order);

        returned.Order.State.ShouldBe(PayoutState.Returned);
        returned.Postings.Select(p => p.EventKind).ShouldBe([LedgerEventKind.Hold, LedgerEventKind.Success, LedgerEventKind.Return], ignoreOrder: true);
        returned.History.Where(h => !h.IsIgnored && h.From != h.To).Select(h => (h.From, h.To)).ShouldContain((PayoutState.Succeeded, PayoutState.Returned));
    }

    [Fact]
    public async Task Should_leave_a_succeeded_payout_alone_when_its_success_message_arrives_again()
    {
        var (merchant, order, _) = await PaidCardPayoutAsync();
        var before = await new PayoutClientProxy(merchant.Admin).GetAsync(order);

        await new PayoutClientProxy(merchant.Admin).QueryNowAsync(order);
        await RunJobsAsync();
        var after = await new PayoutClientProxy(merchant.Admin).GetAsync(order);

        after.Order.State.ShouldBe(PayoutState.Succeeded);
        after.Postings.Count.ShouldBe(before.Postings.Count);
        (await Simulator.PayoutsAsync()).ShouldHaveSingleItem();
    }

    /// <summary>One card payout, sent, settled as SUCCESS by the bank, and seen Succeeded through its callback's query.</summary>
    private async Task<(TestMerchant Merchant, Guid Order, string Key)> PaidCardPayoutAsync()
    {
        var merchant = await CreateMerchantAsync();
        var (api, _, order, key) = await SendSettledCardPayoutAsync(merchant);
        await DeliverCallbacksAsync();
        await RunJobsAsync();
        var paid = await api.GetAsync(order);
        paid.Order.State.ShouldBe(PayoutState.Succeeded, string.Join(" | ", paid.History.Select(h => $"{h.From}->{h.To} {h.Actor} {h.Reason}")));
        return (merchant, order, key);
    }
}
