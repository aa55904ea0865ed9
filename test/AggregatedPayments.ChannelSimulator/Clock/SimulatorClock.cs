using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Clock;

/// <summary>
/// The simulator's "now": the system clock plus an offset a test can push forward (to reach the
/// next bill day, or past a download link's validity) without waiting. Timers still run on real
/// time, so latency and hang knobs behave as configured.
/// </summary>
public sealed class SimulatorClock : TimeProvider, ISimulatorState
{
    private long offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref offsetTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref offsetTicks, by.Ticks);
    }

    public void Reset() => Interlocked.Exchange(ref offsetTicks, 0);
}
