using System.Collections.Frozen;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Channels;

/// <summary>The installed adapters by provider name; a channel names its provider and is served by that adapter.</summary>
public sealed class ChannelAdapterRegistry(IEnumerable<IPayoutChannelAdapter> adapters)
{
    private readonly FrozenDictionary<string, IPayoutChannelAdapter> _byProvider =
        adapters.ToFrozenDictionary(a => a.Provider, StringComparer.Ordinal);

    public IEnumerable<IPayoutChannelAdapter> All => _byProvider.Values;

    public IPayoutChannelAdapter Get(string provider) =>
        _byProvider.GetValueOrDefault(provider)
        ?? throw new BusinessException(ChannelsErrorCodes.UnknownProvider).WithData("provider", provider);
}
