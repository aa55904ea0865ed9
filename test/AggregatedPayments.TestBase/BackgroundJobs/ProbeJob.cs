using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>A job handler for tests: records each run with its tenant and scope, and fails as its arguments say.</summary>
public sealed class ProbeJob(ProbeLog log, ICurrentTenant currentTenant, AggregatedPaymentsDbContext db) : IBackgroundJob<ProbeJobArgs>
{
    public async Task ExecuteAsync(ProbeJobArgs args, CancellationToken cancellationToken)
    {
        var tryNumber = log.Record(new ProbeRun(args.Key, currentTenant.Id, db));
        if (log.OnRun is { } onRun)
        {
            await onRun(args, cancellationToken);
        }

        if (tryNumber <= args.FailTimes)
        {
            throw new InvalidOperationException($"Probe '{args.Key}' failed on try {tryNumber}.");
        }
    }
}
