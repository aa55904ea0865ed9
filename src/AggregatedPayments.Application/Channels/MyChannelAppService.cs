using AggregatedPayments.Data;

namespace AggregatedPayments.Channels;

public sealed class MyChannelAppService(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    IAsyncQueryExecuter executer) : IMyChannelAppService
{
    public async Task<IReadOnlyList<MyChannelDto>> GetListAsync(CancellationToken cancellationToken = default)
    {
        // The tenant filter confines the merchant channels to the caller's merchant.
        var mine = await executer.ToListAsync(merchantChannels.QueryNoTracking().OrderBy(m => m.Priority), cancellationToken);
        var channelIds = mine.Select(m => m.ChannelId).ToList();
        var byId = (await executer.ToListAsync(channels.QueryNoTracking().Where(c => channelIds.Contains(c.Id)), cancellationToken))
            .ToDictionary(c => c.Id);
        return mine.Where(m => byId.ContainsKey(m.ChannelId)).Select(m =>
        {
            var channel = byId[m.ChannelId];
            return new MyChannelDto(
                m.Id,
                channel.Code,
                channel.Name,
                channel.Provider,
                ChannelFunctionNames.Of(m.Functions),
                channel.Currencies.ToList(),
                m.SingleLimitMinor ?? channel.SingleLimitMinor,
                m.DailyLimitMinor ?? channel.DailyLimitMinor,
                MerchantChannelInputParser.Format(m.TradingHours?.Start),
                MerchantChannelInputParser.Format(m.TradingHours?.End),
                m.Status == ChannelStatus.Open && channel.Status == ChannelStatus.Open);
        }).ToList();
    }
}
