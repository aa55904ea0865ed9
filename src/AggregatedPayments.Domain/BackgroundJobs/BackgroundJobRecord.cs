using AggregatedPayments.Entities;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>
/// One durable job. Not <c>IMultiTenant</c>: the worker must see every merchant's jobs, so the tenant
/// is data here, written by <see cref="BackgroundJobManager"/> from the current tenant and restored
/// around the handler. After creation the row changes only through the guarded set-based updates of
/// <see cref="IBackgroundJobStore"/>, which is what makes a claim safe across processes.
/// </summary>
public sealed class BackgroundJobRecord : Entity<Guid>, IHasCreationTime
{
    private BackgroundJobRecord()
    {
    }

    public BackgroundJobRecord(
        Guid id, string jobName, string argsJson, Guid? tenantId, BackgroundJobPriority priority, DateTime creationTime, DateTime nextTryTime)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobName);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jobName.Length, BackgroundJobConsts.MaxJobNameLength, nameof(jobName));
        ArgumentNullException.ThrowIfNull(argsJson);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(argsJson.Length, BackgroundJobConsts.MaxArgsLength, nameof(argsJson));
        if (!Enum.IsDefined(priority))
        {
            throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority.");
        }

        Id = id;
        JobName = jobName;
        ArgsJson = argsJson;
        TenantId = tenantId;
        Priority = priority;
        CreationTime = creationTime;
        NextTryTime = nextTryTime;
    }

    /// <summary>Names the handler (see <see cref="BackgroundJobNameAttribute"/>); stored, so renaming one strands its jobs.</summary>
    public string JobName { get; private set; } = null!;

    public string ArgsJson { get; private set; } = null!;

    /// <summary>The merchant the job acts for; null is the platform.</summary>
    public Guid? TenantId { get; private set; }

    public BackgroundJobPriority Priority { get; private set; }

    /// <summary>Tries started so far, counted when a worker claims the job, so that a try whose process died still counts.</summary>
    public int TryCount { get; private set; }

    /// <summary>UTC; the job is not claimed before.</summary>
    public DateTime NextTryTime { get; private set; }

    public DateTime? LastTryTime { get; private set; }

    /// <summary>Given up after too many tries; kept for an operator to inspect.</summary>
    public bool IsAbandoned { get; private set; }

    /// <summary>The claim (worker and token) that holds the job while it runs; null when nobody does.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>UTC; after it another worker may claim the job again (its holder is presumed dead).</summary>
    public DateTime? LeaseExpiresAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreationTime { get; private set; }
}
