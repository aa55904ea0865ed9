using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Channels;

/// <summary>
/// Refuses to remove a channel, or its opening to a merchant, while a payout attempt on it is not
/// final: the attempt still needs the channel's query, parameters and callbacks to reach its end.
/// </summary>
public sealed class ChannelInFlightCheck(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<PayoutAttempt> attempts,
    IAsyncQueryExecuter executer,
    IDataFilter dataFilter)
{
    private static readonly PayoutState[] InFlight =
        Enum.GetValues<PayoutState>().Where(PayoutStateMachine.HoldsFunds).ToArray();

    /// <summary>Across every merchant, including openings already removed.</summary>
    public async Task EnsureNoneForChannelAsync(Guid channelId, CancellationToken cancellationToken)
    {
        using (dataFilter.DisableMultiTenantFilter())
        using (dataFilter.DisableSoftDeleteFilter())
        {
            var openings = merchantChannels.QueryNoTracking().Where(m => m.ChannelId == channelId).Select(m => m.Id);
            await EnsureNoneAsync(attempts.QueryNoTracking().Where(a => openings.Contains(a.MerchantChannelId)), cancellationToken);
        }
    }

    public Task EnsureNoneForMerchantChannelAsync(Guid merchantChannelId, CancellationToken cancellationToken) =>
        EnsureNoneAsync(attempts.QueryNoTracking().Where(a => a.MerchantChannelId == merchantChannelId), cancellationToken);

    private async Task EnsureNoneAsync(IQueryable<PayoutAttempt> scope, CancellationToken cancellationToken)
    {
        if (await executer.AnyAsync(scope.Where(a => InFlight.Contains(a.State)), cancellationToken))
        {
            throw new BusinessException(ChannelsErrorCodes.PayoutsInFlight);
        }
    }
}
