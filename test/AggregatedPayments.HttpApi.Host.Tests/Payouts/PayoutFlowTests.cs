using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Ledger;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>Payouts sent through the sandbox by the engine's jobs, driven only through the API.</summary>
[Collection(HostCollection.Name)]
public sealed class PayoutFlowTests(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    [Fact]
    public async Task Should_pay_a_created_payout_and_show_it_succeeded_with_its_postings()
    {
        var m = await CreatePayoutMerchantAsync();

        var creation = await m.Payouts.CreateAsync(Plain("FLOW-1", 250_00));
        await RunJobsAsync();
        var detail = await m.Payouts.GetAsync(creation.Order.Id);

        creation.Order.State.ShouldBe(PayoutState.Submitting);
        detail.Order.State.ShouldBe(PayoutState.Succeeded);
        var attempt = detail.Attempts.ShouldHaveSingleItem();
        attempt.State.ShouldBe(PayoutState.Succeeded);
        attempt.MerchantChannelId.ShouldBe(m.MerchantChannelId);
        attempt.FirstSentTime.ShouldNotBeNull();
        detail.Postings.Select(p => p.EventKind).ShouldBe([LedgerEventKind.Hold, LedgerEventKind.Success]);
        detail.Postings.ShouldAllBe(p => p.AmountMinor == 250_00 && p.OrderId == creation.Order.Id);
        var balance = (await new LedgerClientProxy(m.Admin).GetBalancesAsync()).ShouldHaveSingleItem();
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((1_000_000_00 - 250_00, 0L, 250_00L));
    }

    [Fact]
    public async Task Should_cancel_a_payout_before_it_is_sent_release_the_hold_and_never_send_it()
    {
        var m = await CreatePayoutMerchantAsync();
        var creation = await m.Payouts.CreateAsync(Plain("CANCEL-1", 300_00));

        var cancelled = await m.Payouts.CancelAsync(creation.Order.Id, new CancelPayoutDto { Reason = "wrong month" });
        await RunJobsAsync();
        var sync = await new LedgerClientProxy(m.Admin).SyncAsync(m.MerchantChannelId);

        cancelled.Order.State.ShouldBe(PayoutState.Cancelled);
        cancelled.Attempts.ShouldHaveSingleItem().State.ShouldBe(PayoutState.Cancelled);
        cancelled.Postings.Select(p => p.EventKind).ShouldBe([LedgerEventKind.Hold, LedgerEventKind.Release]);
        cancelled.History[^1].Reason.ShouldBe("wrong month");
        (await m.Payouts.GetAsync(creation.Order.Id)).Order.State.ShouldBe(PayoutState.Cancelled);
        sync.Results.ShouldHaveSingleItem().ProviderAvailableMinor.ShouldBe(1_000_000_00);
        sync.Balances.ShouldHaveSingleItem().Held.ShouldBe(0);
    }

    [Fact]
    public async Task Should_refuse_to_cancel_a_payout_that_has_left()
    {
        var m = await CreatePayoutMerchantAsync();
        var creation = await m.Payouts.CreateAsync(Plain("CANCEL-2", 300_00));
        await RunJobsAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.CancelAsync(creation.Order.Id, new CancelPayoutDto()));

        refused.Code.ShouldBe(PayoutsErrorCodes.CannotCancel);
        (await m.Payouts.GetAsync(creation.Order.Id)).Order.State.ShouldBe(PayoutState.Succeeded);
    }

    [Fact]
    public async Task Should_correct_the_amount_of_a_failed_payout_and_pay_it_through_a_new_attempt()
    {
        var m = await CreatePayoutMerchantAsync();
        var creation = await m.Payouts.CreateAsync(Plain("FIX-1", 100_13));
        await RunJobsAsync();
        var failed = await m.Payouts.GetAsync(creation.Order.Id);
        var tooEarly = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.CorrectAsync(creation.Order.Id, new CorrectPayoutDto()));
        Factory.Clock.Advance(TimeSpan.FromMilliseconds(10));

        var corrected = await m.Payouts.CorrectAsync(creation.Order.Id, new CorrectPayoutDto
        {
            Payee = new CorrectPayeeDto { AccountName = "张三丰" },
            Lines = [new CorrectPayoutLineDto { LineNumber = 1, AmountMinor = 100_00 }],
            Reason = "amount typo"
        });
        var reinitiated = await m.Payouts.ReinitiateAsync(creation.Order.Id, new ReinitiatePayoutDto { MerchantChannelId = m.MerchantChannelId });
        await RunJobsAsync();
        var paid = await m.Payouts.GetAsync(creation.Order.Id);

        failed.Order.State.ShouldBe(PayoutState.Failed);
        failed.Attempts.ShouldHaveSingleItem().State.ShouldBe(PayoutState.Failed);
        tooEarly.Code.ShouldBe(PayoutsErrorCodes.NothingToCorrect);
        corrected.Order.State.ShouldBe(PayoutState.PendingSubmission);
        corrected.Order.AmountMinor.ShouldBe(100_00);
        corrected.Order.Payee.AccountName.ShouldBe("张三丰");
        corrected.Order.Payee.MaskedAccountNumber.ShouldBe("************7890");
        reinitiated.Attempts.Count.ShouldBe(2);
        paid.Order.State.ShouldBe(PayoutState.Succeeded);
        paid.Attempts.Select(a => a.ChannelKey).Distinct().Count().ShouldBe(2);
        paid.Postings.Select(p => p.EventKind).ShouldBe([LedgerEventKind.Hold, LedgerEventKind.Release, LedgerEventKind.Hold, LedgerEventKind.Success]);
    }

    [Fact]
    public async Task Should_reinitiate_a_definitely_failed_payout_only_and_refuse_while_it_is_paid()
    {
        var m = await CreatePayoutMerchantAsync();
        var failing = await m.Payouts.CreateAsync(Plain("RE-1", 50_13));
        var paying = await m.Payouts.CreateAsync(Plain("RE-2", 50_00));
        await RunJobsAsync();

        var again = await m.Payouts.ReinitiateAsync(failing.Order.Id, new ReinitiatePayoutDto { MerchantChannelId = m.MerchantChannelId });
        var refused = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.ReinitiateAsync(paying.Order.Id, new ReinitiatePayoutDto()));

        again.Order.State.ShouldBe(PayoutState.Submitting);
        again.Attempts.Select(a => a.State).ShouldBe([PayoutState.Failed, PayoutState.Submitting]);
        refused.Code.ShouldBe(PayoutsErrorCodes.NewAttemptNotAllowed);
        (await m.Payouts.GetAsync(paying.Order.Id)).Attempts.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_query_a_processing_payout_now_and_show_it_succeeded()
    {
        var m = await CreatePayoutMerchantAsync(processingSeconds: 30);
        var creation = await m.Payouts.CreateAsync(Plain("QUERY-1", 70_00));
        await RunJobsAsync();
        var processing = await m.Payouts.GetAsync(creation.Order.Id);
        Factory.Clock.Advance(TimeSpan.FromSeconds(31));

        await m.Payouts.QueryNowAsync(creation.Order.Id);
        await RunJobsAsync();
        var done = await m.Payouts.GetAsync(creation.Order.Id);

        processing.Order.State.ShouldBe(PayoutState.Processing);
        done.Order.State.ShouldBe(PayoutState.Succeeded);
        done.Attempts.ShouldHaveSingleItem().LastQueryTime.ShouldNotBeNull();
        done.Postings.Select(p => p.EventKind).ShouldBe([LedgerEventKind.Hold, LedgerEventKind.Success]);
    }

    [Fact]
    public async Task Should_refuse_query_now_for_a_payout_that_has_no_attempt()
    {
        var m = await CreatePayoutMerchantAsync(initialBalanceMinor: 10_00);
        var tooBig = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.CreateAsync(Plain("QUERY-2", 20_00)));
        var pending = (await m.Payouts.GetListAsync(new GetPayoutListInput { MerchantReference = "QUERY-2" })).Items.ShouldHaveSingleItem();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => m.Payouts.QueryNowAsync(pending.Id));

        tooBig.Code.ShouldBe(LedgerErrorCodes.InsufficientAvailable);
        pending.State.ShouldBe(PayoutState.PendingSubmission);
        refused.Code.ShouldBe(PayoutsErrorCodes.NoAttempt);
    }
}
