using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>
/// Each change is one UPDATE or DELETE by key whose WHERE clause carries the guard, so SQLite (one writer
/// at a time) and InnoDB (the row lock, then the WHERE re-read on the committed row) both let exactly
/// one of two racing workers change the row, and report it through the affected-row count. Each locks
/// only its own row: no WHERE names an indexed column besides the key.
/// </summary>
internal sealed class EfBackgroundJobStore(AggregatedPaymentsDbContext db) : IBackgroundJobStore
{
    private IQueryable<BackgroundJobRecord> Jobs => db.Set<BackgroundJobRecord>();

    public async Task<IReadOnlyList<Guid>> GetDueJobIdsAsync(DateTime utcNow, DateTime agedBefore, int maxCount, CancellationToken cancellationToken) =>
        await Claimable(utcNow)
            .OrderByDescending(j => j.NextTryTime <= agedBefore)
            .ThenByDescending(j => j.NextTryTime <= agedBefore ? BackgroundJobPriority.Normal : j.Priority)
            .ThenBy(j => j.NextTryTime)
            .ThenBy(j => j.CreationTime)
            .Select(j => j.Id)
            .Take(maxCount)
            .ToListAsync(cancellationToken);

    public async Task<BackgroundJobRecord?> TryClaimAsync(
        Guid jobId, string leaseOwner, DateTime utcNow, DateTime leaseExpiresAt, CancellationToken cancellationToken)
    {
        // Read the guard's columns first, then claim by key and version alone. A claim whose WHERE names IsAbandoned and
        // NextTryTime lets InnoDB pick that index on a small, churning job table and lock every due row in its range;
        // two claims then deadlock with a completion (seen on MariaDB). TryCount and LeaseOwner change with every
        // claim and every release (each lease owner is a fresh token), so an unchanged pair means the row is as read.
        var seen = await Claimable(utcNow)
            .Where(j => j.Id == jobId)
            .Select(j => new { j.TryCount, j.LeaseOwner })
            .FirstOrDefaultAsync(cancellationToken);
        if (seen is null)
        {
            return null;
        }

        var claimed = await Jobs
            .Where(j => j.Id == jobId && j.TryCount == seen.TryCount && j.LeaseOwner == seen.LeaseOwner)
            .ExecuteUpdateAsync(job => job
                .SetProperty(j => j.LeaseOwner, leaseOwner)
                .SetProperty(j => j.LeaseExpiresAt, leaseExpiresAt)
                .SetProperty(j => j.LastTryTime, utcNow)
                .SetProperty(j => j.TryCount, j => j.TryCount + 1), cancellationToken);
        return claimed == 1 ? await Held(jobId, leaseOwner).AsNoTracking().FirstOrDefaultAsync(cancellationToken) : null;
    }

    public async Task<bool> CompleteAsync(Guid jobId, string leaseOwner, CancellationToken cancellationToken) =>
        await Held(jobId, leaseOwner).ExecuteDeleteAsync(cancellationToken) == 1;

    public async Task<bool> RecordFailureAsync(Guid jobId, string leaseOwner, BackgroundJobFailure failure, CancellationToken cancellationToken) =>
        await Held(jobId, leaseOwner).ExecuteUpdateAsync(job => job
            .SetProperty(j => j.LeaseOwner, (string?)null)
            .SetProperty(j => j.LeaseExpiresAt, (DateTime?)null)
            .SetProperty(j => j.NextTryTime, failure.NextTryTime)
            .SetProperty(j => j.IsAbandoned, failure.Abandon)
            .SetProperty(j => j.LastError, failure.Error), cancellationToken) == 1;

    // The claim guard: a lease expiring exactly now still holds.
    private IQueryable<BackgroundJobRecord> Claimable(DateTime utcNow) =>
        Jobs.Where(j => !j.IsAbandoned && j.NextTryTime <= utcNow && (j.LeaseExpiresAt == null || j.LeaseExpiresAt < utcNow));

    private IQueryable<BackgroundJobRecord> Held(Guid jobId, string leaseOwner) =>
        Jobs.Where(j => j.Id == jobId && j.LeaseOwner == leaseOwner);
}
