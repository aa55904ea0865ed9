namespace AggregatedPayments.BackgroundJobs;

/// <summary>Bound from the "BackgroundJobs" section by the host; checked by <see cref="BackgroundJobOptionsValidator"/>.</summary>
public sealed class BackgroundJobOptions
{
    public const string SectionName = "BackgroundJobs";

    /// <summary>Whether the host polls for jobs. Tests switch it off and drain the queue with <see cref="BackgroundJobWorker.RunPendingAsync"/>.</summary>
    public bool IsWorkerEnabled { get; set; } = true;

    /// <summary>Pause between polls once no job is due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a claim holds a job before another worker may take it over. Must outlive the slowest
    /// handler, a channel call with its timeout included: a handler still running at
    /// <see cref="ExecutionTimeout"/> is cancelled so that it never overlaps with the next claim.
    /// Leases are stamped with each host's own clock, so hosts sharing a database keep their clocks in
    /// step (NTP); the tenth of the lease left after the timeout absorbs a small skew.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Due jobs read per query; each is still claimed on its own just before it runs.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Jobs one worker runs at once, each claimed on its own and run in its own DI scope (its own DbContext), so
    /// a long job does not hold up the rest and <c>PayoutSubmission:MaxConcurrentSendsPerChannel</c> can be reached.
    /// </summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// The cap on <see cref="MaxConcurrency"/> on SQLite. It is safe there (every write transaction begins
    /// IMMEDIATE and waits for the one writer lock, up to the connection's Default Timeout) but not faster:
    /// Microsoft.Data.Sqlite retries a busy writer by sleeping 150 ms, and measured at 3,000 lines settle ran
    /// 110 orders/s with 4 at once against 138 with 1.
    /// </summary>
    public int MaxConcurrencyOnSqlite { get; set; } = 1;

    /// <summary>
    /// How long a due job may wait behind higher priorities: past it, jobs run oldest due first whatever their
    /// priority, so a flood of high-priority sends cannot starve merchant notifications.
    /// </summary>
    public TimeSpan MaxPriorityWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Tries before a job is abandoned.</summary>
    public int MaxTries { get; set; } = 10;

    /// <summary>Wait after the first failure; it doubles with each further failure up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A tenth of the lease is left to record the outcome before another worker may claim the job.</summary>
    public TimeSpan ExecutionTimeout => LeaseDuration * 0.9;
}
