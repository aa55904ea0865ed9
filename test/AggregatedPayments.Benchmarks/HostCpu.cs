using System.Globalization;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// CPU time a process has used (user + system, from /proc/&lt;pid&gt;/stat). Beside a stage's wall time it tells
/// work from waiting: a stage whose host CPU is far below its wall time waited (on the database, the poll, or
/// for a core on a shared machine).
/// </summary>
public static class HostCpu
{
    private const double TicksPerSecond = 100;

    public static TimeSpan Used(int processId)
    {
        var stat = $"/proc/{processId}/stat";
        if (!File.Exists(stat))
        {
            return TimeSpan.Zero;
        }

        // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
        var text = File.ReadAllText(stat);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
