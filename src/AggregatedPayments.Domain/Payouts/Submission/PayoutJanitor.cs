using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The sweep for lost jobs, across every merchant: an open attempt, not in manual review, whose next
/// check is overdue while the job that should make it is gone (or abandoned) gets a new one — its send,
/// or its next scheduled query. Pages through the attempts by (next check time, id), so a large backlog
/// is read in bounded steps and an attempt whose job is alive is passed over, not read again.
/// </summary>
public sealed class PayoutJanitor(
    IServiceScopeFactory scopes,
    PayoutEngineSteps steps,
    ICurrentTenant currentTenant,
    IOptions<PayoutSubmissionOptions> options,
    TimeProvider clock,
    ILogger<PayoutJanitor> logger)
{
    /// <returns>How many attempts got a new job.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - options.Value.SweepGrace;
        var revived = 0;
        (DateTime Time, Guid Id)? after = null;
        while (true)
        {
            var page = await PageAsync(cutoff, after, cancellationToken);
            foreach (var lost in page.Lost)
            {
                using (currentTenant.Change(lost.TenantId))
                {
                    var channelCode = await ChannelCodeAsync(lost.MerchantChannelId, cancellationToken);
                    if (!await steps.ReviveAsync(lost.OrderId, lost.Id, channelCode, cancellationToken))
                    {
                        // Its order moved meanwhile: whatever moved it planned what follows.
                        continue;
                    }
                }

                logger.LogWarning("Attempt {AttemptId} of order {OrderId} had no live job for its check due at {NextCheckTime}; a new one is queued",
                    lost.Id, lost.OrderId, lost.NextCheckTime);
                revived++;
            }

            if (page.Last is null)
            {
                return revived;
            }

            after = page.Last;
        }
    }

    private async Task<(IReadOnlyList<Overdue> Lost, (DateTime, Guid)? Last)> PageAsync(DateTime cutoff, (DateTime Time, Guid Id)? after, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var allMerchants = services.GetRequiredService<IDataFilter>().DisableMultiTenantFilter();
        var executer = services.GetRequiredService<IAsyncQueryExecuter>();
        var attempts = services.GetRequiredService<IRepository<PayoutAttempt>>().QueryNoTracking();
        var orders = services.GetRequiredService<IRepository<PayoutOrder>>().QueryNoTracking();

        var open = attempts.Where(a => a.NextCheckTime != null && a.NextCheckTime <= cutoff
                                       && (a.State == PayoutState.Submitting || a.State == PayoutState.Processing || a.State == PayoutState.Unknown));
        if (after is var (time, id))
        {
            open = open.Where(a => a.NextCheckTime > time || (a.NextCheckTime == time && a.Id > id));
        }

        // One table, ordered in the database: the page's last row is the keyset's next start in the database's own order.
        var page = await executer.ToListAsync(open.OrderBy(a => a.NextCheckTime).ThenBy(a => a.Id).Take(options.Value.SweepPageSize)
            .Select(a => new Overdue(a.Id, a.OrderId, a.TenantId, a.MerchantChannelId, a.NextCheckTime!.Value, a.PendingJobId)), cancellationToken);
        if (page.Count == 0)
        {
            return ([], null);
        }

        var jobIds = page.Where(a => a.PendingJobId != null).Select(a => a.PendingJobId!.Value).ToList();
        var live = (await executer.ToListAsync(services.GetRequiredService<IRepository<BackgroundJobRecord>>().QueryNoTracking()
                .Where(j => jobIds.Contains(j.Id) && !j.IsAbandoned)
                .Select(j => j.Id), cancellationToken))
            .ToHashSet();
        var orderIds = page.Select(a => a.OrderId).ToList();
        var actionable = (await executer.ToListAsync(orders
                .Where(o => orderIds.Contains(o.Id) && !o.NeedsManualReview && o.CurrentAttemptId != null)
                .Select(o => o.CurrentAttemptId!.Value), cancellationToken))
            .ToHashSet();
        var last = page[^1];
        return (page.Where(a => actionable.Contains(a.Id) && (a.PendingJobId is not { } job || !live.Contains(job))).ToList(), (last.NextCheckTime, last.Id));
    }

    private async Task<string> ChannelCodeAsync(Guid merchantChannelId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PayoutChannelResolver>().GetAsync(merchantChannelId, cancellationToken)).Channel.Code;
    }

    private sealed record Overdue(Guid Id, Guid OrderId, Guid? TenantId, Guid MerchantChannelId, DateTime NextCheckTime, Guid? PendingJobId);
}
