using AggregatedPayments.OutboundCalls;

namespace AggregatedPayments.Channels;

/// <summary>
/// Builds what an adapter gets for one call: the platform's and the merchant's parameters in clear
/// (only for the call's duration), the function addresses, an HttpClient from the outbound-call guard
/// and the platform clock.
/// </summary>
public sealed class ChannelContextFactory(
    ChannelManager channelManager,
    MerchantChannelManager merchantChannelManager,
    IOutboundHttpClientFactory httpClients,
    TimeProvider clock)
{
    public const string HttpPurpose = "ChannelApi";

    public async Task<ChannelContext> CreateAsync(Channel channel, MerchantChannel merchantChannel, CancellationToken cancellationToken)
    {
        var values = await channelManager.DecryptParametersAsync(channel, cancellationToken);
        foreach (var (name, value) in await merchantChannelManager.DecryptParametersAsync(merchantChannel, cancellationToken))
        {
            values[name] = value;
        }

        var addresses = channel.Functions
            .Where(f => f.Address is not null)
            .ToDictionary(f => f.Function, f => new Uri(f.Address!));
        return new ChannelContext(new ChannelParameters(values), addresses, httpClients.CreateClient(HttpPurpose), clock);
    }
}
