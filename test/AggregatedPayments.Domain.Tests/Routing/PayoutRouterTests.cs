using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Routing;

public class PayoutRouterTests
{
    private static readonly TimeOnly Noon = new(12, 0);

    [Fact]
    public void Should_take_the_best_priority_that_can_pay()
    {
        var first = Candidate(priority: 1);
        var second = Candidate(priority: 2);

        Router().Choose([second, first], Request(10_000)).ShouldBe(first);
    }

    [Fact]
    public void Should_fall_to_the_next_priority_when_the_best_cannot_take_the_amount()
    {
        var small = Candidate(priority: 1, singleLimit: 5_000);
        var large = Candidate(priority: 2);

        Router().Choose([small, large], Request(10_000)).ShouldBe(large);
    }

    [Fact]
    public void Should_count_what_was_sent_today_against_the_daily_limit()
    {
        var nearlyFull = Candidate(priority: 1, dailyLimit: 100_000, usedToday: 95_000);
        var other = Candidate(priority: 2);

        Router().Choose([nearlyFull, other], Request(5_000)).ShouldBe(nearlyFull);
        Router().Choose([nearlyFull, other], Request(5_001)).ShouldBe(other);
    }

    [Fact]
    public void Should_respect_trading_hours_across_midnight()
    {
        var night = Candidate(priority: 1, hours: new TradingHours(new TimeOnly(22, 0), new TimeOnly(6, 0)));
        var day = Candidate(priority: 2);

        Router().Choose([night, day], Request(100, localTime: new TimeOnly(23, 30))).ShouldBe(night);
        Router().Choose([night, day], Request(100, localTime: Noon)).ShouldBe(day);
    }

    [Fact]
    public void Should_fail_over_only_away_from_channels_where_the_payout_already_failed()
    {
        var failed = Candidate(priority: 1);
        var next = Candidate(priority: 2);

        Router().Choose([failed, next], Request(100, failedOn: failed.MerchantChannelId)).ShouldBe(next);
    }

    [Fact]
    public void Should_share_equal_priorities_by_weight()
    {
        var heavy = Candidate(priority: 1, weight: 3);
        var light = Candidate(priority: 1, weight: 1);
        var router = new PayoutRouter(new Random(7));

        var picks = Enumerable.Range(0, 4_000).Select(_ => router.Choose([heavy, light], Request(100))).ToList();

        // 3:1 by weight; the band is wide enough that only a broken draw falls outside it.
        picks.Count(p => p == heavy).ShouldBeInRange(2_800, 3_200);
    }

    [Fact]
    public void Should_refuse_with_every_channels_reason_when_none_can_pay()
    {
        var closed = Candidate(priority: 1, isOpen: false);
        var euroOnly = Candidate(priority: 1, currency: "EUR");
        var noPayout = Candidate(priority: 1, functions: ChannelFunctions.Query);

        var refused = Should.Throw<BusinessException>(() => Router().Choose([closed, euroOnly, noPayout], Request(100)));

        refused.Code.ShouldBe(RoutingErrorCodes.NoEligibleChannel);
        var reasons = refused.Values["skipped"]!.ToString()!;
        reasons.ShouldContain($"{closed.MerchantChannelId}: {RoutingSkipReason.Closed}");
        reasons.ShouldContain($"{euroOnly.MerchantChannelId}: {RoutingSkipReason.CurrencyNotSupported}");
        reasons.ShouldContain($"{noPayout.MerchantChannelId}: {RoutingSkipReason.FunctionNotOpen}");
    }

    private static PayoutRouter Router() => new(new Random(1));

    private static RoutingRequest Request(long amount, TimeOnly? localTime = null, Guid? failedOn = null) =>
        new(amount, "CNY", ChannelFunctions.Payout, localTime ?? Noon, failedOn is null ? new HashSet<Guid>() : [failedOn.Value]);

    private static RoutingCandidate Candidate(
        int priority,
        int weight = 1,
        long? singleLimit = null,
        long? dailyLimit = null,
        long usedToday = 0,
        TradingHours? hours = null,
        bool isOpen = true,
        string currency = "CNY",
        ChannelFunctions functions = ChannelFunctions.Payout | ChannelFunctions.Query) =>
        new(Guid.NewGuid(), isOpen, functions, [currency], priority, weight, singleLimit, dailyLimit, usedToday, hours);
}
