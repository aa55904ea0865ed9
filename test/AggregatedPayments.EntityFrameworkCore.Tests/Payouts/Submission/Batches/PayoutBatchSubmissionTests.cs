using System.Collections.Concurrent;
using AggregatedPayments.Channels.Sandbox;
using AggregatedPayments.Data;
using AggregatedPayments.FaultInjection;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Batch submission end to end against the in-process sandbox: waiting sends of one merchant channel leave
/// as one frozen batch, answers reach each attempt, and losses, clashes and crashes are settled by the
/// batch query — with the money checked after every scenario.
/// </summary>
public sealed class PayoutBatchSubmissionTests : IAsyncLifetime
{
    private const string BatchCode = "SBX-BATCH";

    private SubmissionScenario _s = null!;
    private Guid _merchant;
    private Guid _channel;

    public async Task InitializeAsync()
    {
        _s = await SubmissionScenario.CreateAsync(o => o.BatchChannels.Add(BatchCode));
        _merchant = await _s.CreateMerchantAsync("M-B");
        _channel = await _s.OpenSandboxChannelAsync(_merchant, BatchCode, failAccountPattern: "^6666");
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Should_pay_a_batch_of_payouts_once_each_and_post_each()
    {
        var attempts = await StartAsync("OK", 10_00, 20_00, 30_00, 40_00, 50_00);

        await _s.RunJobsAsync();

        var batch = (await BatchesAsync()).ShouldHaveSingleItem();
        batch.Items.Select(i => i.AttemptId).ShouldBe(attempts.Select(a => a.Id), ignoreOrder: true);
        batch.State.ShouldBe(PayoutBatchState.Answered);
        (_s.Adapter.BatchSends, _s.Adapter.Sends).ShouldBe((1, 0));
        foreach (var attempt in attempts)
        {
            var order = await _s.LoadAsync(_merchant, attempt.OrderId);
            order.State.ShouldBe(PayoutState.Succeeded);
            order.CurrentAttempt!.ProviderReference.ShouldStartWith("SBX");
        }

        _s.SandboxOf(_channel).PaymentLog.Select(p => p.Key).ShouldBe(attempts.Select(a => a.ChannelKey), ignoreOrder: true);
        var balance = await _s.BalanceAsync(_merchant, _channel);
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((1_000_00L - 150_00L, 0L, 150_00L));
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_keep_a_batch_frozen_once_it_has_a_key_and_send_a_later_attempt_in_the_next_batch()
    {
        var early = await StartAsync("EARLY", 11_00, 12_00, 14_00);
        _s.Faults.Arm(FaultPointNames.BatchAfterFrozen);
        await _s.RunJobsAsync();
        var frozen = (await BatchesAsync()).ShouldHaveSingleItem();

        var late = (await StartAsync("LATE", 15_00)).Single();
        await _s.RunJobsAsync();
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));

        var batches = await BatchesAsync();
        batches.Count.ShouldBe(2);
        batches.Single(b => b.Id == frozen.Id).Items.Select(i => i.AttemptId).ShouldBe(early.Select(a => a.Id), ignoreOrder: true);
        batches.Single(b => b.Id != frozen.Id).Items.ShouldHaveSingleItem().AttemptId.ShouldBe(late.Id);
        foreach (var attempt in early.Append(late))
        {
            (await _s.LoadAsync(_merchant, attempt.OrderId)).State.ShouldBe(PayoutState.Succeeded);
        }

        _s.SandboxOf(_channel).PaymentLog.Count.ShouldBe(4);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Theory]
    [InlineData(nameof(SubmitFault.LoseAnswer), 1)]
    [InlineData(nameof(SubmitFault.LoseRequest), 2)]
    public async Task Should_make_every_item_unknown_when_the_batch_answer_is_lost_and_settle_them_by_the_batch_query(string fault, int batchSends)
    {
        _s.Adapter.Faults.Enqueue(Enum.Parse<SubmitFault>(fault));
        var attempts = await StartAsync("LOST-" + fault, 21_00, 22_00, 23_00);

        await _s.RunJobsAsync();
        var afterSend = await StatesAsync(attempts);
        var batchAfterSend = (await BatchesAsync()).Single();
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));

        afterSend.ShouldAllBe(s => s == PayoutState.Unknown);
        batchAfterSend.State.ShouldBe(PayoutBatchState.Unknown);
        (await StatesAsync(attempts)).ShouldAllBe(s => s == PayoutState.Succeeded);
        (_s.Adapter.BatchSends, _s.Adapter.Sends).ShouldBe((batchSends, 0));
        _s.SandboxOf(_channel).PaymentLog.Select(p => p.Key).ShouldBe(attempts.Select(a => a.ChannelKey), ignoreOrder: true);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Theory]
    [InlineData(FaultPointNames.BatchAfterFrozen, 0)]
    [InlineData(FaultPointNames.BatchAfterSendBeforeAnswer, 2)]
    public async Task Should_query_instead_of_sending_again_when_a_batch_send_is_re_run_after_a_crash(string faultPoint, int paymentsAtCrash)
    {
        var attempts = await StartAsync("CRASH-" + paymentsAtCrash, 31_00, 32_00);
        _s.Faults.Arm(faultPoint);

        await _s.RunJobsAsync();
        var sandboxAtCrash = _s.SandboxOf(_channel).PaymentLog.Count;
        var statesAtCrash = await StatesAsync(attempts);
        var crashedJob = (await _s.JobsAsync()).Single(j => j.LastError is not null);
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));

        sandboxAtCrash.ShouldBe(paymentsAtCrash);
        statesAtCrash.ShouldAllBe(s => s == PayoutState.Submitting);
        crashedJob.LastError.ShouldNotBeNull().ShouldContain(faultPoint);
        (await StatesAsync(attempts)).ShouldAllBe(s => s == PayoutState.Succeeded);

        // One batch left the platform: the first send, or (when the crash came before it) the one resend after NotFound.
        (_s.Adapter.BatchSends, _s.Adapter.Sends).ShouldBe((1, 0));
        (await BatchesAsync()).ShouldHaveSingleItem();
        _s.SandboxOf(_channel).PaymentLog.Count.ShouldBe(2);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_send_every_item_to_a_person_when_the_batch_is_still_not_found_after_its_one_resend()
    {
        _s.Adapter.Faults.Enqueue(SubmitFault.LoseRequest);
        _s.Adapter.Faults.Enqueue(SubmitFault.LoseRequest);
        var attempts = await StartAsync("GONE", 81_00, 82_00);

        await _s.RunJobsAsync();
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));

        foreach (var attempt in attempts)
        {
            var order = await _s.LoadAsync(_merchant, attempt.OrderId);
            (order.State, order.NeedsManualReview).ShouldBe((PayoutState.Unknown, true));
        }

        (await BatchesAsync()).Single().State.ShouldBe(PayoutBatchState.Unresolved);
        (_s.Adapter.BatchSends, _s.Adapter.Sends).ShouldBe((2, 0));
        (await _s.BalanceAsync(_merchant, _channel)).Held.ShouldBe(163_00);
        _s.SandboxOf(_channel).PaymentLog.ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_not_resend_a_batch_found_nowhere_once_the_providers_window_has_passed()
    {
        var attempts = await StartAsync("LATE-Q", 91_00, 92_00);
        _s.Faults.Arm(FaultPointNames.BatchAfterFrozen);
        await _s.RunJobsAsync();

        await _s.AdvanceAsync(TimeSpan.FromHours(25));

        foreach (var attempt in attempts)
        {
            var order = await _s.LoadAsync(_merchant, attempt.OrderId);
            (order.State, order.NeedsManualReview).ShouldBe((PayoutState.Submitting, true));
        }

        (_s.Adapter.BatchSends, _s.Adapter.Sends).ShouldBe((0, 0));
        (await _s.BalanceAsync(_merchant, _channel)).Held.ShouldBe(183_00);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_treat_a_batch_key_clash_as_unknown_and_settle_every_item_by_query_never_by_a_new_key()
    {
        _s.Adapter.Faults.Enqueue(SubmitFault.ClashBatchKey);
        var attempts = await StartAsync("CLASH", 41_00, 42_00);

        await _s.RunJobsAsync();
        var afterSend = await Task.WhenAll(attempts.Select(a => _s.LoadAsync(_merchant, a.OrderId)));
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));

        afterSend.ShouldAllBe(o => o.State == PayoutState.Unknown && o.CurrentAttempt!.ProviderErrorCode == SandboxErrorCodes.KeyReusedWithDifferentParameters);
        foreach (var attempt in attempts)
        {
            var order = await _s.LoadAsync(_merchant, attempt.OrderId);
            (order.State, order.Attempts.Count).ShouldBe((PayoutState.Succeeded, 1));
        }

        _s.SandboxOf(_channel).PaymentLog.Select(p => p.Key).ShouldBe(attempts.Select(a => a.ChannelKey), ignoreOrder: true);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_release_only_the_holds_of_the_items_the_provider_refused_or_failed()
    {
        var good = await StartOneAsync("PART-GOOD", 51_00);
        var refused = await StartOneAsync("PART-REFUSED", 52_00, "6666000011112222");
        var failed = await StartOneAsync("PART-FAILED", 53_13);

        await _s.RunJobsAsync();

        (await StatesAsync([good, refused, failed])).ShouldBe([PayoutState.Succeeded, PayoutState.Failed, PayoutState.Failed]);
        (await _s.LoadAsync(_merchant, refused.OrderId)).CurrentAttempt!.ProviderErrorCode.ShouldBe(SandboxErrorCodes.PayeeAccountInvalid);
        (await _s.LoadAsync(_merchant, failed.OrderId)).CurrentAttempt!.ProviderReference.ShouldStartWith("SBX");
        var balance = await _s.BalanceAsync(_merchant, _channel);
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((1_000_00L - 51_00L, 0L, 51_00L));
        _s.Adapter.BatchSends.ShouldBe(1);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_put_each_attempt_in_exactly_one_batch_when_send_jobs_race()
    {
        var attempts = await StartAsync("RACE", 61_00, 62_00, 63_00, 64_00, 65_00, 66_00);
        using var sessions = new SemaphoreSlim(8);
        var errors = new ConcurrentBag<Exception>();

        await Task.WhenAll(attempts.SelectMany(a => Enumerable.Repeat(a, 5)).Select(attempt => Task.Run(async () =>
        {
            await sessions.WaitAsync();
            try
            {
                await _s.InTenantAsync(_merchant, async services =>
                {
                    await services.GetRequiredService<PayoutSendJob>().ExecuteAsync(new PayoutSendJobArgs(attempt.OrderId, attempt.Id), CancellationToken.None);
                    return true;
                });
            }
            catch (Exception exception)
            {
                errors.Add(exception);
            }
            finally
            {
                sessions.Release();
            }
        })));
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));

        errors.ShouldBeEmpty();
        (await BatchesAsync()).SelectMany(b => b.Items).Select(i => i.AttemptId).ShouldBe(attempts.Select(a => a.Id), ignoreOrder: true);
        (await StatesAsync(attempts)).ShouldAllBe(s => s == PayoutState.Succeeded);
        _s.SandboxOf(_channel).PaymentLog.Count.ShouldBe(attempts.Count);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_send_one_by_one_as_before_on_a_channel_not_configured_for_batches()
    {
        var single = await _s.OpenSandboxChannelAsync(_merchant, "SBX-SINGLE");
        var orders = new[] { await _s.CreateOrderAsync(_merchant, "ONE-1", 71_00), await _s.CreateOrderAsync(_merchant, "ONE-2", 72_00) };
        foreach (var orderId in orders)
        {
            await _s.StartAsync(_merchant, orderId, single);
        }

        await _s.RunJobsAsync();

        (await BatchesAsync()).ShouldBeEmpty();
        (_s.Adapter.BatchSends, _s.Adapter.Sends).ShouldBe((0, 2));
        foreach (var orderId in orders)
        {
            (await _s.LoadAsync(_merchant, orderId)).State.ShouldBe(PayoutState.Succeeded);
        }

        await _s.AssertMoneyAsync(_merchant, single);
    }

    private async Task<List<PayoutAttempt>> StartAsync(string prefix, params long[] amounts)
    {
        var attempts = new List<PayoutAttempt>();
        for (var i = 0; i < amounts.Length; i++)
        {
            attempts.Add(await StartOneAsync($"{prefix}-{i}", amounts[i]));
        }

        return attempts;
    }

    private async Task<PayoutAttempt> StartOneAsync(string reference, long minor, string accountNumber = "6222021234567890")
    {
        var orderId = await _s.CreateOrderAsync(_merchant, reference, minor, accountNumber);
        return await _s.StartAsync(_merchant, orderId, _channel);
    }

    private async Task<List<PayoutState>> StatesAsync(IEnumerable<PayoutAttempt> attempts)
    {
        var states = new List<PayoutState>();
        foreach (var attempt in attempts)
        {
            states.Add((await _s.LoadAsync(_merchant, attempt.OrderId)).State);
        }

        return states;
    }

    private Task<List<PayoutBatch>> BatchesAsync() =>
        _s.InTenantAsync(_merchant, services => services.GetRequiredService<IAsyncQueryExecuter>()
            .ToListAsync(services.GetRequiredService<IRepository<PayoutBatch>>().QueryNoTracking()));
}
