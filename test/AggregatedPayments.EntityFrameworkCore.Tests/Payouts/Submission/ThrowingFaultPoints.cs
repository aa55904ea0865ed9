using AggregatedPayments.FaultInjection;

namespace AggregatedPayments.Payouts;

/// <summary>Stands in for a process kill: throws at the armed point once, so a test can run a job body up to there and then run it again.</summary>
internal sealed class ThrowingFaultPoints : IFaultPoints
{
    private string? _armed;

    public void Arm(string name) => Volatile.Write(ref _armed, name);

    public void Reach(string name)
    {
        if (Interlocked.CompareExchange(ref _armed, null, name) == name)
        {
            throw new SimulatedCrashException(name);
        }
    }
}
