using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>A payout's life in the database: each move, its ledger chain, and the invariants after it.</summary>
public sealed class PayoutTransitionTests : IAsyncLifetime
{
    private PayoutDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await PayoutDatabase.CreateAsync();
        await _db.FundAsync(100_00);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_hold_on_a_new_attempt_and_pay_out_with_the_fee_on_success()
    {
        var orderId = await _db.CreateOrderAsync("PAY-1", 30_00);

        var attemptId = await _db.StartAttemptAsync(orderId);
        var held = await _db.BalanceAsync();
        (await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Succeeded, "query", "2088-1", new Money(2_00, "CNY"))))
            .ShouldBe(PayoutAnswerOutcome.Moved);

        held.Available.ShouldBe(70_00);
        held.Held.ShouldBe(30_00);
        var paid = await _db.BalanceAsync();
        (paid.Available, paid.Held, paid.PaidOut, paid.Fees).ShouldBe((68_00L, 0L, 30_00L, 2_00L));
        var order = await _db.LoadAsync(orderId);
        order.State.ShouldBe(PayoutState.Succeeded);
        order.CurrentAttempt!.ProviderReference.ShouldBe("2088-1");
        order.CurrentAttempt.Fee.ShouldBe(new Money(2_00, "CNY"));
        order.History.Select(h => h.To).ShouldBe([PayoutState.PendingSubmission, PayoutState.Submitting, PayoutState.Succeeded], ignoreOrder: true);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_release_the_hold_when_the_attempt_fails_and_keep_the_providers_code()
    {
        var orderId = await _db.CreateOrderAsync("FAIL-1", 40_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Failed, "rejected", Error: new ProviderError("40004", "PAYEE_NOT_EXIST", "no such payee")));

        var balance = await _db.BalanceAsync();
        (balance.Available, balance.Held).ShouldBe((100_00L, 0L));
        var attempt = (await _db.LoadAsync(orderId)).CurrentAttempt!;
        (attempt.State, attempt.ProviderErrorCode, attempt.ProviderErrorSubCode).ShouldBe((PayoutState.Failed, "40004", "PAYEE_NOT_EXIST"));
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_cancel_before_the_request_left_and_release_the_hold_but_not_after()
    {
        var unsent = await _db.CreateOrderAsync("CANCEL-1", 10_00);
        var sent = await _db.CreateOrderAsync("CANCEL-2", 10_00);
        await _db.StartAttemptAsync(unsent);
        await _db.StartAttemptAsync(sent);
        await _db.InOrderAsync(sent, (manager, order) => manager.RecordSentAsync(order, CancellationToken.None));

        await _db.InOrderAsync(unsent, (manager, order) => manager.CancelAsync(order, "clerk stopped it", "clerk", CancellationToken.None));
        var refused = await Should.ThrowAsync<BusinessException>(() =>
            _db.InOrderAsync(sent, (manager, order) => manager.CancelAsync(order, "too late", "clerk", CancellationToken.None)));

        refused.Code.ShouldBe(PayoutsErrorCodes.CannotCancel);
        (await _db.LoadAsync(unsent)).State.ShouldBe(PayoutState.Cancelled);
        (await _db.LoadAsync(sent)).CurrentAttempt!.FirstSentTime.ShouldBe(_db.Database.Clock.GetUtcNow().UtcDateTime);
        (await _db.BalanceAsync()).Held.ShouldBe(10_00);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_cancel_a_pending_order_without_touching_the_ledger()
    {
        var orderId = await _db.CreateOrderAsync("CANCEL-3", 10_00);

        await _db.InOrderAsync(orderId, (manager, order) => manager.CancelAsync(order, "not needed", "clerk", CancellationToken.None));

        (await _db.LoadAsync(orderId)).State.ShouldBe(PayoutState.Cancelled);
        (await _db.BalanceAsync()).Available.ShouldBe(100_00);
        (await Should.ThrowAsync<BusinessException>(() => _db.StartAttemptAsync(orderId))).Code.ShouldBe(PayoutsErrorCodes.NewAttemptNotAllowed);
    }

    [Fact]
    public async Task Should_turn_a_failure_after_success_into_a_return_and_allow_a_new_attempt_only_then()
    {
        var orderId = await _db.CreateOrderAsync("RET-1", 20_00);
        var first = await _db.StartAttemptAsync(orderId);
        (await Should.ThrowAsync<BusinessException>(() => _db.StartAttemptAsync(orderId))).Code.ShouldBe(PayoutsErrorCodes.NewAttemptNotAllowed);
        await _db.AnswerAsync(orderId, first, new PayoutAnswer(PayoutState.Succeeded, "paid"));
        (await Should.ThrowAsync<BusinessException>(() => _db.StartAttemptAsync(orderId))).Code.ShouldBe(PayoutsErrorCodes.NewAttemptNotAllowed);

        (await _db.AnswerAsync(orderId, first, new PayoutAnswer(PayoutState.Failed, "bank refund"))).ShouldBe(PayoutAnswerOutcome.Moved);
        var second = await _db.StartAttemptAsync(orderId);

        var order = await _db.LoadAsync(orderId);
        order.Attempts.Single(a => a.Id == first).State.ShouldBe(PayoutState.Returned);
        order.CurrentAttemptId.ShouldBe(second);
        order.State.ShouldBe(PayoutState.Submitting);
        var balance = await _db.BalanceAsync();
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((80_00L, 20_00L, 0L));
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_record_but_not_apply_a_late_answer_against_a_final_state()
    {
        var orderId = await _db.CreateOrderAsync("LATE-1", 5_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Failed, "definitely refused"));

        var late = await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Succeeded, "late callback"));
        var processing = await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Processing, "out of order"));

        (late, processing).ShouldBe((PayoutAnswerOutcome.Ignored, PayoutAnswerOutcome.Ignored));
        var order = await _db.LoadAsync(orderId);
        order.State.ShouldBe(PayoutState.Failed);
        order.History.Where(h => h.IsIgnored).Select(h => (h.From, h.To)).ShouldBe(
            [(PayoutState.Failed, PayoutState.Succeeded), (PayoutState.Failed, PayoutState.Processing)], ignoreOrder: true);
        (await _db.BalanceAsync()).PaidOut.ShouldBe(0);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_write_nothing_for_a_duplicate_answer()
    {
        var orderId = await _db.CreateOrderAsync("DUP-1", 5_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Processing, "accepted"));
        var before = await _db.LoadAsync(orderId);

        (await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Processing, "accepted again"))).ShouldBe(PayoutAnswerOutcome.Unchanged);

        var after = await _db.LoadAsync(orderId);
        (after.Version, after.History.Count).ShouldBe((before.Version, before.History.Count));
    }

    [Fact]
    public async Task Should_change_nothing_when_a_guarded_transition_loses_the_race()
    {
        var orderId = await _db.CreateOrderAsync("RACE-1", 7_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        var stale = await _db.LoadAsync(orderId);
        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Succeeded, "first answer"));
        var before = await _db.LoadAsync(orderId);

        var applied = await _db.InTransactionAsync(services => services.GetRequiredService<IPayoutOrderStore>()
            .TryApplyAsync(stale.ApplyAnswer(attemptId, new PayoutAnswer(PayoutState.Failed, "stale decision"), "job", DateTime.UtcNow).Transition!, CancellationToken.None));

        applied.ShouldBeFalse();
        var after = await _db.LoadAsync(orderId);
        (after.State, after.Version, after.History.Count, after.CurrentAttempt!.State).ShouldBe((PayoutState.Succeeded, before.Version, before.History.Count, PayoutState.Succeeded));
        (await _db.BalanceAsync()).PaidOut.ShouldBe(7_00);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_let_one_of_ten_racing_success_answers_move_the_attempt_and_post_once()
    {
        var orderId = await _db.CreateOrderAsync("RACE-2", 9_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() =>
            _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Succeeded, $"callback {i}", Fee: new Money(10, "CNY"))))));

        outcomes.Count(o => o == PayoutAnswerOutcome.Moved).ShouldBe(1);
        outcomes.ShouldAllBe(o => o == PayoutAnswerOutcome.Moved || o == PayoutAnswerOutcome.Unchanged || o == PayoutAnswerOutcome.LostRace);
        var balance = await _db.BalanceAsync();
        (balance.PaidOut, balance.Fees, balance.Held).ShouldBe((9_00L, 10L, 0L));
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_refuse_an_attempt_when_available_is_short_and_write_nothing()
    {
        var orderId = await _db.CreateOrderAsync("SHORT-1", 100_01);

        var refused = await Should.ThrowAsync<BusinessException>(() => _db.StartAttemptAsync(orderId));

        refused.Code.ShouldBe(LedgerErrorCodes.InsufficientAvailable);
        refused.Values["available"].ShouldBe(100_00L);
        var order = await _db.LoadAsync(orderId);
        (order.State, order.Attempts.Count, order.History.Count).ShouldBe((PayoutState.PendingSubmission, 0, 1));
        (await _db.BalanceAsync()).Available.ShouldBe(100_00);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_find_an_attempt_only_by_its_merchant_channel_and_key_together()
    {
        var orderId = await _db.CreateOrderAsync("FIND-1", 1_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        var key = PayoutDatabase.Request(attemptId).Key;

        var found = await _db.InTenantAsync(s => s.GetRequiredService<IPayoutOrderStore>().FindAttemptAsync(_db.MerchantChannelId, key, CancellationToken.None));
        var otherChannel = await _db.InTenantAsync(s => s.GetRequiredService<IPayoutOrderStore>().FindAttemptAsync(Guid.NewGuid(), key, CancellationToken.None));
        var otherMerchant = await _db.InTenantAsync(s => s.GetRequiredService<IPayoutOrderStore>().FindAttemptAsync(_db.MerchantChannelId, key, CancellationToken.None), Guid.NewGuid());

        found!.Id.ShouldBe(attemptId);
        otherChannel.ShouldBeNull();
        otherMerchant.ShouldBeNull();
    }

    [Fact]
    public async Task Should_store_the_request_encrypted_and_give_back_the_same_bytes()
    {
        var orderId = await _db.CreateOrderAsync("BYTES-1", 1_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        var attempt = (await _db.LoadAsync(orderId)).CurrentAttempt!;
        var stored = await _db.InTenantAsync(s => s.GetRequiredService<PayoutTransitionManager>().GetStoredRequestAsync(attempt, CancellationToken.None));

        attempt.RequestCiphertext.ShouldNotContain("out_biz_no");
        stored.Body.ShouldBe(PayoutDatabase.Request(attemptId).Body);
        (stored.Key, stored.ContentType).ShouldBe((attempt.ChannelKey, "application/json"));
    }

    [Fact]
    public async Task Should_keep_the_manual_review_flag_with_its_reason_and_history()
    {
        var orderId = await _db.CreateOrderAsync("REVIEW-1", 1_00);
        await _db.StartAttemptAsync(orderId);

        await _db.InOrderAsync(orderId, (manager, order) => manager.FlagForManualReviewAsync(order, "second NotFound", "janitor", CancellationToken.None));
        var flagged = await _db.LoadAsync(orderId);
        await _db.InOrderAsync(orderId, (manager, order) => manager.ResolveManualReviewAsync(order, "checked with the bank", "supervisor", CancellationToken.None));

        (flagged.NeedsManualReview, flagged.ManualReviewReason).ShouldBe((true, "second NotFound"));
        var resolved = await _db.LoadAsync(orderId);
        (resolved.NeedsManualReview, resolved.ManualReviewReason, resolved.State).ShouldBe((false, (string?)null, PayoutState.Submitting));
        resolved.History.Select(h => h.Actor).ShouldContain("supervisor");
    }

    [Fact]
    public async Task Should_refuse_a_transition_outside_a_transaction()
    {
        var orderId = await _db.CreateOrderAsync("NOTX-1", 1_00);

        await Should.ThrowAsync<InvalidOperationException>(() => _db.InTenantAsync(async services =>
        {
            var order = (await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None))!;
            await services.GetRequiredService<PayoutTransitionManager>().CancelAsync(order, "no transaction", "clerk", CancellationToken.None);
            return true;
        }));

        (await _db.LoadAsync(orderId)).State.ShouldBe(PayoutState.PendingSubmission);
    }
}
