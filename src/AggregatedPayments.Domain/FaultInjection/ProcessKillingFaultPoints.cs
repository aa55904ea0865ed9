using System.Globalization;

namespace AggregatedPayments.FaultInjection;

/// <summary>
/// Kills the process, with no chance to clean up, at the named point: on its first arrival, or on the
/// n-th with "name#n" (to die in the middle of a run of the same step). A real crash, not an exception
/// some handler could catch.
/// </summary>
public sealed class ProcessKillingFaultPoints : IFaultPoints
{
    private readonly string _name;
    private readonly int _arrival;
    private int _arrivals;

    public ProcessKillingFaultPoints(string setting)
    {
        var parts = setting.Split('#', 2);
        _name = parts[0].Trim();
        _arrival = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : parts.Length == 2 ? throw new ArgumentException($"'{setting}' must be a fault point name, optionally followed by #n with n ≥ 1.", nameof(setting)) : 1;
        if (!FaultPointNames.All.Contains(_name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{_name}' is not a fault point. Known: {string.Join(", ", FaultPointNames.All)}.", nameof(setting));
        }
    }

    public void Reach(string name)
    {
        if (string.Equals(name, _name, StringComparison.Ordinal) && Interlocked.Increment(ref _arrivals) == _arrival)
        {
            Environment.FailFast($"Fault point {name} reached (arrival {_arrival}): killing the process as the test asked.");
        }
    }
}
