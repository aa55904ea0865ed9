using System.Globalization;
using System.Text;

namespace AggregatedPayments.Benchmarks;

/// <summary>The figures as a table on the console and as markdown in docs/benchmark-results.md.</summary>
public static class BenchmarkReport
{
    private static readonly Dictionary<string, int> Targets = new(StringComparer.Ordinal) { ["SQLite"] = 5_000, ["MariaDB"] = 3_000 };

    public static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "n/a";

    public static string Markdown(IReadOnlyList<EngineResult> results, DateTime startedUtc, string loadBefore, string loadAfter)
    {
        var text = new StringBuilder();
        text.AppendLine("# Payroll benchmark results");
        text.AppendLine();
        text.AppendLine(Invariant($"Run {startedUtc:yyyy-MM-dd HH:mm} UTC by `etc/scripts/benchmark.sh` on {Environment.ProcessorCount} cores (`nproc`), load average {loadBefore} at the start and {loadAfter} at the end."));
        text.AppendLine("The cores are shared with other work: figures are noisy, compare runs made under a similar load.");
        text.AppendLine();
        text.AppendLine("Each stage is timed from the previous stage's end; its rate is lines (intake, submit) or orders (settle, notify) per second of that stage.");
        text.AppendLine("End to end is from the upload's start to the last order's notification; lines/s is the payroll's lines over that time.");
        text.AppendLine("The raw insert is the same payroll item rows inserted with plain ADO.NET into a scratch table of the same shape in the same database (one transaction; a prepared INSERT per row on SQLite, 1,000-row INSERTs on MariaDB).");
        text.AppendLine();
        text.AppendLine("| engine | lines | orders | intake | aggregate + submit | settle | notify | end to end | target | peak host memory | raw insert | end to end / raw |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            text.AppendLine(Invariant($"| {r.Engine} | {r.Lines:N0} | {r.Orders:N0} | {Stage(r, 0)} | {Stage(r, 1)} | {Stage(r, 2)} | {Stage(r, 3)} | {EndToEnd(r)} | {Target(r)} | {Memory(r)} | {r.RawInsertRowsPerSecond:N0} rows/s | {Ratio(r)} |"));
        }

        text.AppendLine();
        foreach (var r in results)
        {
            text.AppendLine($"{r.Engine}:");
            foreach (var s in r.Stages)
            {
                text.AppendLine(Invariant($"- {s.Name}: {s.Elapsed.TotalSeconds:F1} s (host CPU {s.HostCpu.TotalSeconds:F1} s), {s.Done:N0}/{s.Total:N0}{(s.Completed ? "" : " (incomplete: stalled or out of time, stopped waiting)")}; {s.Note}"));
            }

            foreach (var note in r.Notes)
            {
                text.AppendLine($"- {note}");
            }
        }

        return text.ToString();
    }

    public static string Table(IReadOnlyList<EngineResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{"engine",-8} {"stage",-20} {"seconds",9} {"host CPU s",11} {"done/total",17} {"per second",11}"));
        foreach (var r in results)
        {
            foreach (var s in r.Stages)
            {
                text.AppendLine(Invariant($"{r.Engine,-8} {s.Name,-20} {s.Elapsed.TotalSeconds,9:F1} {s.HostCpu.TotalSeconds,11:F1} {s.Done + "/" + s.Total,17} {s.Done / s.Elapsed.TotalSeconds,11:F0}"));
            }

            text.AppendLine(Invariant($"{r.Engine,-8} {"end to end",-20} {r.EndToEnd.TotalSeconds,9:F1} {r.Stages.Sum(s => s.HostCpu.TotalSeconds),11:F1} {(r.Completed ? "complete" : "INCOMPLETE"),17} {(r.Completed ? r.LinesPerSecond.ToString("F0", CultureInfo.InvariantCulture) : "n/a"),11} lines/s (target {Targets[r.Engine]:N0})"));
            text.AppendLine(Invariant($"{r.Engine,-8} {"raw insert",-20} {r.RawInsertRows / r.RawInsertRowsPerSecond,9:F1} {"",11} {r.RawInsertRows,17} {r.RawInsertRowsPerSecond,11:F0} rows/s ({Ratio(r)})"));
            text.AppendLine(Invariant($"{r.Engine,-8} {"peak host memory",-20} {Memory(r),41}"));
        }

        return text.ToString();
    }

    private static string Stage(EngineResult r, int index)
    {
        if (index >= r.Stages.Count)
        {
            return "not run";
        }

        var s = r.Stages[index];
        var rate = Invariant($"{s.Done / s.Elapsed.TotalSeconds:N0}/s ({s.Elapsed.TotalSeconds:F1} s)");
        return s.Completed ? rate : Invariant($"incomplete, {s.Done:N0}/{s.Total:N0}: {rate}");
    }

    private static string EndToEnd(EngineResult r) => r.Completed
        ? Invariant($"**{r.LinesPerSecond:N0} lines/s** ({r.EndToEnd.TotalSeconds:F1} s)")
        : Invariant($"incomplete after {r.EndToEnd.TotalSeconds:F1} s");

    private static string Target(EngineResult r) => Invariant($"{Targets[r.Engine]:N0} ({(r.Completed && r.LinesPerSecond >= Targets[r.Engine] ? "met" : "not met")})");

    private static string Memory(EngineResult r) => r.PeakHostMiB is { } mib ? Invariant($"{mib:F0} MiB") : "n/a";

    private static string Ratio(EngineResult r) => r.Completed ? Invariant($"{r.LinesPerSecond / r.RawInsertRowsPerSecond:P1} of raw") : "n/a (incomplete)";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
