using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Ledger;

/// <summary>The ledger in the database: concurrent holds, repeated events, balance syncs and fees.</summary>
public sealed class LedgerPostingTests : IAsyncLifetime
{
    private PayoutDatabase _db = null!;

    public async Task InitializeAsync() => _db = await PayoutDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_let_exactly_50_of_100_parallel_holds_of_1_00_through_against_50_00()
    {
        await _db.FundAsync(50_00);
        var orders = new List<Guid>();
        for (var i = 0; i < 100; i++)
        {
            orders.Add(await _db.CreateOrderAsync($"HOLD-{i}", 1_00));
        }

        var results = await Task.WhenAll(orders.Select(orderId => Task.Run(async () =>
        {
            try
            {
                await _db.StartAttemptAsync(orderId);
                return "held";
            }
            catch (BusinessException refused) when (refused.Code == LedgerErrorCodes.InsufficientAvailable)
            {
                return "refused";
            }
        })));

        results.Count(r => r == "held").ShouldBe(50);
        results.Count(r => r == "refused").ShouldBe(50);
        var balance = await _db.BalanceAsync();
        (balance.Available, balance.Held).ShouldBe((0L, 50_00L));
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_post_a_repeated_event_once_and_not_call_it_an_error()
    {
        await _db.FundAsync(10_00);
        var orderId = await _db.CreateOrderAsync("REPEAT-1", 4_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Failed, "refused"));

        var holdAgain = await Post(ledger => ledger.HoldAsync(_db.Key, attemptId, new Money(4_00, "CNY"), CancellationToken.None));
        var releaseAgain = await Post(ledger => ledger.ReleaseAsync(_db.Key, attemptId, new Money(4_00, "CNY"), CancellationToken.None));

        (holdAgain, releaseAgain).ShouldBe((LedgerPostOutcome.AlreadyPosted, LedgerPostOutcome.AlreadyPosted));
        var balance = await _db.BalanceAsync();
        (balance.Available, balance.Held).ShouldBe((10_00L, 0L));
        (await PostingsAsync()).Count(p => p.SourceId == attemptId).ShouldBe(2);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_post_one_of_twenty_racing_repeats_of_an_event()
    {
        await _db.FundAsync(10_00);
        var orderId = await _db.CreateOrderAsync("REPEAT-2", 4_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        var syncId = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            Post(ledger => ledger.SyncBalanceAsync(_db.Key, new Money(25_00, "CNY"), syncId, CancellationToken.None)))));

