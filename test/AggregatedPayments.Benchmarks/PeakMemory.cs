using System.Globalization;

namespace AggregatedPayments.Benchmarks;

/// <summary>A process's peak resident memory as the kernel keeps it (VmHWM in /proc/&lt;pid&gt;/status), in MiB.</summary>
public static class PeakMemory
{
    public static double? MiB(int processId)
    {
        var status = $"/proc/{processId}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}
