namespace AggregatedPayments.BackgroundJobs;

/// <summary>
/// The job table's set-based operations. Every change after creation is one guarded statement, so
/// that workers in several processes over one database never hold the same job at once.
/// </summary>
public interface IBackgroundJobStore
{
    /// <summary>
    /// Jobs due and not leased: first those due since <paramref name="agedBefore"/> or earlier, longest waiting first
    /// whatever their priority; then the rest, highest priority first, then the longest waiting.
    /// </summary>
    Task<IReadOnlyList<Guid>> GetDueJobIdsAsync(DateTime utcNow, DateTime agedBefore, int maxCount, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the job's lease for <paramref name="leaseOwner"/> if the job is still due and nobody holds a
    /// live lease, counting a try. Returns the job as claimed, or null when another worker got it first.
    /// </summary>
    Task<BackgroundJobRecord?> TryClaimAsync(Guid jobId, string leaseOwner, DateTime utcNow, DateTime leaseExpiresAt, CancellationToken cancellationToken);

    /// <summary>Removes a finished job; false when the lease was lost meanwhile (the job belongs to another claim now).</summary>
    Task<bool> CompleteAsync(Guid jobId, string leaseOwner, CancellationToken cancellationToken);

    /// <summary>Records a failed try and frees the lease; false when the lease was lost meanwhile.</summary>
    Task<bool> RecordFailureAsync(Guid jobId, string leaseOwner, BackgroundJobFailure failure, CancellationToken cancellationToken);
}
