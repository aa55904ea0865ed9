using System.Collections.Concurrent;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>What <see cref="ProbeJob"/> saw, safe to write from several workers at once.</summary>
public sealed class ProbeLog
{
    private readonly ConcurrentQueue<ProbeRun> _runs = new();
    private readonly ConcurrentDictionary<string, int> _tries = new();

    /// <summary>In the order the handlers started.</summary>
    public IReadOnlyList<ProbeRun> Runs => _runs.ToArray();

    /// <summary>Called inside the handler once the run is recorded, so a test can block, gate or cancel it.</summary>
    public Func<ProbeJobArgs, CancellationToken, Task>? OnRun { get; set; }

    public int TriesOf(string key) => _tries.GetValueOrDefault(key);

    /// <returns>The try number of this run.</returns>
    public int Record(ProbeRun run)
    {
        _runs.Enqueue(run);
        return _tries.AddOrUpdate(run.Key, 1, (_, tries) => tries + 1);
    }
}
