using AggregatedPayments.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Interception;

/// <summary>
/// The enabled rules, held in memory as one snapshot so that a request costs no query. A change made
/// on this instance invalidates the snapshot at once (the next request reloads it); other instances
/// reload when it is older than <see cref="Lifetime"/>, which bounds how long a changed rule takes to
/// reach a whole farm. While one request reloads, the others keep using the previous snapshot.
/// </summary>
public sealed class InterceptionRuleCache(IServiceScopeFactory scopeFactory, TimeProvider clock, ILogger<InterceptionRuleCache> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>After a failed load, how long the previous snapshot (or none) serves before the next try.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile Snapshot? _snapshot;
    private long _generation;

    public async ValueTask<InterceptionRuleSet> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && IsFresh(snapshot))
        {
            return snapshot.Rules;
        }

        if (snapshot is not null)
        {
            if (!await _loadLock.WaitAsync(0, cancellationToken))
            {
                return snapshot.Rules;
            }
        }
        else
        {
            await _loadLock.WaitAsync(cancellationToken);
        }

        try
        {
            snapshot = _snapshot;
            if (snapshot is not null && IsFresh(snapshot))
            {
                return snapshot.Rules;
            }

            _snapshot = snapshot = await LoadAsync(snapshot, cancellationToken);
            return snapshot.Rules;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    /// <summary>Called after rules were changed and saved: the next request on this instance reloads them.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    private bool IsFresh(Snapshot snapshot) =>
        snapshot.Generation == Interlocked.Read(ref _generation) && clock.GetUtcNow() < snapshot.ExpiresAt;

    private async Task<Snapshot> LoadAsync(Snapshot? previous, CancellationToken cancellationToken)
    {
        // Read before loading: a change saved while the load runs leaves this snapshot stale at once.
        var generation = Interlocked.Read(ref _generation);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var repository = scope.ServiceProvider.GetRequiredService<IRepository<InterceptionRule>>();
            var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
            var rules = await executer.ToListAsync(repository.QueryNoTracking().Where(r => r.IsEnabled), cancellationToken);
            return new Snapshot(new InterceptionRuleSet(rules.Select(Compile).OfType<CompiledInterceptionRule>()), generation, clock.GetUtcNow() + Lifetime);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Failing open: a database outage must not also refuse the health checks and every request
            // that does not touch the database; the rules come back with the next successful load.
            logger.LogError(exception, "Interception rules could not be loaded; the previous rules stay in force for now");
            return new Snapshot(previous?.Rules ?? InterceptionRuleSet.Empty, generation, clock.GetUtcNow() + RetryAfterFailure);
        }
    }

    private CompiledInterceptionRule? Compile(InterceptionRule rule)
    {
        try
        {
            return rule.Compile();
        }
        catch (Exception exception)
        {
            // Only a row edited by hand gets here: the entity refuses invalid patterns. One bad rule must not disable the others.
            logger.LogError(exception, "Interception rule {RuleId} ({RuleName}) is invalid and is skipped", rule.Id, rule.Name);
            return null;
        }
    }

    private sealed record Snapshot(InterceptionRuleSet Rules, long Generation, DateTimeOffset ExpiresAt);
}
