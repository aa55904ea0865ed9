using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>The engine end to end against the in-process sandbox: start, send, answer, query, with the money checked after each scenario.</summary>
public sealed class PayoutSubmissionTests : IAsyncLifetime
{
    private SubmissionScenario _s = null!;
    private Guid _merchant;
    private Guid _channel;

    public async Task InitializeAsync()
    {
        _s = await SubmissionScenario.CreateAsync();
        _merchant = await _s.CreateMerchantAsync("M-A");
        _channel = await _s.OpenSandboxChannelAsync(_merchant, "SBX-A");
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Should_pay_a_payout_through_the_sandbox_once_and_post_it()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "OK-1", 123_45);

        var attempt = await _s.StartAsync(_merchant, orderId, _channel);
        (await _s.BalanceAsync(_merchant, _channel)).Held.ShouldBe(123_45);
        await _s.RunJobsAsync();

        var order = await _s.LoadAsync(_merchant, orderId);
        order.State.ShouldBe(PayoutState.Succeeded);
        order.CurrentAttempt!.ChannelKey.ShouldBe(attempt.ChannelKey);
        order.CurrentAttempt.FirstSentTime.ShouldNotBeNull();
        order.CurrentAttempt.ProviderReference.ShouldStartWith("SBX");
        var balance = await _s.BalanceAsync(_merchant, _channel);
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((1_000_00L - 123_45L, 0L, 123_45L));
        _s.SandboxOf(_channel).PaymentLog.Single().Key.ShouldBe(attempt.ChannelKey);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_release_the_hold_when_the_sandbox_fails_the_payout_and_not_fail_over_a_named_channel()
    {
        var other = await _s.OpenSandboxChannelAsync(_merchant, "SBX-A2", priority: 1);
        var orderId = await _s.CreateOrderAsync(_merchant, "FAIL-1", 50_13);

        await _s.StartAsync(_merchant, orderId, _channel);
        await _s.RunJobsAsync();

        var order = await _s.LoadAsync(_merchant, orderId);
        order.State.ShouldBe(PayoutState.Failed);
        order.Attempts.Count.ShouldBe(1);

        // The send's own answer names the provider's reason; no later query is needed to show it.
        order.Attempts.Single().ProviderErrorCode.ShouldNotBeNull();
        var balance = await _s.BalanceAsync(_merchant, _channel);
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((1_000_00L, 0L, 0L));
        _s.SandboxOf(other).PaymentLog.ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, _channel, other);
    }

    [Fact]
    public async Task Should_resolve_a_processing_payout_by_the_query_schedule()
    {
        var slow = await _s.OpenSandboxChannelAsync(_merchant, "SBX-SLOW", processingSeconds: 100);
        var orderId = await _s.CreateOrderAsync(_merchant, "SLOW-1", 10_00);
        await _s.StartAsync(_merchant, orderId, slow);

        await _s.RunJobsAsync();
        var processing = await _s.LoadAsync(_merchant, orderId);
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        var afterFirstQuery = await _s.LoadAsync(_merchant, orderId);
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));
        var afterSecondQuery = await _s.LoadAsync(_merchant, orderId);
        await _s.AdvanceAsync(TimeSpan.FromMinutes(5));
        var afterThirdQuery = await _s.LoadAsync(_merchant, orderId);

        processing.State.ShouldBe(PayoutState.Processing);
        (afterFirstQuery.State, afterFirstQuery.CurrentAttempt!.QueryCount).ShouldBe((PayoutState.Processing, 1));
        (afterSecondQuery.State, afterSecondQuery.CurrentAttempt!.QueryCount).ShouldBe((PayoutState.Processing, 2));
        afterThirdQuery.State.ShouldBe(PayoutState.Succeeded);
        afterThirdQuery.CurrentAttempt!.LastQueryTime.ShouldNotBeNull();
        afterThirdQuery.History.Where(h => !h.IsIgnored && h.From != h.To).Select(h => h.To)
            .ShouldBe([PayoutState.Submitting, PayoutState.Processing, PayoutState.Succeeded], ignoreOrder: true);
        (await _s.QueryJobsOfAsync(processing.CurrentAttemptId!.Value)).ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, slow);
    }

    [Fact]
    public async Task Should_treat_a_refusal_with_a_code_not_final_in_the_dictionary_as_unknown_and_settle_it_by_a_query()
    {
        _s.Adapter.Faults.Enqueue(SubmitFault.RefuseWithNonFinalCode);
        var orderId = await _s.CreateOrderAsync(_merchant, "UNK-1", 20_00);
        await _s.StartAsync(_merchant, orderId, _channel);

        await _s.RunJobsAsync();
        var unknown = await _s.LoadAsync(_merchant, orderId);
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));

        unknown.State.ShouldBe(PayoutState.Unknown);
        (await _s.BalanceAsync(_merchant, _channel)).PaidOut.ShouldBe(20_00);
        var order = await _s.LoadAsync(_merchant, orderId);
        order.State.ShouldBe(PayoutState.Succeeded);
        order.Attempts.Count.ShouldBe(1);
        _s.Adapter.Sends.ShouldBe(1);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_resend_the_byte_identical_request_once_after_a_not_found_within_the_window_and_pay_once()
    {
        _s.Adapter.Faults.Enqueue(SubmitFault.LoseRequest);
        var orderId = await _s.CreateOrderAsync(_merchant, "LOST-1", 30_00);
        var attempt = await _s.StartAsync(_merchant, orderId, _channel);

        await _s.RunJobsAsync();
        var unknown = await _s.LoadAsync(_merchant, orderId);
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));

        unknown.State.ShouldBe(PayoutState.Unknown);
        _s.SandboxOf(_channel).PaymentLog.ShouldHaveSingleItem().RequestBody.ShouldBe((await _s.StoredRequestAsync(_merchant, attempt)).Body);
        _s.Adapter.Sends.ShouldBe(2);
        var order = await _s.LoadAsync(_merchant, orderId);
        (order.State, order.CurrentAttempt!.NotFoundCount, order.NeedsManualReview).ShouldBe((PayoutState.Succeeded, 1, false));
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_send_an_attempt_to_manual_review_when_it_is_not_found_past_the_idempotency_window()
    {
        _s.Adapter.Faults.Enqueue(SubmitFault.LoseRequest);
        var orderId = await _s.CreateOrderAsync(_merchant, "LATE-1", 40_00);
        await _s.StartAsync(_merchant, orderId, _channel);
        await _s.RunJobsAsync();

        await _s.AdvanceAsync(_s.Adapter.Capabilities.IdempotencyWindow + TimeSpan.FromHours(1));

        var order = await _s.LoadAsync(_merchant, orderId);
        (order.State, order.NeedsManualReview).ShouldBe((PayoutState.Unknown, true));
        order.ManualReviewReason.ShouldNotBeNull().ShouldContain("idempotency window");
        _s.Adapter.Sends.ShouldBe(1);
        _s.SandboxOf(_channel).PaymentLog.ShouldBeEmpty();
        (await _s.BalanceAsync(_merchant, _channel)).Held.ShouldBe(40_00);
        (await _s.QueryJobsOfAsync(order.CurrentAttemptId!.Value)).ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_send_an_attempt_to_manual_review_on_a_second_not_found_after_the_one_resend()
    {
        _s.Adapter.Faults.Enqueue(SubmitFault.LoseRequest);
        _s.Adapter.Faults.Enqueue(SubmitFault.LoseRequest);
        var orderId = await _s.CreateOrderAsync(_merchant, "LOST-2", 25_00);
        await _s.StartAsync(_merchant, orderId, _channel);

        await _s.RunJobsAsync();
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        await _s.AdvanceAsync(TimeSpan.FromMinutes(1));

        var order = await _s.LoadAsync(_merchant, orderId);
        (order.State, order.NeedsManualReview, order.CurrentAttempt!.NotFoundCount).ShouldBe((PayoutState.Unknown, true, 1));
        order.ManualReviewReason.ShouldNotBeNull().ShouldContain("resent once");
        _s.Adapter.Sends.ShouldBe(2);
        _s.SandboxOf(_channel).PaymentLog.ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, _channel);
    }

    [Fact]
    public async Task Should_query_now_when_a_clerk_asks_without_moving_the_schedule_on()
    {
        var slow = await _s.OpenSandboxChannelAsync(_merchant, "SBX-SLOW2", processingSeconds: 10);
        var orderId = await _s.CreateOrderAsync(_merchant, "NOW-1", 15_00);
        await _s.StartAsync(_merchant, orderId, slow);
        await _s.RunJobsAsync();
        _s.Database.Clock.Advance(TimeSpan.FromSeconds(11));

        await _s.QueryNowAsync(_merchant, orderId);
        await _s.RunJobsAsync();

        var order = await _s.LoadAsync(_merchant, orderId);
        (order.State, order.CurrentAttempt!.QueryCount).ShouldBe((PayoutState.Succeeded, 0));
        await _s.AssertMoneyAsync(_merchant, slow);
    }
}
