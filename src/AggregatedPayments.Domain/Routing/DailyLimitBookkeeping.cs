using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Routing;

/// <summary>
/// Keeps each merchant channel's daily usage in step with its attempts, in the attempt's transaction: a new
/// attempt takes its amount from the day it was created on (refused past the limit routing checked), a failed
/// or cancelled one gives it back, as they moved no money. Succeeded and returned attempts keep counting.
/// </summary>
public sealed class DailyLimitBookkeeping(IDailyUsageStore store, MerchantTimeZone zone)
{
    public async Task ChargeAsync(PayoutAttempt attempt, long? dailyLimitMinor, CancellationToken cancellationToken)
    {
        var dayStartUtc = await zone.StartOfDayUtcAsync(attempt.CreationTime, cancellationToken);
        if (!await store.TryChargeAsync(attempt.MerchantChannelId, dayStartUtc, attempt.AmountMinor, dailyLimitMinor, cancellationToken))
        {
            // Another start took the room between routing's read and this one: the same answer routing gives.
            throw new BusinessException(RoutingErrorCodes.NoEligibleChannel)
                .WithData("skipped", $"{attempt.MerchantChannelId}: {RoutingSkipReason.DailyLimitReached}");
        }
    }

    public async Task ReleaseAsync(PayoutAttempt attempt, CancellationToken cancellationToken)
    {
        var dayStartUtc = await zone.StartOfDayUtcAsync(attempt.CreationTime, cancellationToken);
        await store.ReleaseAsync(attempt.MerchantChannelId, dayStartUtc, attempt.AmountMinor, cancellationToken);
    }
}
