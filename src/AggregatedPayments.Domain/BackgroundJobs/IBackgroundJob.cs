namespace AggregatedPayments.BackgroundJobs;

/// <summary>
/// Handles one kind of job. Runs in a fresh DI scope inside the job's tenant and saves its own unit of
/// work. A job runs at least once: a process may die after the handler's effects and before the job is
/// marked done, so handlers must be idempotent (guarded updates, idempotency keys).
/// </summary>
public interface IBackgroundJob<in TArgs>
{
    /// <summary>The token fires when the host stops or before the job's lease runs out.</summary>
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}
