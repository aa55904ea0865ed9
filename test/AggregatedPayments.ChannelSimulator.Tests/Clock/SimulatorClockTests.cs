using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.Clock;

public sealed class SimulatorClockTests
{
    private readonly SimulatorClock clock = new();

    [Fact]
    public void Should_move_now_forward_by_the_advance_and_back_to_system_time_on_reset()
    {
        clock.Advance(TimeSpan.FromDays(1));

        var advanced = clock.GetUtcNow() - TimeProvider.System.GetUtcNow();
        clock.Reset();
        var reset = clock.GetUtcNow() - TimeProvider.System.GetUtcNow();

        advanced.ShouldBeGreaterThan(TimeSpan.FromHours(23));
        reset.ShouldBeLessThan(TimeSpan.FromHours(1));
    }

    [Fact]
    public void Should_refuse_to_move_backwards()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
    }
}
