using System.Diagnostics;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// Polls a stage's progress until it is complete, or until it has not moved for the stall limit
/// (BENCH_STALL_SECONDS, default 300) or has run for the stage limit (BENCH_STAGE_LIMIT_SECONDS, default none):
/// such a stage is reported with how far it got, never waited on for ever.
/// </summary>
public static class ProgressWait
{
    public static TimeSpan StallLimit { get; } =
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("BENCH_STALL_SECONDS"), out var seconds) ? seconds : 300);

    public static TimeSpan StageLimit { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("BENCH_STAGE_LIMIT_SECONDS"), out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.MaxValue;

    public static async Task<long> UntilAsync(Func<Task<long>> progress, long total, TimeSpan interval, Action<long> report, CancellationToken cancellationToken)
    {
        var last = -1L;
        var sinceMove = Stopwatch.StartNew();
        var sinceReport = Stopwatch.StartNew();
        var sinceStart = Stopwatch.StartNew();
        while (true)
        {
            var done = await progress();
            if (done >= total)
            {
                return done;
            }

            if (done != last)
            {
                last = done;
                sinceMove.Restart();
            }
            else if (sinceMove.Elapsed > StallLimit)
            {
                return done;
            }

            if (sinceStart.Elapsed > StageLimit)
            {
                return done;
            }

            if (sinceReport.Elapsed > TimeSpan.FromSeconds(15))
            {
                report(done);
                sinceReport.Restart();
            }

            await Task.Delay(interval, cancellationToken);
        }
    }
}
