using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;
using static AggregatedPayments.Payouts.PayoutState;

namespace AggregatedPayments.Payouts;

/// <summary>The aggregate's decisions, before anything is stored.</summary>
public sealed class PayoutOrderTests
{
    private readonly PayoutTestServices _services = new();

    [Fact]
    public async Task Should_start_pending_with_one_history_row_and_the_sum_of_its_lines()
    {
        var order = await _services.NewOrderAsync(PayoutTestServices.Line("A-1", 1_00), PayoutTestServices.Line("A-2", 2_50));

        (order.State, order.Kind, order.Amount, order.TenantId).ShouldBe((PendingSubmission, PayoutKind.Aggregated, new Money(3_50, "CNY"), (Guid?)_services.TenantId));
        order.History.ShouldHaveSingleItem().To.ShouldBe(PendingSubmission);
        order.Lines.Select(l => l.LineNumber).ShouldBe([1, 2]);
        (await _services.NewOrderAsync(PayoutTestServices.Line("A-3", 1_00))).Kind.ShouldBe(PayoutKind.Plain);
    }

    [Fact]
    public async Task Should_start_an_attempt_guarded_by_the_state_and_version_it_saw()
    {
        var order = await _services.NewOrderAsync();

        var transition = order.StartAttempt(Guid.NewGuid(), Guid.NewGuid(), "KEY-1", "v1:1:cipher", "application/json", "job", _services.Now);

        (transition.ExpectedState, transition.ExpectedVersion).ShouldBe((PendingSubmission, 0));
        transition.NewAttempt!.State.ShouldBe(Submitting);
        transition.NewAttempt.Amount.ShouldBe(order.Amount);
        transition.MovedAttempt.ShouldBe((transition.NewAttempt, (PayoutState?)null));
        (order.State, order.CurrentAttemptId).ShouldBe((Submitting, transition.NewAttempt.Id));
        transition.History!.From.ShouldBe(PendingSubmission);
    }

    [Theory]
    [InlineData(Processing)]
    [InlineData(Succeeded)]
    [InlineData(Unknown)]
    public async Task Should_refuse_a_new_key_while_an_attempt_may_still_pay(PayoutState answered)
    {
        var order = await _services.NewOrderAsync();
        var attempt = _services.Start(order);
        order.ApplyAnswer(attempt.Id, new PayoutAnswer(answered, "answer"), "job", _services.Now);

        Should.Throw<BusinessException>(() => _services.Start(order)).Code.ShouldBe(PayoutsErrorCodes.NewAttemptNotAllowed);
    }

    [Fact]
    public async Task Should_allow_a_new_key_after_a_definite_failure()
    {
        var order = await _services.NewOrderAsync();
        var first = _services.Start(order);
        order.ApplyAnswer(first.Id, new PayoutAnswer(Failed, "rejected", Error: new ProviderError("40004", "ACCOUNT_INVALID", null)), "job", _services.Now);

        var second = _services.Start(order);

        order.Attempts.Select(a => a.State).ShouldBe([Failed, Submitting]);
        order.CurrentAttempt.ShouldBe(second);
        first.ProviderErrorSubCode.ShouldBe("ACCOUNT_INVALID");
    }

    [Fact]
    public async Task Should_decide_a_move_for_an_allowed_answer_with_the_attempts_guard()
    {
        var order = await _services.NewOrderAsync();
        var attempt = _services.Start(order);

        var decision = order.ApplyAnswer(attempt.Id, new PayoutAnswer(Succeeded, "paid", "2088-1", new Money(5, "CNY")), "job", _services.Now);

        decision.Outcome.ShouldBe(PayoutAnswerOutcome.Moved);
        decision.Transition!.AttemptFrom.ShouldBe(Submitting);
        (attempt.State, attempt.ProviderReference, attempt.Fee).ShouldBe((Succeeded, "2088-1", new Money(5, "CNY")));
        order.State.ShouldBe(Succeeded);
    }

    [Fact]
    public async Task Should_ignore_and_record_an_answer_the_table_forbids_without_moving_anything()
    {
        var order = await _services.NewOrderAsync();
        var attempt = _services.Start(order);
        order.ApplyAnswer(attempt.Id, new PayoutAnswer(Cancelled, "provider cancelled"), "job", _services.Now);

        var late = order.ApplyAnswer(attempt.Id, new PayoutAnswer(Succeeded, "late success"), "callback", _services.Now);

        late.Outcome.ShouldBe(PayoutAnswerOutcome.Ignored);
        late.Transition.ShouldBeNull();
        (late.Ignored!.From, late.Ignored.To, late.Ignored.IsIgnored).ShouldBe((Cancelled, Succeeded, true));
        (attempt.State, order.State).ShouldBe((Cancelled, Cancelled));
    }

