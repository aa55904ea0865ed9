using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class ChannelSendLimiterTests
{
    [Fact]
    public async Task Should_hold_a_send_beyond_the_channels_limit_until_one_in_flight_ends_and_not_hold_another_channel()
    {
        var limiter = new ChannelSendLimiter();
        var channel = Guid.NewGuid();
        var first = await limiter.EnterAsync(channel, 2, CancellationToken.None);
        using var second = await limiter.EnterAsync(channel, 2, CancellationToken.None);

        var third = limiter.EnterAsync(channel, 2, CancellationToken.None);
        using var otherChannel = await limiter.EnterAsync(Guid.NewGuid(), 2, CancellationToken.None);
        var waitedWhileFull = third.IsCompleted;
        first.Dispose();
        first.Dispose();
        using var admitted = await third;

        waitedWhileFull.ShouldBeFalse();
        limiter.EnterAsync(channel, 2, CancellationToken.None).IsCompleted.ShouldBeFalse();
    }
}
