using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Routing;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// What routing chooses among: the current merchant's merchant channels with their channels, what each
/// has already taken today (the merchant's day, in its own time zone, from the attempts table), and the
/// merchant's wall-clock time for trading hours.
/// </summary>
public sealed class PayoutRoutingCandidates(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    IRepository<PayoutAttempt> attempts,
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    IOptions<PayoutSubmissionOptions> options,
    TimeProvider clock)
{
    public async Task<(IReadOnlyList<RoutingCandidate> Candidates, TimeOnly LocalTime)> LoadAsync(Guid? onlyMerchantChannelId, CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Routing chooses among a merchant's channels: act inside its tenant.");
        var zone = await TimeZoneAsync(tenantId, cancellationToken);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var local = TimeZoneInfo.ConvertTimeFromUtc(nowUtc, zone);
        var dayStartUtc = StartOfDayUtc(local.Date, zone);

        var mine = await executer.ToListAsync(merchantChannels.QueryNoTracking()
            .Where(m => onlyMerchantChannelId == null || m.Id == onlyMerchantChannelId), cancellationToken);
        var channelIds = mine.Select(m => m.ChannelId).Distinct().ToList();
        var theirs = (await executer.ToListAsync(channels.QueryNoTracking().Where(c => channelIds.Contains(c.Id)), cancellationToken))
            .ToDictionary(c => c.Id);
        var ids = mine.Select(m => m.Id).ToList();

        // Failed and cancelled attempts moved no money, so they do not use up a daily limit.
        var used = (await executer.ToListAsync(attempts.QueryNoTracking()
                .Where(a => ids.Contains(a.MerchantChannelId) && a.CreationTime >= dayStartUtc
                            && a.State != PayoutState.Failed && a.State != PayoutState.Cancelled)
                .GroupBy(a => a.MerchantChannelId)
                .Select(g => new { MerchantChannelId = g.Key, Sum = g.Sum(a => a.AmountMinor) }), cancellationToken))
            .ToDictionary(u => u.MerchantChannelId, u => u.Sum);

        var candidates = mine.Where(m => theirs.ContainsKey(m.ChannelId))
            .Select(m => RoutingCandidate.From(theirs[m.ChannelId], m, used.GetValueOrDefault(m.Id)))
            .ToList();
        return (candidates, TimeOnly.FromDateTime(local));
    }

    private async Task<TimeZoneInfo> TimeZoneAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var merchant = await merchants.FindAsync(tenantId, cancellationToken);
        var id = merchant?.TimeZone ?? options.Value.DefaultTimeZone;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    // Midnight may not exist on a day that springs forward at midnight: the day then starts at the first valid minute.
    private static DateTime StartOfDayUtc(DateTime localDate, TimeZoneInfo zone)
    {
        var start = DateTime.SpecifyKind(localDate, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(start))
        {
            start = start.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(start, zone);
    }
}