    [Fact]
    public async Task Should_do_nothing_for_a_duplicate_answer()
    {
        var order = await _services.NewOrderAsync();
        var attempt = _services.Start(order);
        order.ApplyAnswer(attempt.Id, new PayoutAnswer(Succeeded, "paid"), "job", _services.Now);

        order.ApplyAnswer(attempt.Id, new PayoutAnswer(Succeeded, "paid again"), "job", _services.Now)
            .ShouldBe(new PayoutAnswerDecision(PayoutAnswerOutcome.Unchanged, null, null));
    }

    [Fact]
    public async Task Should_refuse_a_fee_in_another_currency()
    {
        var order = await _services.NewOrderAsync();
        var attempt = _services.Start(order);

        Should.Throw<BusinessException>(() => order.ApplyAnswer(attempt.Id, new PayoutAnswer(Succeeded, "paid", Fee: new Money(5, "USD")), "job", _services.Now))
            .Code.ShouldBe(PayoutsErrorCodes.CurrencyMismatch);
    }

    [Fact]
    public async Task Should_cancel_only_what_has_not_left()
    {
        var pending = await _services.NewOrderAsync(PayoutTestServices.Line("C-1", 1_00));
        var unsent = await _services.NewOrderAsync(PayoutTestServices.Line("C-2", 1_00));
        var sent = await _services.NewOrderAsync(PayoutTestServices.Line("C-3", 1_00));
        var unsentAttempt = _services.Start(unsent);
        _services.Start(sent);
        sent.RecordSent(_services.Now);

        pending.Cancel("no longer needed", "clerk", _services.Now).MovedAttempt.ShouldBeNull();
        unsent.Cancel("stop", "clerk", _services.Now).MovedAttempt.ShouldBe((unsentAttempt, (PayoutState?)Submitting));
        Should.Throw<BusinessException>(() => sent.Cancel("too late", "clerk", _services.Now)).Code.ShouldBe(PayoutsErrorCodes.CannotCancel);
        (pending.State, unsent.State, unsentAttempt.State, sent.State).ShouldBe((Cancelled, Cancelled, Cancelled, Submitting));
    }

    [Fact]
    public async Task Should_note_the_first_send_once_and_every_query()
    {
        var order = await _services.NewOrderAsync();
        var attempt = _services.Start(order);
        var first = _services.Now;

        order.RecordSent(first).History.ShouldBeNull();
        _services.Clock.Advance(TimeSpan.FromMinutes(1));
        order.RecordSent(_services.Now);
        order.RecordQueried(_services.Now);

        (attempt.FirstSentTime, attempt.LastQueryTime).ShouldBe((first, _services.Now));
        order.State.ShouldBe(Submitting);
    }

    [Fact]
    public async Task Should_flag_and_resolve_manual_review_without_moving_the_state()
    {
        var order = await _services.NewOrderAsync();
        _services.Start(order);

        var flag = order.FlagForManualReview("schedule spent", "janitor", _services.Now);
        (order.NeedsManualReview, order.ManualReviewReason, flag.MovedAttempt).ShouldBe((true, "schedule spent", null));
        order.ResolveManualReview("confirmed paid by phone", "supervisor", _services.Now);

        (order.NeedsManualReview, order.ManualReviewReason, order.State).ShouldBe((false, (string?)null, Submitting));
        order.History.Count.ShouldBe(4);
    }

    [Theory]
    [InlineData(PendingSubmission)]
    [InlineData(Submitting)]
    public async Task Should_refuse_an_answer_that_would_put_an_attempt_back_before_it_was_sent(PayoutState answered)
    {
        var order = await _services.NewOrderAsync();
        var attempt = _services.Start(order);

        Should.Throw<ArgumentException>(() => order.ApplyAnswer(attempt.Id, new PayoutAnswer(answered, "nonsense"), "job", _services.Now));
    }

    [Fact]
    public async Task Should_cut_an_overlong_reason_to_its_column_instead_of_losing_it()
    {
        var order = await _services.NewOrderAsync();
        _services.Start(order);

        order.FlagForManualReview(new string('r', PayoutConsts.MaxReasonLength + 10), "janitor", _services.Now);

        order.ManualReviewReason!.Length.ShouldBe(PayoutConsts.MaxReasonLength);
        order.History.ShouldAllBe(h => h.Reason.Length <= PayoutConsts.MaxReasonLength);
    }
}
