using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Payouts;

/// <summary>The balance sync as a job, for a schedule or an operator's request that need not wait for the provider.</summary>
public sealed class BalanceSyncJob(MerchantChannelBalanceSync sync) : IBackgroundJob<BalanceSyncJobArgs>
{
    public Task ExecuteAsync(BalanceSyncJobArgs args, CancellationToken cancellationToken) =>
        sync.SyncAsync(args.MerchantChannelId, args.Currency, cancellationToken);
}
