using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Routing;

namespace AggregatedPayments.Payouts;

/// <summary>
/// What routing chooses among: the current merchant's merchant channels with their channels, what each
/// has already taken today (the merchant's day, in its own time zone, from the daily usage rows the attempts
/// keep in step: one row per channel, whatever the day's volume), and the merchant's wall-clock time for trading hours.
/// </summary>
public sealed class PayoutRoutingCandidates(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    IDailyUsageStore dailyUsage,
    MerchantTimeZone merchantTimeZone,
    IAsyncQueryExecuter executer,
    TimeProvider clock)
{
    public async Task<(IReadOnlyList<RoutingCandidate> Candidates, TimeOnly LocalTime)> LoadAsync(Guid? onlyMerchantChannelId, CancellationToken cancellationToken)
    {
        var zone = await merchantTimeZone.GetAsync(cancellationToken);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var local = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        var dayStartUtc = MerchantDay.Containing(nowUtc, zone).StartUtc;

        var mine = await executer.ToListAsync(merchantChannels.QueryNoTracking()
            .Where(m => onlyMerchantChannelId == null || m.Id == onlyMerchantChannelId), cancellationToken);
        var channelIds = mine.Select(m => m.ChannelId).Distinct().ToList();
        var theirs = (await executer.ToListAsync(channels.QueryNoTracking().Where(c => channelIds.Contains(c.Id)), cancellationToken))
            .ToDictionary(c => c.Id);

        // Failed and cancelled attempts moved no money: their release took them out of the day's usage again.
        var used = await dailyUsage.LoadAsync(mine.Select(m => m.Id).ToList(), dayStartUtc, cancellationToken);

        var candidates = mine.Where(m => theirs.ContainsKey(m.ChannelId))
            .Select(m => RoutingCandidate.From(theirs[m.ChannelId], m, used.GetValueOrDefault(m.Id)))
            .ToList();
        return (candidates, TimeOnly.FromDateTime(local));
    }
}
