using AggregatedPayments.BackgroundJobs;

namespace AggregatedPayments.Payouts;

/// <summary>Bring the ledger of one merchant channel in line with the provider's balance; all its currencies when none is named.</summary>
[BackgroundJobName("Payouts.BalanceSync")]
public sealed record BalanceSyncJobArgs(Guid MerchantChannelId, string? Currency = null);
