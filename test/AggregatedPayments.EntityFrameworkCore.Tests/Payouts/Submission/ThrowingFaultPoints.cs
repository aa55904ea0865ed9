using AggregatedPayments.FaultInjection;

namespace AggregatedPayments.Payouts;

/// <summary>Stands in for a process kill: throws at the armed point once, so a test can run a job body up to there and then run it again.</summary>
internal sealed class ThrowingFaultPoints : IFaultPoints
{
    private readonly Lock _lock = new();
    private string? _armed;

    public void Arm(string name)
    {
        lock (_lock)
        {
            _armed = name;
        }
    }

    public void Reach(string name)
    {
        lock (_lock)
        {
            if (!string.Equals(_armed, name, StringComparison.Ordinal))
            {
                return;
            }

            _armed = null;
        }

        throw new SimulatedCrashException(name);
    }
}
