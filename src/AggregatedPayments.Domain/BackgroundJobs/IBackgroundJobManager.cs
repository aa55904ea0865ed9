namespace AggregatedPayments.BackgroundJobs;

/// <summary>Queues jobs for the background workers of every host process sharing the database.</summary>
public interface IBackgroundJobManager
{
    /// <summary>
    /// Adds the job to the caller's unit of work, for the current tenant; nothing is queued until the
    /// caller saves, so a job and the state change that causes it commit or roll back together.
    /// Throws <c>AP:BackgroundJobs:UnknownJobType</c> when no handler is registered for <typeparamref name="TArgs"/>.
    /// </summary>
    /// <returns>The job's id.</returns>
    Task<Guid> EnqueueAsync<TArgs>(
        TArgs args,
        BackgroundJobPriority priority = BackgroundJobPriority.Normal,
        TimeSpan? delay = null,
        CancellationToken cancellationToken = default)
        where TArgs : notnull;
}
