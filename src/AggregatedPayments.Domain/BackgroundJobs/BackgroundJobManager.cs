using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.BackgroundJobs;

public sealed class BackgroundJobManager(
    IRepository<BackgroundJobRecord> jobs,
    BackgroundJobRegistry registry,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IBackgroundJobManager
{
    public async Task<Guid> EnqueueAsync<TArgs>(
        TArgs args,
        BackgroundJobPriority priority = BackgroundJobPriority.Normal,
        TimeSpan? delay = null,
        CancellationToken cancellationToken = default)
        where TArgs : notnull
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentOutOfRangeException.ThrowIfLessThan(delay ?? TimeSpan.Zero, TimeSpan.Zero, nameof(delay));
        var registration = registry.GetByArgsType(typeof(TArgs));
        var now = clock.GetUtcNow();

        // Version 7 ids grow with time, which keeps inserts at the end of MySQL's clustered index.
        var job = new BackgroundJobRecord(
            Guid.CreateVersion7(now),
            registration.Name,
            BackgroundJobArgsSerializer.Serialize(args),
            currentTenant.Id,
            priority,
            now.UtcDateTime,
            (now + (delay ?? TimeSpan.Zero)).UtcDateTime);
        await jobs.InsertAsync(job, cancellationToken);
        return job.Id;
    }
}
