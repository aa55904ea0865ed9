using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>
/// Claims due jobs and runs up to <see cref="BackgroundJobOptions.MaxConcurrency"/> of them at once, each claimed,
/// run and recorded in fresh DI scopes (never sharing a DbContext) inside its tenant. Any number of workers, in
/// one process or many, may run over the same database: a job is held through its lease, taken by one guarded
/// update, and a job whose holder died is taken over once the lease has expired. The host polls
/// <see cref="RunPendingAsync"/>; tests call it to drain the queue instead of sleeping (with a concurrency of 1,
/// jobs run one after another in the store's order).
/// </summary>
public sealed class BackgroundJobWorker
{
    private const int MaxMachineNameLength = 64;

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly BackgroundJobRegistry _registry;
    private readonly ICurrentTenant _currentTenant;
    private readonly TimeProvider _clock;
    private readonly BackgroundJobOptions _options;
    private readonly BackgroundJobRetryPolicy _retryPolicy;
    private readonly ILogger<BackgroundJobWorker> _logger;

    public BackgroundJobWorker(
        IServiceScopeFactory scopeFactory,
        BackgroundJobRegistry registry,
        ICurrentTenant currentTenant,
        TimeProvider clock,
        IOptions<BackgroundJobOptions> options,
        ILogger<BackgroundJobWorker> logger)
    {
        _scopeFactory = scopeFactory;
        _registry = registry;
        _currentTenant = currentTenant;
        _clock = clock;
        _options = options.Value;
        _retryPolicy = new BackgroundJobRetryPolicy(_options);
        _logger = logger;
        var machine = Environment.MachineName;
        Name = $"{machine[..Math.Min(machine.Length, MaxMachineNameLength)]}:{Environment.ProcessId}";
    }

    /// <summary>Host and process, the first part of every lease this worker takes, so an operator can tell who holds a job.</summary>
    public string Name { get; }

    /// <summary>Runs jobs until none is due and unclaimed; returns how many this worker ran (failed tries included).</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken = default)
    {
        var ran = 0;
        var pending = new Queue<Guid>();
        var running = new Dictionary<Guid, Task<bool>>();
        await using var scope = _scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>();
        try
        {
            while (true)
            {
                if (pending.Count == 0 && running.Count < _options.MaxConcurrency)
                {
                    // Jobs this worker runs are leased, so the store leaves them out; a lease that ran out meanwhile is not taken twice here.
                    var now = UtcNow;
                    foreach (var id in await store.GetDueJobIdsAsync(now, now - _options.MaxPriorityWait, _options.BatchSize, cancellationToken))
                    {
                        if (!running.ContainsKey(id))
                        {
                            pending.Enqueue(id);
                        }
                    }
                }

                while (pending.Count > 0 && running.Count < _options.MaxConcurrency)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var jobId = pending.Dequeue();
                    running[jobId] = TryRunAsync(jobId, cancellationToken);
                }

                if (running.Count == 0)
                {
                    return ran;
                }

                // Wait for a free slot, then look again: a finished job may have queued more.
                await Task.WhenAny(running.Values);
                foreach (var (jobId, run) in running.Where(r => r.Value.IsCompleted).ToList())
                {
                    running.Remove(jobId);
                    if (await run)
                    {
                        ran++;
                    }
                }
            }
        }
        finally
        {
            // Never leave a run behind when giving up: its outcome is still recorded before this returns.
            await Task.WhenAll(running.Values.Select(r => r.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)));
        }
    }

    private DateTime UtcNow => _clock.GetUtcNow().UtcDateTime;

    private async Task<bool> TryRunAsync(Guid jobId, CancellationToken stopping)
    {
        // Off the caller's thread at once, with its own scope: runs never share a DbContext.
        await Task.Yield();
        await using var scope = _scopeFactory.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IBackgroundJobStore>();

        // A token per claim: a worker whose lease ran out cannot complete the job another claim now holds,
        // not even when the new claim is its own.
        var leaseOwner = $"{Name}:{Guid.NewGuid():N}";
        var claimedAt = UtcNow;
        var job = await store.TryClaimAsync(jobId, leaseOwner, claimedAt, claimedAt + _options.LeaseDuration, stopping);
        if (job is null)
        {
            return false;
        }

        using var logScope = _logger.BeginScope(new Dictionary<string, object?>
        {
            ["JobId"] = job.Id, ["JobName"] = job.JobName, ["TenantId"] = job.TenantId, ["Try"] = job.TryCount
        });
        if (job.TryCount > _options.MaxTries)
        {
            // The last allowed try was started and never reported back: its process died, perhaps because of this job.
            _logger.LogError("Background job abandoned: its last allowed try did not finish before its lease expired");
            await store.RecordFailureAsync(job.Id, leaseOwner,
                _retryPolicy.AfterFailedTry(job.TryCount, UtcNow, $"Try {job.TryCount - 1} did not finish before its lease expired; no tries are left."),
                CancellationToken.None);
            return false;
        }

        var error = await ExecuteAsync(job, stopping);

        // Outcomes are recorded even when the host is stopping: a finished job left leased would run again.
        var recorded = error is null
            ? await store.CompleteAsync(job.Id, leaseOwner, CancellationToken.None)
            : await store.RecordFailureAsync(job.Id, leaseOwner, _retryPolicy.AfterFailedTry(job.TryCount, UtcNow, error), CancellationToken.None);
        if (!recorded)
        {
            _logger.LogWarning("Background job outcome not recorded: the lease expired and another claim holds the job");
        }

        return true;
    }

    /// <returns>The error text, or null when the handler succeeded.</returns>
    private async Task<string?> ExecuteAsync(BackgroundJobRecord job, CancellationToken stopping)
    {
        // A handler still running when the lease ends would overlap with the worker that takes the job over.
        using var timeout = new CancellationTokenSource(_options.ExecutionTimeout, _clock);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping, timeout.Token);
        try
        {
            using (_currentTenant.Change(job.TenantId))
            {
                await using var scope = _scopeFactory.CreateAsyncScope();
                await _registry.GetByName(job.JobName).ExecuteAsync(scope.ServiceProvider, job.ArgsJson, cancellation.Token);
            }

            return null;
        }
        catch (OperationCanceledException exception) when (timeout.IsCancellationRequested)
        {
            _logger.LogWarning(exception, "Background job cancelled after {Timeout}", _options.ExecutionTimeout);
            return $"The job did not finish within {_options.ExecutionTimeout} and was cancelled before its lease ran out.";
        }
        catch (Exception exception)
        {
            _logger.LogWarning(exception, "Background job failed");
            return BackgroundJobErrorText.Describe(exception);
        }
    }
}
