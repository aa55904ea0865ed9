using AggregatedPayments.Channels;
using AggregatedPayments.Channels.Alipay;
using AggregatedPayments.Hosting;
using AggregatedPayments.Simulation;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Answers that do not prove a payout was never taken — Alipay's "this out_biz_no was already used with
/// other parameters" and a code the error dictionary does not know — lead to a query of the same key,
/// never to a new key; only a definite refusal may be followed by one.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayoutMisclassificationTests(AggregatedPaymentsWebFactory factory) : ChaosTestBase(factory)
{
    private const int Squatted = 4;
    private const int Unmapped = 4;
    private const int MaxRounds = 30;
    /// <summary>A documented Alipay code the error dictionary does not map: the simulator answers it for a payout to the payer itself.</summary>
    private const string UnmappedSubCode = "PAYER_PAYEE_CANNOT_SAME";

    private const string PayerUserId = "2088102000000001";

    [Fact]
    public async Task Should_query_the_same_key_after_key_already_used_and_unmapped_answers_and_take_a_new_key_only_after_a_definite_refusal()
    {
        var merchant = await CreateMerchantAsync();
        var channel = await OpenAlipayAsync(merchant, AlipayProductCodes.ToAccount);
        var api = new PayoutClientProxy(merchant.Admin);

        // Someone else's request got to the simulator first under each of these keys: same amount with another
        // title (the query then finds it paid), or another amount (the query cannot vouch for it).
        var squatted = new List<Guid>();
        for (var i = 0; i < Squatted; i++)
        {
            var create = ChaosPayoutPlan.For(i).ToCreate(channel, channel);
            var order = (await api.CreateAsync(create)).Order;
            var key = (await api.GetAsync(order.Id)).Attempts.ShouldHaveSingleItem().ChannelKey;
            await SquatAsync(key, i == 0 ? order.AmountMinor + 1 : order.AmountMinor, create.Payee);
            squatted.Add(order.Id);
        }

        var refused = (await api.CreateAsync(ChaosPayoutPlan.For(9).ToCreate(channel, channel))).Order.Id;
        var unmapped = new List<Guid>();
        for (var i = 0; i < Unmapped; i++)
        {
            var toPayer = ChaosPayoutPlan.For(100 + i).ToCreate(channel, channel);
            toPayer.Payee.AccountNumber = PayerUserId;
            unmapped.Add((await api.CreateAsync(toPayer)).Order.Id);
        }

        await DriveUntilSettledAsync(merchant.Id, MaxRounds);

        var reinitiated = await new PayoutClientProxy(await LoginAsync(merchant.Code, Identity.IdentityConsts.AdminUserName, merchant.AdminPassword))
            .ReinitiateAsync(refused, new ReinitiatePayoutDto { MerchantChannelId = channel });
        var attempts = (await AttemptsAsync(merchant.Id)).ToLookup(a => a.OrderId);
        var orders = (await OrdersAsync(merchant.Id)).ToDictionary(o => o.Id);
        var history = (await HistoryAsync(merchant.Id)).Where(h => !h.IsIgnored && h.From != h.To).ToLookup(h => h.OrderId);
        var paid = await Simulator.PayoutsAsync();

        foreach (var id in squatted.Concat(unmapped))
        {
            var attempt = attempts[id].ShouldHaveSingleItem();
            attempt.State.ShouldNotBe(PayoutState.Failed);
            history[id].ShouldContain(h => h.From == PayoutState.Submitting && h.To == PayoutState.Unknown);
            history[id].ShouldNotContain(h => h.To == PayoutState.Failed);
            (attempt.LastQueryTime is not null).ShouldBeTrue($"{attempt.ChannelKey} was never queried");
        }

        squatted.Skip(1).ShouldAllBe(id => orders[id].State == PayoutState.Succeeded);
        history[squatted[1]].First(h => h.To == PayoutState.Unknown).Reason.ShouldContain("PAYMENT_INFO_INCONSISTENCY");
        orders[squatted[0]].NeedsManualReview.ShouldBeTrue("the key was paid for another amount: a person must look");
        unmapped.ShouldAllBe(id => orders[id].NeedsManualReview && orders[id].State == PayoutState.Unknown);
        history[unmapped[0]].First(h => h.To == PayoutState.Unknown).Reason.ShouldContain(UnmappedSubCode);
        paid.GroupBy(p => p.Key).ShouldAllBe(g => g.Count() == 1);
        paid.Count.ShouldBe(Squatted);
        attempts[refused].Select(a => a.State).ShouldBe([PayoutState.Failed, PayoutState.Submitting], ignoreOrder: true);
        reinitiated.Attempts.Select(a => a.ChannelKey).Distinct().Count().ShouldBe(2);
        (await Ledger.LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
    }

    /// <summary>Runs, delivers callbacks and moves the clock until every current attempt is final or waits for a person.</summary>
    private async Task DriveUntilSettledAsync(Guid tenantId, int maxRounds)
    {
        for (var round = 0; round < maxRounds; round++)
        {
            await RunJobsAsync();
            await DeliverCallbacksAsync();
            await RunJobsAsync();
            var orders = await OrdersAsync(tenantId);
            var open = (await AttemptsAsync(tenantId)).Where(a => !PayoutStateMachine.IsFinal(a.State) && orders.Single(o => o.Id == a.OrderId) is { NeedsManualReview: false } o && o.CurrentAttemptId == a.Id).ToList();
            if (open.Count == 0)
            {
                return;
            }

            if (!await AdvanceToNextJobAsync(tenantId))
            {
                throw new ShouldAssertException($"Nothing is due, yet {open.Count} attempts are open: {string.Join(", ", open.Select(a => $"{a.ChannelKey} {a.State}"))}");
            }
        }

        throw new ShouldAssertException($"After {maxRounds} rounds attempts are still open.");
    }

    /// <summary>Sends a transfer to the same payee under <paramref name="key"/> straight to the simulator, with another title.</summary>
    private async Task SquatAsync(string key, long fen, PayeeInput payee)
    {
        using var http = new HttpClient();
        var context = new ChannelContext(
            new ChannelParameters(new Dictionary<string, string>
            {
                [AlipayChannelParameters.AppId] = AppId,
                [AlipayChannelParameters.AppPrivateKey] = AlipayAppKey.PrivateKeyPem(),
                [AlipayChannelParameters.AlipayPublicKey] = await Simulator.AlipayPublicKeyAsync(),
                [AlipayChannelParameters.GatewayUrl] = new Uri(Simulator.Simulator.BaseAddress, SimulatorControl.GatewayPath).ToString(),
                [AlipayChannelParameters.ProductCode] = AlipayProductCodes.ToAccount,
                [AlipayChannelParameters.AlipayUserId] = "2088102000000001"
            }),
            new Dictionary<ChannelFunctions, Uri>(),
            http,
            TimeProvider.System);
        var adapter = new AlipayChannelAdapter();
        var instruction = new PayoutInstruction(key, new ChannelAmount(fen, "CNY", 2), new Payee(payee.AccountNumber, payee.AccountName, PayeeAccountType.ProviderUserId), "Another request", null);
        var result = await adapter.SubmitAsync(adapter.PrepareSubmit(instruction, context), context, default);
        result.ShouldBeOfType<SubmitResult.Accepted>(result.ToString());
    }
}