        outcomes.Count(o => o == LedgerPostOutcome.Posted).ShouldBe(1);
        outcomes.ShouldAllBe(o => o == LedgerPostOutcome.Posted || o == LedgerPostOutcome.AlreadyPosted || o == LedgerPostOutcome.NothingToPost);
        (await _db.BalanceAsync()).Available.ShouldBe(25_00);
        (await PostingsAsync()).Count(p => p.SourceId == syncId).ShouldBe(1);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_let_the_unique_key_turn_away_all_but_one_of_twenty_racing_holds_for_one_source()
    {
        await _db.FundAsync(10_00);
        var sourceId = Guid.NewGuid();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            Post(ledger => ledger.HoldAsync(_db.Key, sourceId, new Money(3_00, "CNY"), CancellationToken.None)))));

        outcomes.Count(o => o == LedgerPostOutcome.Posted).ShouldBe(1);
        outcomes.Count(o => o == LedgerPostOutcome.AlreadyPosted).ShouldBe(19);
        var balance = await _db.BalanceAsync();
        (balance.Available, balance.Held).ShouldBe((7_00L, 3_00L));
        (await PostingsAsync()).Count(p => p.SourceId == sourceId).ShouldBe(1);
    }

    [Fact]
    public async Task Should_sync_the_balance_through_adjustments_both_ways()
    {
        (await _db.FundAsync(30_00)).ShouldBe(LedgerPostOutcome.Posted);
        (await _db.FundAsync(30_00)).ShouldBe(LedgerPostOutcome.NothingToPost);
        (await _db.FundAsync(12_50)).ShouldBe(LedgerPostOutcome.Posted);

        var balance = await _db.BalanceAsync();
        (balance.Available, balance.Adjustments).ShouldBe((12_50L, -12_50L));
        (await PostingsAsync()).Select(p => (p.CreditAccount, p.DebitAccount, p.AmountMinor)).ShouldBe(
            [(LedgerAccount.Adjustments, LedgerAccount.Available, 30_00L), (LedgerAccount.Available, LedgerAccount.Adjustments, 17_50L)], ignoreOrder: true);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_take_a_fee_that_available_cannot_cover_from_adjustments()
    {
        await _db.FundAsync(30_00);
        var orderId = await _db.CreateOrderAsync("FEE-1", 30_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Succeeded, "paid", Fee: new Money(1_00, "CNY")));

        var balance = await _db.BalanceAsync();
        (balance.Available, balance.PaidOut, balance.Fees, balance.Adjustments).ShouldBe((0L, 30_00L, 1_00L, -31_00L));
        (await PostingsAsync()).Single(p => p.EventKind == LedgerEventKind.Fee).CreditAccount.ShouldBe(LedgerAccount.Adjustments);
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_give_a_returned_payout_back_to_available()
    {
        await _db.FundAsync(30_00);
        var orderId = await _db.CreateOrderAsync("RETURN-1", 20_00);
        var attemptId = await _db.StartAttemptAsync(orderId);
        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Succeeded, "paid"));

        await _db.AnswerAsync(orderId, attemptId, new PayoutAnswer(PayoutState.Returned, "bank returned it"));

        var balance = await _db.BalanceAsync();
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((30_00L, 0L, 0L));
        await _db.Database.AssertHoldAsync();
    }

    [Fact]
    public async Task Should_refuse_a_posting_outside_a_transaction_and_write_nothing()
    {
        await _db.FundAsync(10_00);

        await Should.ThrowAsync<InvalidOperationException>(() => _db.InTenantAsync(services =>
            services.GetRequiredService<LedgerService>().HoldAsync(_db.Key, Guid.NewGuid(), new Money(1_00, "CNY"), CancellationToken.None)));

        (await _db.BalanceAsync()).Available.ShouldBe(10_00);
        (await PostingsAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_an_amount_in_another_currency_than_the_account()
    {
        await _db.FundAsync(10_00);

        var refused = await Should.ThrowAsync<BusinessException>(() =>
            Post(ledger => ledger.HoldAsync(_db.Key, Guid.NewGuid(), new Money(1_00, "USD"), CancellationToken.None)));

        refused.Code.ShouldBe(LedgerErrorCodes.CurrencyMismatch);
    }

    [Fact]
    public async Task Should_refuse_a_hold_on_an_account_that_was_never_synced()
    {
        var refused = await Should.ThrowAsync<BusinessException>(() =>
            Post(ledger => ledger.HoldAsync(_db.Key, Guid.NewGuid(), new Money(1, "CNY"), CancellationToken.None)));

        refused.Code.ShouldBe(LedgerErrorCodes.InsufficientAvailable);
        (await PostingsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_to_post_into_another_merchants_account()
    {
        await _db.FundAsync(10_00);
        var otherMerchant = _db.Key with { TenantId = Guid.NewGuid() };

        var refused = await Should.ThrowAsync<ForbiddenException>(() =>
            Post(ledger => ledger.HoldAsync(otherMerchant, Guid.NewGuid(), new Money(1_00, "CNY"), CancellationToken.None)));

        refused.Code.ShouldBe(ErrorCodes.CrossTenantWrite);
        (await PostingsAsync()).Count.ShouldBe(1);
    }

    private Task<LedgerPostOutcome> Post(Func<LedgerService, Task<LedgerPostOutcome>> post) =>
        _db.InTransactionAsync(services => post(services.GetRequiredService<LedgerService>()));

    private Task<List<LedgerPosting>> PostingsAsync() =>
        _db.InTenantAsync(services => services.GetRequiredService<AggregatedPaymentsDbContext>().Set<LedgerPosting>().AsNoTracking().ToListAsync());
}
