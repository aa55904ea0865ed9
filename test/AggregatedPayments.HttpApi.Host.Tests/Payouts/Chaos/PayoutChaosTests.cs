using System.Collections.Concurrent;
using System.Diagnostics;
using AggregatedPayments.Channels.Alipay;
using AggregatedPayments.Hosting;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// ISSUE 4's chaos run: payouts created through the API and paid through the real Alipay adapter against
/// the simulator, which loses a fifth of its answers, lets a tenth of the requests time out, and sends
/// its callbacks duplicated, late and out of order. Every claim is checked against what the simulator
/// itself did.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayoutChaosTests(AggregatedPaymentsWebFactory factory, ITestOutputHelper output) : ChaosTestBase(factory)
{
    /// <summary>The run's size: the issue asks for 1,000. Lower it to iterate on the test itself.</summary>
    public const int PayoutCount = 1000;

    /// <summary>Each round runs what is due, settles, delivers callbacks, then moves the clock to the next job.</summary>
    private const int MaxRounds = 120;

    /// <summary>Workers claiming jobs at once, and API callers creating payouts at once, as several host instances and clients would.</summary>
    private const int Parallelism = 4;

    private const long SimulatorOpeningBalanceMinor = 50_000_00;

    [Fact]
    public async Task Should_pay_no_key_twice_and_end_every_attempt_as_the_simulator_did_despite_lost_answers_timeouts_and_unruly_callbacks()
    {
        var watch = Stopwatch.StartNew();
        var merchant = await CreateMerchantAsync();
        var accountChannel = await OpenAlipayAsync(merchant, AlipayProductCodes.ToAccount);
        var cardChannel = await OpenAlipayAsync(merchant, AlipayProductCodes.ToBankCard);
        await Simulator.SetGatewayFaultsAsync(lostAnswerPercent: 20, timeoutPercent: 10, seed: 11);
        await Simulator.SetCallbackKnobsAsync(duplicatePercent: 20, latePercent: 20, outOfOrderPercent: 20, seed: 12);

        var created = new ConcurrentDictionary<Guid, ChaosPayoutPlan>();
        var api = new PayoutClientProxy(merchant.Admin);
        await Parallel.ForEachAsync(Enumerable.Range(0, PayoutCount).Select(ChaosPayoutPlan.For), new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (plan, _) => created[(await api.CreateAsync(plan.ToCreate(accountChannel, cardChannel))).Order.Id] = plan);
        var plans = new Dictionary<Guid, ChaosPayoutPlan>(created);

        var creation = watch.Elapsed;
        var bank = new ChaosBank(Simulator);
        var (rounds, clerkQueries) = await DriveToQuiescenceAsync(merchant, plans, bank);
        var driven = watch.Elapsed;

        // Stragglers: late and duplicated callbacks about payouts that are final by now.
        await DeliverCallbacksAsync();
        await RunJobsAsync(Parallelism);
        await DeliverCallbacksAsync();
        await RunJobsAsync(Parallelism);

        var attempts = await ReadRunAsync(merchant.Id, plans);
        var paid = await Simulator.PayoutsAsync();
        Report(attempts, bank, rounds, clerkQueries, creation, driven, watch.Elapsed);

        paid.GroupBy(p => p.Key).Where(g => g.Count() > 1).Select(g => $"{g.Key} paid {g.Count()} times").ShouldBeEmpty();
        (await OrdersAsync(merchant.Id)).Count.ShouldBe(PayoutCount);
        var everyAttempt = await AttemptsAsync(merchant.Id);
        everyAttempt.GroupBy(a => a.OrderId).Where(g => g.Count() > 1).Select(g => $"order {g.Key} has {g.Count()} keys").ShouldBeEmpty();
        attempts.Where(a => !a.IsSettled).Select(Describe).ShouldBeEmpty();
        attempts.Select(a => Mismatch(a, bank)).OfType<string>().ShouldBeEmpty();
        (await LedgerInvariants.FindViolationsAsync(Factory.Services)).ShouldBeEmpty();
        (await HistoryAsync(merchant.Id)).Where(h => !h.IsIgnored && h.From != h.To && PayoutStateMachine.IsFinal(h.From))
            .Where(h => (h.From, h.To) != (PayoutState.Succeeded, PayoutState.Returned))
            .Select(h => $"order {h.OrderId} moved {h.From} → {h.To}").ShouldBeEmpty();

        var simulatorPaid = paid.Where(p => bank.Statuses.GetValueOrDefault(p.Key) == ChaosPayoutPlan.Success).Sum(p => p.AmountMinor);
        var stillHeldButPaid = attempts.Where(a => a.Order.NeedsManualReview && bank.Statuses.GetValueOrDefault(a.Attempt.ChannelKey) == ChaosPayoutPlan.Success)
            .Sum(a => a.Attempt.AmountMinor);
        (await BalancesAsync(merchant.Id)).Sum(b => b.PaidOut).ShouldBe(simulatorPaid - stillHeldButPaid);

        // The simulator's own account, read through the balance function with the faults off, agrees with the verdicts counted here.
        await Simulator.SetGatewayFaultsAsync();
        var admin = await LoginAsync(merchant.Code, IdentityConsts.AdminUserName, merchant.AdminPassword);
        var sync = await new LedgerClientProxy(admin).SyncAsync(accountChannel);
        (SimulatorOpeningBalanceMinor - sync.Results.ShouldHaveSingleItem().ProviderAvailableMinor).ShouldBe(simulatorPaid);
    }

    /// <summary>
    /// Runs what is due, gives the bank's verdicts, delivers the callbacks, and moves the clock to the next
    /// waiting job, until every attempt is final or waits for a person. A refund whose only message the
    /// simulator holds back for good (out of order, with nothing after it) is looked up by a clerk's
    /// "query now", as reconciliation would prompt one.
    /// </summary>
    private async Task<(int Rounds, int ClerkQueries)> DriveToQuiescenceAsync(TestMerchant merchant, Dictionary<Guid, ChaosPayoutPlan> plans, ChaosBank bank)
    {
        var clerkQueries = 0;
        for (var round = 1; round <= MaxRounds; round++)
        {
            var progress = await RunJobsAsync(Parallelism);
            progress += await bank.SettleAsync(await Simulator.PayoutsAsync(), await ReadRunAsync(merchant.Id, plans));
            progress += await DeliverCallbacksAsync();
            progress += await RunJobsAsync(Parallelism);

            var attempts = await ReadRunAsync(merchant.Id, plans);
            if (attempts.All(a => a.IsSettled) && !bank.HasWorkFor(attempts))
            {
                var refundsUnseen = attempts.Where(a => bank.Statuses.GetValueOrDefault(a.Attempt.ChannelKey) == ChaosPayoutPlan.Refund && a.Attempt.State == PayoutState.Succeeded).ToList();
                if (refundsUnseen.Count == 0)
                {
                    return (round, clerkQueries);
                }

                if (progress == 0)
                {
                    // Nothing came in this round: the refund's only message is held back for good.
                    var clerk = new PayoutClientProxy(await LoginAsync(merchant.Code, IdentityConsts.AdminUserName, merchant.AdminPassword));
                    foreach (var unseen in refundsUnseen)
                    {
                        await clerk.QueryNowAsync(unseen.Order.Id);
                        clerkQueries++;
                    }

                    continue;
                }
            }

            if (!await AdvanceToNextJobAsync(merchant.Id) && progress == 0)
            {
                throw new ShouldAssertException($"Round {round}: nothing is due or waiting, yet {attempts.Count(a => !a.IsSettled)} attempts are open: "
                    + string.Join("; ", attempts.Where(a => !a.IsSettled).Take(5).Select(Describe)));
            }
        }

        var open = (await ReadRunAsync(merchant.Id, plans)).Where(a => !a.IsSettled).ToList();
        throw new ShouldAssertException($"After {MaxRounds} rounds {open.Count} attempts are still open: " + string.Join("; ", open.Take(10).Select(Describe)));
    }

    private async Task<List<ChaosAttempt>> ReadRunAsync(Guid tenantId, Dictionary<Guid, ChaosPayoutPlan> plans)
    {
        var orders = (await OrdersAsync(tenantId)).ToDictionary(o => o.Id);
        return (await AttemptsAsync(tenantId))
            .Where(a => orders[a.OrderId].CurrentAttemptId == a.Id)
            .Select(a => new ChaosAttempt(plans[a.OrderId], orders[a.OrderId], a))
            .ToList();
    }

    /// <summary>What the attempt's end says against what the simulator holds under its key; null when they agree.</summary>
    private static string? Mismatch(ChaosAttempt run, ChaosBank bank)
    {
        var (order, attempt) = (run.Order, run.Attempt);
        var simulated = bank.Statuses.GetValueOrDefault(attempt.ChannelKey);
        if (order.NeedsManualReview)
        {
            // A person decides: allowed when the simulator never paid the key, or when the query schedule ran out of answers.
            return simulated is null || order.ManualReviewReason?.Contains("schedule", StringComparison.Ordinal) == true
                ? null
                : $"{Describe(run)} waits for a person though the simulator holds {simulated}";
        }

        var expected = simulated switch
        {
            null => PayoutState.Failed,
            ChaosPayoutPlan.Success => PayoutState.Succeeded,
            ChaosPayoutPlan.Fail => PayoutState.Failed,
            ChaosPayoutPlan.Refund => PayoutState.Returned,
            _ => (PayoutState?)null
        };
        if (attempt.State != expected || order.State != expected)
        {
            return $"{Describe(run)} but the simulator holds {simulated ?? "nothing"}";
        }

        var refusal = run.Plan.Kind switch
        {
            ChaosPayoutKind.UnknownAccount => "PAYEE_NOT_EXIST",
            ChaosPayoutKind.NameMismatch => "PAYEE_USER_INFO_ERROR",
            ChaosPayoutKind.RefusedCard => "PAYEE_CARD_INFO_ERROR",
            _ => null
        };
        return refusal is not null && attempt.ProviderErrorSubCode != refusal
            ? $"{Describe(run)} failed with {attempt.ProviderErrorSubCode}, not {refusal}"
            : null;
    }

    private static string Describe(ChaosAttempt run) =>
        $"{run.Plan.Reference} ({run.Plan.Kind}, key {run.Attempt.ChannelKey}) is {run.Attempt.State}, order {run.Order.State}"
        + (run.Order.NeedsManualReview ? $" in manual review ({run.Order.ManualReviewReason})" : "")
        + $", {run.Attempt.QueryCount} scheduled queries, {run.Attempt.NotFoundCount} NotFound";

    private void Report(List<ChaosAttempt> attempts, ChaosBank bank, int rounds, int clerkQueries, TimeSpan created, TimeSpan driven, TimeSpan total)
    {
        output.WriteLine($"{PayoutCount} payouts: created in {created.TotalSeconds:F1}s, quiet after {rounds} rounds at {driven.TotalSeconds:F1}s, checked at {total.TotalSeconds:F1}s");
        output.WriteLine("attempts: " + string.Join(", ", attempts.GroupBy(a => a.Order.NeedsManualReview ? "ManualReview" : a.Attempt.State.ToString()).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine("simulator: " + string.Join(", ", bank.Statuses.Values.GroupBy(s => s).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine($"refunds looked up by a clerk's query now: {clerkQueries}");
    }
}
