using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>Routed payouts fail over once to another eligible channel after a definite Failed; named ones never do.</summary>
public sealed class PayoutRoutingFailoverTests : IAsyncLifetime
{
    private const string RefusedAccount = "6222000000000099";

    private SubmissionScenario _s = null!;
    private Guid _merchant;
    private Guid _first;
    private Guid _second;

    public async Task InitializeAsync()
    {
        _s = await SubmissionScenario.CreateAsync();
        _merchant = await _s.CreateMerchantAsync("M-R");

        // The preferred channel refuses this payee at submit (final and never accepted); the other takes it.
        _first = await _s.OpenSandboxChannelAsync(_merchant, "SBX-R1", priority: 0, failAccountPattern: "^" + RefusedAccount + "$");
        _second = await _s.OpenSandboxChannelAsync(_merchant, "SBX-R2", priority: 1);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Should_fail_over_a_routed_payout_once_to_the_next_eligible_channel_after_a_definite_failure()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "ROUTE-1", 60_00, RefusedAccount);

        var first = await _s.StartAsync(_merchant, orderId, merchantChannelId: null);
        await _s.RunJobsAsync();

        first.MerchantChannelId.ShouldBe(_first);
        var order = await _s.LoadAsync(_merchant, orderId);
        order.State.ShouldBe(PayoutState.Succeeded);
        order.Attempts.OrderBy(a => a.CreationTime).ThenBy(a => a.Routing).Select(a => (a.MerchantChannelId, a.State, a.Routing)).ShouldBe(
        [
            (_first, PayoutState.Failed, PayoutRouting.Routed),
            (_second, PayoutState.Succeeded, PayoutRouting.Failover)
        ]);
        order.CurrentAttempt!.ChannelKey.ShouldNotBe(first.ChannelKey);
        order.Attempts.Single(a => a.Id == first.Id).ProviderErrorCode.ShouldBe("PAYEE_ACCOUNT_INVALID");
        (await _s.BalanceAsync(_merchant, _first)).Available.ShouldBe(1_000_00);
        (await _s.BalanceAsync(_merchant, _second)).PaidOut.ShouldBe(60_00);
        _s.SandboxOf(_first).PaymentLog.ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, _first, _second);
    }

    [Fact]
    public async Task Should_not_fail_over_a_payout_whose_caller_named_the_channel()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "ROUTE-2", 70_00, RefusedAccount);

        await _s.StartAsync(_merchant, orderId, _first);
        await _s.RunJobsAsync();

        var order = await _s.LoadAsync(_merchant, orderId);
        order.State.ShouldBe(PayoutState.Failed);
        order.Attempts.ShouldHaveSingleItem().Routing.ShouldBe(PayoutRouting.Named);
        _s.SandboxOf(_second).PaymentLog.ShouldBeEmpty();
        await _s.AssertMoneyAsync(_merchant, _first, _second);
    }

    [Fact]
    public async Task Should_route_a_re_initiation_away_from_the_channel_where_the_order_failed()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "ROUTE-3", 80_00, RefusedAccount);
        await _s.StartAsync(_merchant, orderId, _first);
        await _s.RunJobsAsync();

        var again = await _s.StartAsync(_merchant, orderId, merchantChannelId: null);
        await _s.RunJobsAsync();

        again.MerchantChannelId.ShouldBe(_second);
        (await _s.LoadAsync(_merchant, orderId)).State.ShouldBe(PayoutState.Succeeded);
        await _s.AssertMoneyAsync(_merchant, _first, _second);
    }

    [Fact]
    public async Task Should_count_a_channels_daily_limit_in_the_merchants_own_day()
    {
        var merchant = await _s.CreateMerchantAsync("M-DAY");
        var limited = await _s.OpenSandboxChannelAsync(merchant, "SBX-DAY1", priority: 0, dailyLimitMinor: 100_00);
        var spare = await _s.OpenSandboxChannelAsync(merchant, "SBX-DAY2", priority: 1);

        // 08:00 UTC is 16:00 in Shanghai; 16:00 UTC is already the next day there.
        var first = await _s.StartAsync(merchant, await _s.CreateOrderAsync(merchant, "DAY-1", 80_00), null);
        var second = await _s.StartAsync(merchant, await _s.CreateOrderAsync(merchant, "DAY-2", 30_00), null);
        _s.Database.Clock.Advance(TimeSpan.FromHours(8));
        var nextDay = await _s.StartAsync(merchant, await _s.CreateOrderAsync(merchant, "DAY-3", 30_00), null);
        await _s.RunJobsAsync();

        (first.MerchantChannelId, second.MerchantChannelId, nextDay.MerchantChannelId).ShouldBe((limited, spare, limited));
        await _s.AssertMoneyAsync(merchant, limited, spare);
    }
}
