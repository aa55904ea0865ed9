using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
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
}
