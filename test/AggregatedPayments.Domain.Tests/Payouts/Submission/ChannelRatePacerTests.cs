using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class ChannelRatePacerTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Should_space_sends_to_one_channel_by_its_rate_and_leave_other_channels_alone()
    {
        var pacer = new ChannelRatePacer(_clock);
        var channel = Guid.NewGuid();

        await pacer.WaitForSlotAsync(channel, 2, CancellationToken.None);
        var second = pacer.WaitForSlotAsync(channel, 2, CancellationToken.None);
        var third = pacer.WaitForSlotAsync(channel, 2, CancellationToken.None);
        await pacer.WaitForSlotAsync(Guid.NewGuid(), 2, CancellationToken.None);

        second.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await second;
        third.IsCompleted.ShouldBeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await third;
    }

    [Fact]
    public async Task Should_not_wait_when_the_channel_sets_no_rate()
    {
        var pacer = new ChannelRatePacer(_clock);
        var channel = Guid.NewGuid();

        for (var i = 0; i < 100; i++)
        {
            await pacer.WaitForSlotAsync(channel, 0, CancellationToken.None);
        }
    }

    [Fact]
    public void Should_refuse_a_negative_rate()
    {
        var options = new PayoutSubmissionOptions { MaxSendsPerSecondPerChannel = -1 };

        new PayoutSubmissionOptionsValidator().Validate(null, options).Failed.ShouldBeTrue();
    }
}
