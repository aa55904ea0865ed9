using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>The sweep for lost jobs, a spent query schedule, and the balance sync that funds the ledger from the provider.</summary>
public sealed class PayoutJanitorTests : IAsyncLifetime
{
    private SubmissionScenario _s = null!;
    private Guid _merchant;
    private Guid _channel;
    private Guid _slow;

    public async Task InitializeAsync()
    {
        // One attempt per page, so the sweep has to page past live jobs to reach the lost ones.
        _s = await SubmissionScenario.CreateAsync(o =>
        {
            o.SweepPageSize = 1;
            o.ChannelQuerySchedules["SBX-J-SLOW"] = [TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1)];
        });
        _merchant = await _s.CreateMerchantAsync("M-J");
        _channel = await _s.OpenSandboxChannelAsync(_merchant, "SBX-J");
        _slow = await _s.OpenSandboxChannelAsync(_merchant, "SBX-J-SLOW", processingSeconds: 10_000);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Should_revive_attempts_whose_send_or_query_job_was_lost_and_leave_live_ones_alone()
    {
        var processing = await _s.CreateOrderAsync(_merchant, "SWEEP-P", 5_00);
        await _s.StartAsync(_merchant, processing, _slow);
        await _s.RunJobsAsync();
        var lostSends = new List<Guid>();
        foreach (var reference in new[] { "SWEEP-1", "SWEEP-2" })
        {
            var orderId = await _s.CreateOrderAsync(_merchant, reference, 7_00);
            await _s.StartAsync(_merchant, orderId, _channel);
            lostSends.Add(orderId);
        }

        await LoseAllJobsAsync();
        var live = await _s.CreateOrderAsync(_merchant, "SWEEP-LIVE", 9_00);
        await _s.StartAsync(_merchant, live, _channel);
        _s.Database.Clock.Advance(TimeSpan.FromMinutes(2));

        var revived = await SweepAsync();
        var again = await SweepAsync();
        await _s.RunJobsAsync();

        (revived, again).ShouldBe((3, 0));
        foreach (var orderId in lostSends.Append(live))
        {
            (await _s.LoadAsync(_merchant, orderId)).State.ShouldBe(PayoutState.Succeeded);
        }

        (await _s.LoadAsync(_merchant, processing)).CurrentAttempt!.LastQueryTime.ShouldBe(_s.UtcNow);
        _s.SandboxOf(_channel).PaymentLog.Count.ShouldBe(3);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_send_an_attempt_to_manual_review_when_the_channels_query_schedule_is_spent()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "SPENT-1", 8_00);
        await _s.StartAsync(_merchant, orderId, _slow);
        await _s.RunJobsAsync();

        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));
        await _s.AdvanceAsync(TimeSpan.FromHours(1));

        var order = await _s.LoadAsync(_merchant, orderId);
        (order.State, order.NeedsManualReview, order.CurrentAttempt!.QueryCount).ShouldBe((PayoutState.Processing, true, 2));
        order.ManualReviewReason.ShouldNotBeNull().ShouldContain("schedule");
        order.CurrentAttempt.NextCheckTime.ShouldBeNull();
        (await _s.BalanceAsync(_merchant, _slow)).Held.ShouldBe(8_00);
        (await _s.JobsAsync()).ShouldBeEmpty();
        (await SweepAsync()).ShouldBe(0);
        await _s.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_sync_the_ledger_to_the_providers_balance_without_counting_unsent_holds_twice()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "SYNC-1", 100_00);
        await _s.StartAsync(_merchant, orderId, _channel);

        var unchanged = await _s.SyncBalanceAsync(_merchant, _channel);
        _s.SandboxOf(_channel).TopUp(new ChannelAmount(50_00, "CNY", 2));
        var topped = await _s.SyncBalanceAsync(_merchant, _channel);
        await _s.RunJobsAsync();
        var afterPayout = await _s.SyncBalanceAsync(_merchant, _channel);

        unchanged.ShouldHaveSingleItem().ShouldBe(new BalanceSyncResult("CNY", 1_000_00, 900_00, LedgerPostOutcome.NothingToPost, null));
        topped.ShouldHaveSingleItem().AvailableMinor.ShouldBe(950_00);
        afterPayout.ShouldHaveSingleItem().Outcome.ShouldBe(LedgerPostOutcome.NothingToPost);
        var balance = await _s.BalanceAsync(_merchant, _channel);
        (balance.Available, balance.PaidOut).ShouldBe((950_00L, 100_00L));
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    private Task<int> SweepAsync() => _s.Database.Services.GetRequiredService<PayoutJanitor>().SweepAsync(CancellationToken.None);

    private async Task LoseAllJobsAsync()
    {
        await using var scope = _s.Database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<BackgroundJobRecord>().ExecuteDeleteAsync();
    }
}
