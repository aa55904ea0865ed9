using AggregatedPayments.Channels;
using AggregatedPayments.Data;

namespace AggregatedPayments.Payouts;

/// <summary>Loads a merchant channel of the current merchant with its channel and adapter, and builds the adapter's context.</summary>
public sealed class PayoutChannelResolver(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    ChannelAdapterRegistry adapters,
    ChannelContextFactory contexts)
{
    /// <summary>Throws <c>EntityNotFoundException</c> for another merchant's channel, as for one that does not exist.</summary>
    public async Task<PayoutChannel> GetAsync(Guid merchantChannelId, CancellationToken cancellationToken)
    {
        var merchantChannel = await merchantChannels.GetAsync(merchantChannelId, cancellationToken);
        var channel = await channels.GetAsync(merchantChannel.ChannelId, cancellationToken);
        return new PayoutChannel(merchantChannel, channel, adapters.Get(channel.Provider));
    }

    public Task<ChannelContext> CreateContextAsync(PayoutChannel channel, CancellationToken cancellationToken) =>
        contexts.CreateAsync(channel.Channel, channel.MerchantChannel, cancellationToken);
}
